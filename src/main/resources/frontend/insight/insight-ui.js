/*
 * Product Ops for Jira: user-interface pieces shared by the Customer evidence panel and the Insights
 * library: safe DOM building (text only ever goes in as text), labels, AUI messages and dialogs, and the
 * insight form used both to capture an insight and to edit one.
 */
(function (window, document, AJS) {
    'use strict';

    const rest = require('productops/rest');

    // Set as DOM properties rather than attributes, so that e.g. value reflects what the user sees.
    const DOM_PROPERTIES = ['value', 'checked', 'selected', 'disabled', 'hidden', 'required', 'multiple'];

    /**
     * Builds an element. props.text becomes textContent; children may be nodes or strings (appended as
     * text nodes). There is deliberately no way to pass HTML.
     */
    function el(tag, props, children) {
        const node = document.createElement(tag);
        Object.keys(props || {}).forEach((name) => {
            const value = props[name];
            if (value === undefined || value === null || value === false) {
                return;
            }
            if (name === 'text') {
                node.textContent = value;
            } else if (name === 'className') {
                node.className = value;
            } else if (DOM_PROPERTIES.indexOf(name) >= 0) {
                node[name] = value;
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        });
        (children || []).forEach((child) => {
            if (child !== null && child !== undefined && child !== false) {
                node.append(child);
            }
        });
        return node;
    }

    // Literal keys only: Jira's jsI18n transformer replaces each call with its translation at download time.
    const SOURCES = [
        {id: 'interview', label: AJS.I18n.getText('productops.source.interview')},
        {id: 'support-ticket', label: AJS.I18n.getText('productops.source.support-ticket')},
        {id: 'survey', label: AJS.I18n.getText('productops.source.survey')},
        {id: 'sales-call', label: AJS.I18n.getText('productops.source.sales-call')},
        {id: 'usage-data', label: AJS.I18n.getText('productops.source.usage-data')},
        {id: 'review', label: AJS.I18n.getText('productops.source.review')},
        {id: 'other', label: AJS.I18n.getText('productops.source.other')}
    ];
    const IMPORTANCE = [
        {level: 3, label: AJS.I18n.getText('productops.importance.3')},
        {level: 2, label: AJS.I18n.getText('productops.importance.2')},
        {level: 1, label: AJS.I18n.getText('productops.importance.1')},
        {level: 0, label: AJS.I18n.getText('productops.importance.0')}
    ];
    const DEFAULT_IMPORTANCE = 2;

    function sourceLabel(sourceId) {
        const source = SOURCES.find((s) => s.id === sourceId);
        return source ? source.label : String(sourceId || '');
    }

    function importanceLabel(level) {
        const importance = IMPORTANCE.find((i) => i.level === Number(level));
        return importance ? importance.label : String(level);
    }

    /** Same classes as the server-rendered panel, so both look alike (styled in insight-common.css). */
    function importanceLozenge(level) {
        return el('span', {className: 'aui-lozenge productops-importance productops-importance-' + Number(level),
            text: importanceLabel(level)});
    }

    function sourceOptions(selected, emptyLabel) {
        const options = emptyLabel === undefined ? [] : [el('option', {value: '', text: emptyLabel})];
        return options.concat(SOURCES.map((s) => el('option', {value: s.id, text: s.label, selected: s.id === selected})));
    }

    function importanceOptions(selected) {
        const chosen = selected === undefined || selected === null ? DEFAULT_IMPORTANCE : Number(selected);
        return IMPORTANCE.map((i) => el('option', {value: String(i.level), text: i.label, selected: i.level === chosen}));
    }

    /** An AUI message; errors are announced to screen readers as they appear. */
    function message(type, texts, title) {
        const lines = (Array.isArray(texts) ? texts : [texts]).filter(Boolean);
        return el('div', {className: 'aui-message aui-message-' + type, role: type === 'error' ? 'alert' : 'status'}, [
            title ? el('p', {className: 'title'}, [el('strong', {text: title})]) : null
        ].concat(lines.map((line) => el('p', {text: line}))));
    }

    function errorMessage(error) {
        const texts = error && typeof error.allMessages === 'function' ? error.allMessages()
            : [AJS.I18n.getText('productops.ui.error.unexpected')];
        return message('error', texts);
    }

    function loading(text) {
        return el('div', {className: 'productops-loading', role: 'status'}, [
            el('aui-spinner', {size: 'small'}), el('span', {text: text || AJS.I18n.getText('productops.ui.loading')})
        ]);
    }

    function replaceChildren(parent, children) {
        parent.textContent = '';
        (Array.isArray(children) ? children : [children]).forEach((child) => {
            if (child) {
                parent.append(child);
            }
        });
    }

    function debounce(action, waitMs) {
        let timer = null;
        return function debounced() {
            const args = arguments;
            window.clearTimeout(timer);
            timer = window.setTimeout(() => action.apply(null, args), waitMs);
        };
    }

    function formatDate(isoDateOrDateTime) {
        if (!isoDateOrDateTime) {
            return '';
        }
        // A bare date (capturedOn) has no time zone: read it as a calendar day, not as UTC midnight.
        const bareDate = /^\d{4}-\d{2}-\d{2}$/.test(isoDateOrDateTime);
        const date = new Date(bareDate ? isoDateOrDateTime + 'T00:00:00' : isoDateOrDateTime);
        if (isNaN(date.getTime())) {
            return String(isoDateOrDateTime);
        }
        return date.toLocaleDateString(undefined, {year: 'numeric', month: 'short', day: 'numeric'});
    }

    /** Counts with the reader's digit grouping (1,203), as Jira shows its own counts. */
    function count(number) {
        return Number(number).toLocaleString();
    }

    function issueUrl(issueKey) {
        return rest.contextPath() + '/browse/' + encodeURIComponent(issueKey);
    }

    function libraryUrl(params) {
        const query = new URLSearchParams(params || {}).toString();
        return rest.contextPath() + '/plugins/servlet/productops/insights' + (query ? '?' + query : '');
    }

    function flagSuccess(text) {
        // AJS.flag takes HTML, so the (possibly user-derived) text is escaped first.
        AJS.flag({type: 'success', body: AJS.escapeHtml(text), close: 'auto'});
    }

    /**
     * An AUI dialog2 built on demand and appended to the body, outside any re-rendered markup.
     * The caller fills content and footer; the dialog is removed from the page when closed.
     */
    function dialog(options) {
        const titleId = options.id + '-title';
        const content = el('div', {className: 'aui-dialog2-content'});
        const footer = el('footer', {className: 'aui-dialog2-footer'});
        const section = el('section', {id: options.id, role: 'dialog', tabindex: '-1', 'aria-labelledby': titleId,
            className: 'aui-layer aui-dialog2 aui-dialog2-' + (options.size || 'medium') + ' productops-dialog',
            hidden: true}, [
            el('header', {className: 'aui-dialog2-header'}, [
                el('h2', {className: 'aui-dialog2-header-main', id: titleId, text: options.title}),
                el('button', {type: 'button', className: 'aui-close-button',
                    'aria-label': AJS.I18n.getText('productops.ui.close')})
            ]),
            content,
            footer
        ]);
        document.body.append(section);
        const auiDialog = AJS.dialog2(section);
        auiDialog.on('hide', () => {
            if (options.onHide) {
                options.onHide();
            }
            // Let AUI finish its hide animation before the element goes.
            window.setTimeout(() => section.remove(), 0);
        });
        return {
            element: section, content, footer,
            setTitle: (title) => { section.querySelector('.aui-dialog2-header-main').textContent = title; },
            show: () => auiDialog.show(),
            hide: () => auiDialog.hide()
        };
    }

    function button(label, className, props) {
        return el('button', Object.assign({type: 'button', className: 'aui-button ' + (className || ''), text: label}, props || {}));
    }

    /** An amount in its own currency, as the reader writes money ("€120,000"); an unknown code reads "120,000 XYZ". */
    function money(amount, currency) {
        try {
            return new Intl.NumberFormat(undefined, {style: 'currency', currency, maximumFractionDigits: 0}).format(amount);
        } catch (unknownCurrency) {
            return count(amount) + ' ' + currency;
        }
    }

    const PICKER_SIZE = 10;
    const PICKER_DELAY_MS = 250;

    /**
     * A customer picker in the manner of Jira's: a text box (ARIA combobox) whose list asks the server for the first
     * customers whose name contains what is typed, so it works for any number of customers. options: id, label,
     * excludeId (a customer not to offer), initial ({id, name}), emptyLabel (what no choice means, offered first),
     * allowCreate (offer "New customer “typed”…", which adds the customer, as anyone may), onChoose(customer or null,
     * {typing: true} while the choice is being typed). The chosen id is in the hidden input named options.name (default
     * customerId), the text box is named options.textName (default customer).
     */
    function customerPicker(options) {
        const api = require('productops/insight/api');
        const id = options.id;
        const chosenId = el('input', {type: 'hidden', name: options.name || 'customerId',
            value: options.initial ? String(options.initial.id) : ''});
        const input = el('input', {className: 'text long-field', type: 'text', id, name: options.textName || 'customer',
            role: 'combobox', autocomplete: 'off',
            'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': id + '-options',
            placeholder: options.emptyLabel || '', value: options.initial ? options.initial.name : ''});
        const list = el('ul', {id: id + '-options', role: 'listbox', className: 'productops-picker-options', hidden: true,
            'aria-label': options.label});
        let offered = [];
        let active = -1;
        let generation = 0;
        const close = () => {
            list.hidden = true;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        };
        const settle = (customer) => {
            chosenId.value = customer ? String(customer.id) : '';
            input.value = customer ? customer.name : '';
            close();
            if (options.onChoose) {
                options.onChoose(customer);
            }
        };
        const choose = (entry) => {
            if (!entry.create) {
                settle(entry.customer);
                return;
            }
            input.setAttribute('aria-busy', 'true');
            api.createCustomer({name: entry.name}).then((created) => {
                input.removeAttribute('aria-busy');
                flagSuccess(AJS.I18n.getText('productops.ui.customers.added', created.name));
                settle(created);
            }, (error) => {
                input.removeAttribute('aria-busy');
                replaceChildren(list, el('li', {className: 'productops-picker-empty', role: 'alert',
                    text: error.allMessages().join(' ')}));
                list.hidden = false;
            });
        };
        const highlight = (index) => {
            active = index;
            Array.from(list.children).forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
            if (index >= 0 && list.children[index]) {
                input.setAttribute('aria-activedescendant', list.children[index].id);
                list.children[index].scrollIntoView({block: 'nearest'});
            }
        };
        const option = (entry, index, text, meta) => {
            const item = el('li', {role: 'option', id: id + '-option-' + index, 'aria-selected': 'false',
                className: 'productops-picker-option' + (entry.create ? ' productops-picker-create' : '')},
            [el('span', {text}), meta ? el('span', {className: 'productops-picker-meta', text: meta}) : null]);
            // mousedown, not click: the text box would lose focus (and close the list) before a click arrives.
            item.addEventListener('mousedown', (event) => {
                event.preventDefault();
                choose(entry);
            });
            return item;
        };
        const search = debounce(() => {
            const text = input.value.trim();
            const mine = ++generation;
            api.searchCustomers({query: text, maxResults: PICKER_SIZE + 1}).then((page) => {
                if (mine !== generation) {
                    return;
                }
                const customers = page.values.filter((customer) => customer.id !== options.excludeId).slice(0, PICKER_SIZE);
                offered = [];
                if (options.emptyLabel && !text) {
                    offered.push({customer: null, label: options.emptyLabel});
                }
                customers.forEach((customer) => offered.push({customer, label: customer.name,
                    meta: [customer.segment, money(customer.arr, customer.currency)].filter(Boolean).join(' · ')}));
                const exact = customers.some((customer) => customer.name.toLowerCase() === text.toLowerCase());
                if (options.allowCreate && text && !exact) {
                    offered.push({create: true, name: text, label: AJS.I18n.getText('productops.ui.customers.picker.create', text)});
                }
                replaceChildren(list, offered.length ? offered.map((entry, i) => option(entry, i, entry.label, entry.meta))
                    : el('li', {className: 'productops-picker-empty', text: AJS.I18n.getText('productops.ui.customers.picker.none')}));
                list.hidden = false;
                input.setAttribute('aria-expanded', 'true');
                highlight(offered.length ? 0 : -1);
            }, close);
        }, PICKER_DELAY_MS);
        input.addEventListener('input', () => {
            chosenId.value = '';
            if (options.onChoose) {
                options.onChoose(null, {typing: true});
            }
            search();
        });
        input.addEventListener('focus', search);
        input.addEventListener('blur', () => {
            close();
            // Leaving the box with text that was never chosen must not look like a choice.
            if (!chosenId.value) {
                input.value = '';
            }
        });
        input.addEventListener('keydown', (event) => {
            if (event.key === 'ArrowDown' && offered.length) {
                event.preventDefault();
                if (list.hidden) {
                    search();
                } else {
                    highlight(Math.min(offered.length - 1, active + 1));
                }
            } else if (event.key === 'ArrowUp' && offered.length) {
                event.preventDefault();
                highlight(Math.max(0, active - 1));
            } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
                event.preventDefault();
                event.stopPropagation();
                choose(offered[active]);
            } else if (event.key === 'Escape' && !list.hidden) {
                event.stopPropagation();
                close();
            }
        });
        const element = el('div', {className: 'field-group productops-picker'}, [el('label', {for: id, text: options.label}),
            input, chosenId, list]);
        return {element, input, chosenId};
    }

    /**
     * Suggestions for what is being typed into the input, as a native datalist (the browser draws the list and handles
     * the keys). optionsFor(typed) answers [{value, label}] for the text typed so far, or for the part after the last
     * comma when the field takes several (each option is then the whole field completed). Answers the datalist, for
     * the caller to place in the page.
     */
    function suggestionList(input, listId, optionsFor, several) {
        const list = el('datalist', {id: listId});
        input.setAttribute('list', listId);
        input.setAttribute('autocomplete', 'off');
        let asked = 0;
        const suggest = debounce(async () => {
            const typed = input.value;
            const cut = several ? typed.lastIndexOf(',') : -1;
            const done = cut < 0 ? '' : typed.slice(0, cut + 1) + ' ';
            const already = done.split(',').map((part) => part.trim()).filter(Boolean);
            const ask = ++asked;
            let offered;
            try {
                offered = await optionsFor(typed.slice(cut + 1).trim());
            } catch (unavailable) {
                return; // suggestions are a help, never in the way: the field works without them
            }
            if (ask === asked) {
                replaceChildren(list, offered.filter((option) => already.indexOf(option.value) < 0)
                    .map((option) => el('option', {value: done + option.value, text: option.label || null})));
            }
        }, 200);
        input.addEventListener('input', suggest);
        input.addEventListener('focus', suggest);
        return list;
    }

    /** Tags already in use, so that "renewal" is chosen rather than typed again as "Renewal" or "renewals". */
    function tagSuggestions(input, listId) {
        return suggestionList(input, listId, (typed) => require('productops/insight/api').suggestTags(typed)
            .then((answer) => answer.values.map((use) => ({value: use.tag}))), true);
    }

    /** Issues by key or summary, from Jira's issue picker; each option the key, labelled with the summary. */
    function issueSuggestions(input, listId) {
        return suggestionList(input, listId, (typed) => !typed ? Promise.resolve([])
            : rest.jira('/rest/api/2/issue/picker?showSubTasks=true&query=' + encodeURIComponent(typed)).then((answer) => {
                // Jira answers in sections (history, current search) that may name an issue twice.
                const byKey = new Map();
                (answer.sections || []).flatMap((section) => section.issues || [])
                    .forEach((issue) => byKey.set(issue.key, byKey.get(issue.key) || issue));
                return Array.from(byKey.values()).map((issue) => ({value: issue.key, label: issue.summaryText || ''}));
            }), false);
    }

    /** Jira's groups whose name contains what was typed, from Jira's group picker. */
    function groupSuggestions(input, listId) {
        return suggestionList(input, listId, (typed) => rest.jira('/rest/api/2/groups/picker?maxResults=20&query='
            + encodeURIComponent(typed)).then((answer) => (answer.groups || []).map((group) => ({value: group.name}))), false);
    }

    let browsableProjects = null;

    /** Projects the viewer may browse, by the start of the key or of a word of the name; each option the key. */
    function projectSuggestions(input, listId) {
        return suggestionList(input, listId, (typed) => {
            browsableProjects = browsableProjects || rest.jira('/rest/api/2/project').catch((failure) => {
                browsableProjects = null;
                throw failure;
            });
            const key = typed.toUpperCase();
            const word = typed.toLowerCase();
            return browsableProjects.then((projects) => projects
                .filter((project) => project.key.startsWith(key)
                    || project.name.toLowerCase().split(/\s+/).some((part) => part.startsWith(word)))
                .map((project) => ({value: project.key, label: project.name})));
        }, true);
    }

    /** A customer as lists and dialogs show it: the name, and its segment when it has one. */
    function customerText(customer) {
        if (!customer) {
            return null;
        }
        return customer.segment ? AJS.I18n.getText('productops.ui.customerWithSegment', customer.name, customer.segment) : customer.name;
    }

    /** An insight's tags as subtle lozenges, in a list named for screen readers. */
    function tagList(tags) {
        if (!tags || !tags.length) {
            return null;
        }
        return el('ul', {className: 'productops-tags', 'aria-label': AJS.I18n.getText('productops.ui.form.tags')},
            tags.map((tag) => el('li', {}, [el('span', {className: 'aui-lozenge aui-lozenge-subtle', text: tag})])));
    }

    define('productops/insight/ui', [], () => ({
        el, message, errorMessage, loading, replaceChildren, debounce, formatDate, count, button, dialog,
        sourceLabel, importanceLabel, importanceLozenge, sourceOptions, importanceOptions,
        issueUrl, libraryUrl, flagSuccess, DEFAULT_IMPORTANCE, money, customerPicker, customerText, tagList, tagSuggestions, issueSuggestions, projectSuggestions,
        groupSuggestions
    }));
}(window, document, window.AJS));
