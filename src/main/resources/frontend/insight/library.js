/*
 * Product Ops for Jira: the Insights library page (/plugins/servlet/productops/insights). Renders into
 * #productops-insights-library: search and filters, sorted and paged results, an insight's details with its
 * links (edit and delete for those allowed), and CSV import in batches with a progress bar and a report.
 * The search is mirrored in the address bar, so a reload or a shared link shows the same results.
 */
(function (window, document, AJS) {
    'use strict';

    const ProductOps = window.ProductOps;
    const api = ProductOps.insightApi;
    const ui = ProductOps.insightUi;
    const insightForm = ProductOps.insightForm;
    const el = ui.el;

    const PAGE_SIZE = 25;
    const TYPING_DELAY_MS = 300;
    const EXCERPT_LENGTH = 220;
    const SORTS = [
        {value: '-created', label: AJS.I18n.getText('productops.ui.library.sort.newest')},
        {value: 'created', label: AJS.I18n.getText('productops.ui.library.sort.oldest')},
        {value: '-updated', label: AJS.I18n.getText('productops.ui.library.sort.updated')},
        {value: '-capturedOn', label: AJS.I18n.getText('productops.ui.library.sort.capturedNewest')},
        {value: 'capturedOn', label: AJS.I18n.getText('productops.ui.library.sort.capturedOldest')},
        {value: 'title', label: AJS.I18n.getText('productops.ui.library.sort.titleAz')},
        {value: '-title', label: AJS.I18n.getText('productops.ui.library.sort.titleZa')}
    ];
    // The search criteria of the REST API that the page offers, in the address bar under the same names.
    const FILTERS = ['query', 'source', 'customer', 'segment', 'tag', 'issueKey'];

    // ---- Search state and the address bar -----------------------------------------------------------

    function criteriaInAddressBar() {
        const url = new URLSearchParams(window.location.search);
        const criteria = {orderBy: url.get('orderBy') || '-created', startAt: Math.max(0, Number(url.get('startAt')) || 0)};
        FILTERS.forEach((name) => { criteria[name] = url.get(name) || ''; });
        return criteria;
    }

    function initialCriteria(root) {
        const criteria = criteriaInAddressBar();
        // The server hands over query and issueKey explicitly (Jira may rewrite the URL before we see it).
        criteria.query = root.dataset.initialQuery || criteria.query;
        criteria.issueKey = root.dataset.initialIssueKey || criteria.issueKey;
        return criteria;
    }

    /** push: a new history entry, so that Back returns to the search before; otherwise the entry is rewritten. */
    function mirrorInAddressBar(criteria, openInsightId, push) {
        const params = {};
        FILTERS.forEach((name) => {
            if (criteria[name]) {
                params[name] = criteria[name];
            }
        });
        if (criteria.orderBy !== '-created') {
            params.orderBy = criteria.orderBy;
        }
        if (criteria.startAt) {
            params.startAt = criteria.startAt;
        }
        if (openInsightId) {
            params.insight = openInsightId;
        }
        const address = ui.libraryUrl(params);
        const current = window.location.pathname + window.location.search;
        window.history[push && address !== current ? 'pushState' : 'replaceState'](null, '', address);
    }

    function hasFilters(criteria) {
        return FILTERS.some((name) => criteria[name]);
    }

    // ---- Page skeleton ------------------------------------------------------------------------------

    function labelled(id, label, control) {
        control.id = id;
        return el('div', {className: 'productops-library-filter'}, [el('label', {for: id, text: label}), control]);
    }

    function filtersForm(criteria) {
        // A picker, not a select: any of any number of customers can be the filter.
        const customer = ui.customerPicker({id: 'productops-library-customer', label: AJS.I18n.getText('productops.ui.form.customer'),
            name: 'customer', textName: 'customerName', emptyLabel: AJS.I18n.getText('productops.ui.library.filter.anyCustomer'),
            onChoose: (chosen, how) => {
                if (!how || !how.typing) {
                    customer.element.closest('form').requestSubmit();
                }
            }});
        customer.element.className = 'productops-library-filter productops-picker';
        if (criteria.customer) {
            customer.chosenId.value = criteria.customer;
            api.getCustomer(criteria.customer).then((found) => { customer.input.value = found.name; }, () => {});
        }
        return el('form', {className: 'aui productops-library-filters', role: 'search',
            'aria-label': AJS.I18n.getText('productops.ui.library.filters')}, [
            el('div', {className: 'productops-library-search'}, [
                el('label', {for: 'productops-library-query', className: 'assistive', text: AJS.I18n.getText('productops.ui.library.search.label')}),
                el('span', {className: 'aui-icon aui-icon-small aui-iconfont-search productops-library-search-icon', 'aria-hidden': 'true'}),
                el('input', {type: 'search', id: 'productops-library-query', name: 'query', className: 'text',
                    value: criteria.query, autocomplete: 'off', placeholder: AJS.I18n.getText('productops.ui.library.search.placeholder')})
            ]),
            el('div', {className: 'productops-library-filter-row'}, [
                labelled('productops-library-source', AJS.I18n.getText('productops.ui.form.source'),
                    el('select', {className: 'select', name: 'source'},
                        ui.sourceOptions(criteria.source, AJS.I18n.getText('productops.ui.library.filter.anySource')))),
                customer.element,
                labelled('productops-library-segment', AJS.I18n.getText('productops.ui.library.filter.segment'),
                    el('input', {type: 'text', className: 'text', name: 'segment', value: criteria.segment,
                        placeholder: AJS.I18n.getText('productops.ui.library.filter.segment.placeholder')})),
                labelled('productops-library-tag', AJS.I18n.getText('productops.ui.library.filter.tag'),
                    el('input', {type: 'text', className: 'text', name: 'tag', value: criteria.tag})),
                labelled('productops-library-issue-key', AJS.I18n.getText('productops.ui.library.filter.issueKey'),
                    el('input', {type: 'text', className: 'text', name: 'issueKey', value: criteria.issueKey,
                        placeholder: AJS.I18n.getText('productops.ui.library.filter.issueKey.placeholder')})),
                el('div', {className: 'productops-library-filter productops-library-filter-actions'}, [
                    ui.button(AJS.I18n.getText('productops.ui.library.filter.clear'), 'aui-button-link productops-library-clear')
                ])
            ]),
            el('button', {type: 'submit', hidden: true, tabindex: '-1', 'aria-hidden': 'true'})
        ]);
    }

    function toolbar(criteria) {
        return el('div', {className: 'productops-library-toolbar'}, [
            // Focusable from script only: where focus goes when the result it was on is gone.
            el('p', {className: 'productops-library-count', role: 'status', 'aria-live': 'polite', tabindex: '-1'}),
            // A form.aui only so that AUI styles the select; it is never submitted.
            el('form', {className: 'aui productops-library-sort'}, [
                el('label', {for: 'productops-library-order', text: AJS.I18n.getText('productops.ui.library.sort')}),
                el('select', {id: 'productops-library-order', className: 'select', name: 'orderBy'},
                    SORTS.map((sort) => el('option', {value: sort.value, text: sort.label, selected: sort.value === criteria.orderBy})))
            ]),
            ui.button(AJS.I18n.getText('productops.ui.panel.capture'), 'aui-button-primary productops-library-capture'),
            el('button', {type: 'button', className: 'aui-button productops-library-import-toggle', 'aria-expanded': 'false',
                'aria-controls': 'productops-library-import'}, [
                el('span', {className: 'aui-icon aui-icon-small aui-iconfont-upload', 'aria-hidden': 'true'}),
                ' ', AJS.I18n.getText('productops.ui.import.open')
            ])
        ]);
    }

    function pagingNav() {
        return el('nav', {className: 'productops-library-paging', 'aria-label': AJS.I18n.getText('productops.ui.library.paging'), hidden: true}, [
            ui.button(AJS.I18n.getText('productops.ui.library.previous'), 'productops-library-previous'),
            el('span', {className: 'productops-library-page'}),
            ui.button(AJS.I18n.getText('productops.ui.library.next'), 'productops-library-next')
        ]);
    }

    // ---- Results ------------------------------------------------------------------------------------

    function excerpt(quote) {
        const flat = String(quote || '').trim().replace(/\s+/g, ' ');
        return flat.length <= EXCERPT_LENGTH ? flat : flat.slice(0, EXCERPT_LENGTH - 1).trimEnd() + '\u2026';
    }

    function customerText(customer) {
        if (!customer) {
            return null;
        }
        return customer.segment ? AJS.I18n.getText('productops.ui.customerWithSegment', customer.name, customer.segment) : customer.name;
    }

    function tagList(tags) {
        if (!tags || !tags.length) {
            return null;
        }
        return el('ul', {className: 'productops-tags', 'aria-label': AJS.I18n.getText('productops.ui.form.tags')},
            tags.map((tag) => el('li', {}, [el('span', {className: 'aui-lozenge aui-lozenge-subtle', text: tag})])));
    }

    const LINKS_SHOWN = 3;

    /** "Linked to PAY-1, CHK-2, MOB-3 +2": the first keys as links to the issues, the rest counted. */
    function linkedIssues(links) {
        if (!links || !links.length) {
            return null;
        }
        const keys = links.slice(0, LINKS_SHOWN).map((link) => el('a', {href: ui.issueUrl(link.issueKey),
            className: 'productops-library-link-key', text: link.issueKey}));
        const children = [AJS.I18n.getText('productops.ui.library.linkedTo') + ' '];
        keys.forEach((key, i) => children.push(i ? ', ' : '', key));
        if (links.length > LINKS_SHOWN) {
            children.push(' ', el('span', {className: 'productops-library-link-more',
                text: AJS.I18n.getText('productops.ui.library.linkedMore', ui.count(links.length - LINKS_SHOWN))}));
        }
        return el('span', {className: 'productops-library-links'}, children);
    }

    function resultItem(insight) {
        // When the customer said it, which is what a reader weighs; the day it was typed in only when that is unknown.
        const when = insight.capturedOn ? AJS.I18n.getText('productops.ui.library.captured', ui.formatDate(insight.capturedOn))
            : AJS.I18n.getText('productops.ui.library.created', ui.formatDate(insight.created));
        const texts = [customerText(insight.customer), ui.sourceLabel(insight.source), when].filter(Boolean);
        const links = linkedIssues(insight.links);
        const quote = excerpt(insight.quote);
        return el('li', {className: 'productops-library-result', 'data-insight-id': String(insight.id)}, [
            el('h3', {className: 'productops-library-result-title'}, [
                el('a', {href: ui.libraryUrl({insight: insight.id}), className: 'productops-library-open',
                    'data-insight-id': String(insight.id), text: insight.title})
            ]),
            quote ? el('p', {className: 'productops-library-excerpt', text: quote}) : null,
            el('p', {className: 'productops-library-meta'}, [texts.join(' \u00b7 '), links ? ' \u00b7 ' : null, links]),
            tagList(insight.tags)
        ]);
    }

    function emptyState(criteria) {
        const filtered = hasFilters(criteria);
        return el('div', {className: 'productops-library-empty'}, [
            el('h2', {text: filtered ? AJS.I18n.getText('productops.ui.library.empty.filtered')
                : AJS.I18n.getText('productops.ui.library.empty.none')}),
            el('p', {text: filtered ? AJS.I18n.getText('productops.ui.library.empty.filtered.hint')
                : AJS.I18n.getText('productops.ui.library.empty.none.hint')}),
            filtered ? ui.button(AJS.I18n.getText('productops.ui.library.filter.clear'), 'productops-library-clear') : null
        ]);
    }

    // ---- The page ------------------------------------------------------------------------------------

    function LibraryPage(root) {
        this.root = root;
        this.criteria = initialCriteria(root);
        this.searchTicket = null;
        // Read before the first search rewrites the address bar.
        const insightId = new URLSearchParams(window.location.search).get('insight');
        this.openInsightId = insightId;
        this.render();
        this.search();
        this.root.addEventListener('click', (event) => this.onClick(event));
        // Back and Forward step through the searches made on the page (filters, sort, pages) instead of leaving it.
        window.addEventListener('popstate', () => {
            this.criteria = criteriaInAddressBar();
            this.render();
            this.search();
            this.filters.elements.namedItem('query').focus({preventScroll: true});
        });
        if (insightId) {
            this.openInsight(insightId);
        }
    }

    LibraryPage.prototype.render = function () {
        this.filters = filtersForm(this.criteria);
        this.toolbar = toolbar(this.criteria);
        this.importer = new CsvImporter(() => this.search());
        this.messages = el('div', {className: 'productops-library-messages'});
        this.results = el('ol', {className: 'productops-library-results', 'aria-label': AJS.I18n.getText('productops.ui.library.results')});
        this.paging = pagingNav();
        ui.replaceChildren(this.root, [this.filters, this.toolbar, this.importer.element, this.messages, this.results, this.paging]);
        this.wire();
    };

    LibraryPage.prototype.wire = function () {
        const searchSoon = ui.debounce(() => this.applyFilters(true), TYPING_DELAY_MS);
        this.filters.addEventListener('input', (event) => {
            // The customer picker searches customers as you type; the library follows only a chosen customer.
            if (event.target.matches('input:not([role="combobox"])')) {
                searchSoon();
            }
        });
        this.filters.addEventListener('change', (event) => {
            if (event.target.matches('select')) {
                this.applyFilters();
            }
        });
        this.filters.addEventListener('submit', (event) => {
            event.preventDefault();
            this.applyFilters();
        });
        this.toolbar.querySelector('select').addEventListener('change', (event) => {
            this.criteria.orderBy = event.target.value;
            this.criteria.startAt = 0;
            this.search(true);
        });
        this.toolbar.querySelector('.productops-library-capture').addEventListener('click', (event) => this.capture(event.currentTarget));
        this.toolbar.querySelector('.productops-library-import-toggle').addEventListener('click', (event) => {
            this.importer.toggle(event.currentTarget);
        });
    };

    LibraryPage.prototype.onClick = function (event) {
        const target = event.target.closest('button, a');
        if (!target) {
            return;
        }
        if (target.classList.contains('productops-library-clear')) {
            this.clearFilters();
        } else if (target.classList.contains('productops-library-previous')) {
            this.goToPage(-1);
        } else if (target.classList.contains('productops-library-next')) {
            this.goToPage(1);
        } else if (target.classList.contains('productops-library-open') && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
            // A real link (it can be opened in a new tab); a plain click opens the dialog in place.
            event.preventDefault();
            this.openInsight(target.dataset.insightId);
        }
    };

    /** Captured without an issue; focus goes to the new insight in the list, or back to the button if a filter hides it. */
    LibraryPage.prototype.capture = function (opener) {
        insightForm.openCaptureDialog({captured: (created) => {
            ui.flagSuccess(AJS.I18n.getText('productops.ui.capture.doneAlone', created.title));
            this.search().then(() => {
                const link = this.results.querySelector('.productops-library-open[data-insight-id="' + CSS.escape(String(created.id)) + '"]');
                (link || opener).focus();
            });
        }});
    };

    /** typing: what is typed in one go makes one history entry, not one per pause. */
    LibraryPage.prototype.applyFilters = function (typing) {
        const form = this.filters.elements;
        FILTERS.forEach((name) => {
            const value = form.namedItem(name).value.trim();
            this.criteria[name] = name === 'issueKey' ? value.toUpperCase() : value;
        });
        this.criteria.startAt = 0;
        this.search(!(typing === true && this.typedLast));
        this.typedLast = typing === true;
    };

    LibraryPage.prototype.clearFilters = function () {
        FILTERS.forEach((name) => {
            this.filters.elements.namedItem(name).value = '';
        });
        this.filters.elements.namedItem('customerName').value = '';
        this.applyFilters();
        this.filters.elements.namedItem('query').focus();
    };

    /** Focus moves to the first result of the new page, as a reader of the page would continue there. */
    LibraryPage.prototype.goToPage = function (direction) {
        this.criteria.startAt = Math.max(0, this.criteria.startAt + direction * PAGE_SIZE);
        this.search(true).then(() => {
            this.root.querySelector('.productops-library-count').scrollIntoView({block: 'nearest'});
            const first = this.results.querySelector('.productops-library-open');
            (first || this.root.querySelector('.productops-library-count')).focus({preventScroll: true});
        });
    };

    /** push: a new entry in the browser's history (a filter, sort or page the user chose). */
    LibraryPage.prototype.search = async function (push) {
        const ticket = {};
        this.searchTicket = ticket;
        const criteria = Object.assign({}, this.criteria, {maxResults: PAGE_SIZE});
        mirrorInAddressBar(this.criteria, this.openInsightId, push === true);
        this.results.setAttribute('aria-busy', 'true');
        this.root.querySelector('.productops-library-count').textContent = AJS.I18n.getText('productops.ui.searching');
        let page;
        try {
            page = await api.searchInsights(criteria);
        } catch (error) {
            if (this.searchTicket === ticket) {
                this.showFailure(error);
            }
            return;
        }
        // Typing fires several searches; an older answer must not overwrite a newer one.
        if (this.searchTicket === ticket) {
            this.showPage(page);
        }
    };

    LibraryPage.prototype.showFailure = function (error) {
        this.results.removeAttribute('aria-busy');
        ui.replaceChildren(this.results, []);
        ui.replaceChildren(this.messages, ui.errorMessage(error));
        this.root.querySelector('.productops-library-count').textContent = '';
        this.paging.hidden = true;
    };

    LibraryPage.prototype.showPage = function (page) {
        const insights = page.values || [];
        const focused = this.results.contains(document.activeElement) ? document.activeElement.closest('[data-insight-id]') : null;
        this.results.removeAttribute('aria-busy');
        ui.replaceChildren(this.messages, insights.length ? [] : emptyState(this.criteria));
        ui.replaceChildren(this.results, insights.map(resultItem));
        if (focused) {
            // Redrawn under the keyboard user (e.g. the insight they had open was deleted): the same result, or the count.
            const same = this.results.querySelector('.productops-library-open[data-insight-id="' + CSS.escape(focused.dataset.insightId) + '"]');
            (same || this.root.querySelector('.productops-library-count')).focus();
        }
        const from = insights.length ? page.startAt + 1 : 0;
        const to = page.startAt + insights.length;
        this.root.querySelector('.productops-library-count').textContent = insights.length
            ? AJS.I18n.getText('productops.ui.library.showing', ui.count(from), ui.count(to), ui.count(page.total)) : '';
        this.paging.hidden = page.total <= PAGE_SIZE && page.startAt === 0;
        this.paging.querySelector('.productops-library-previous').disabled = page.startAt === 0;
        this.paging.querySelector('.productops-library-next').disabled = to >= page.total;
        this.paging.querySelector('.productops-library-page').textContent = AJS.I18n.getText('productops.ui.library.page',
            ui.count(Math.floor(page.startAt / PAGE_SIZE) + 1), ui.count(Math.max(1, Math.ceil(page.total / PAGE_SIZE))));
        if (!insights.length && page.startAt > 0) {
            // The last page emptied (e.g. after a delete): step back rather than show nothing.
            this.goToPage(-1);
        }
    };

    LibraryPage.prototype.openInsight = function (insightId) {
        this.openInsightId = insightId;
        mirrorInAddressBar(this.criteria, insightId);
        new InsightDialog(insightId, {
            changed: () => this.search(),
            closed: () => {
                this.openInsightId = null;
                mirrorInAddressBar(this.criteria, null);
                const link = this.results.querySelector('.productops-library-open[data-insight-id="' + CSS.escape(String(insightId)) + '"]');
                if (link) {
                    link.focus();
                }
            }
        });
    };

    // ---- One insight in a dialog: details, links, edit, delete --------------------------------------

    function InsightDialog(insightId, callbacks) {
        this.insightId = insightId;
        this.callbacks = callbacks;
        this.dialog = ui.dialog({id: 'productops-insight-dialog', size: 'large', title: AJS.I18n.getText('productops.ui.loading'),
            onHide: () => callbacks.closed()});
        ui.replaceChildren(this.dialog.content, ui.loading());
        this.dialog.show();
        this.load();
    }

    InsightDialog.prototype.load = async function () {
        try {
            this.insight = await api.getInsight(this.insightId);
        } catch (error) {
            this.dialog.setTitle(AJS.I18n.getText('productops.ui.insight.unavailable'));
            ui.replaceChildren(this.dialog.content, ui.errorMessage(error));
            ui.replaceChildren(this.dialog.footer, this.footer([this.closeButton()]));
            return;
        }
        this.showDetails();
    };

    InsightDialog.prototype.footer = function (buttons) {
        return el('div', {className: 'aui-dialog2-footer-actions'}, buttons);
    };

    InsightDialog.prototype.closeButton = function () {
        const close = ui.button(AJS.I18n.getText('productops.ui.close'), 'aui-button-link productops-insight-close');
        close.addEventListener('click', () => this.dialog.hide());
        return close;
    };

    function detailRow(label, value) {
        if (value === null || value === undefined || value === '') {
            return null;
        }
        return el('div', {className: 'productops-insight-fact'}, [el('dt', {text: label}), el('dd', {}, [value])]);
    }

    /** Only http(s) addresses become links: anything else (javascript:, data:) is shown as text. */
    function sourceLink(url) {
        if (!url) {
            return null;
        }
        return /^https?:\/\//i.test(url) ? el('a', {href: url, target: '_blank', rel: 'noopener noreferrer', text: url}) : url;
    }

    InsightDialog.prototype.showDetails = function (focusSelector) {
        const insight = this.insight;
        this.dialog.setTitle(insight.title);
        const facts = el('dl', {className: 'productops-insight-facts'}, [
            detailRow(AJS.I18n.getText('productops.ui.form.source'), ui.sourceLabel(insight.source)),
            detailRow(AJS.I18n.getText('productops.ui.form.customer'), customerText(insight.customer)),
            detailRow(AJS.I18n.getText('productops.ui.form.capturedOn'), ui.formatDate(insight.capturedOn)),
            detailRow(AJS.I18n.getText('productops.ui.form.sourceUrl'), sourceLink(insight.sourceUrl)),
            detailRow(AJS.I18n.getText('productops.ui.form.tags'), tagList(insight.tags)),
            detailRow(AJS.I18n.getText('productops.ui.insight.author'), insight.authorDisplayName || insight.author),
            detailRow(AJS.I18n.getText('productops.ui.insight.created'), ui.formatDate(insight.created)),
            detailRow(AJS.I18n.getText('productops.ui.insight.updated'), ui.formatDate(insight.updated))
        ]);
        ui.replaceChildren(this.dialog.content, [
            el('div', {className: 'productops-insight-messages'}),
            insight.quote ? el('blockquote', {className: 'productops-insight-quote', text: insight.quote})
                : el('p', {className: 'productops-insight-noquote', text: AJS.I18n.getText('productops.ui.insight.noQuote')}),
            facts,
            this.linksSection()
        ]);
        const buttons = [];
        if (insight.canEdit) {
            const edit = ui.button(AJS.I18n.getText('productops.ui.insight.edit'), 'productops-insight-edit');
            const remove = ui.button(AJS.I18n.getText('productops.ui.insight.delete'), 'productops-insight-delete');
            edit.addEventListener('click', () => this.showEditForm());
            remove.addEventListener('click', () => this.confirmDelete());
            buttons.push(edit, remove);
        }
        buttons.push(this.closeButton());
        ui.replaceChildren(this.dialog.footer, this.footer(buttons));
        const focusTarget = focusSelector && this.dialog.element.querySelector(focusSelector);
        if (focusTarget) {
            focusTarget.focus();
        }
    };

    InsightDialog.prototype.showMessage = function (message) {
        ui.replaceChildren(this.dialog.content.querySelector('.productops-insight-messages'), message);
    };

    InsightDialog.prototype.linksSection = function () {
        const links = this.insight.links || [];
        const table = links.length ? el('table', {className: 'aui productops-insight-links'}, [
            el('thead', {}, [el('tr', {}, [
                el('th', {scope: 'col', text: AJS.I18n.getText('productops.ui.insight.links.issue')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('productops.ui.form.importance')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('productops.ui.form.note')}),
                el('th', {scope: 'col'}, [el('span', {className: 'assistive', text: AJS.I18n.getText('productops.ui.insight.links.actions')})])
            ])]),
            el('tbody', {}, links.map((link) => this.linkRow(link)))
        ]) : el('p', {className: 'productops-insight-nolinks', text: AJS.I18n.getText('productops.ui.insight.links.none')});
        return el('section', {className: 'productops-insight-links-section', 'aria-labelledby': 'productops-insight-links-title'}, [
            el('h3', {id: 'productops-insight-links-title', text: AJS.I18n.getText('productops.ui.insight.links.title', links.length)}),
            // A form.aui only so that AUI styles the importance selects; changes are saved as they are made.
            el('form', {className: 'aui productops-insight-links-form'}, [table]),
            this.addLinkForm()
        ]);
    };

    InsightDialog.prototype.linkRow = function (link) {
        const importance = el('select', {className: 'select productops-insight-link-importance',
            'aria-label': AJS.I18n.getText('productops.ui.insight.links.importanceOf', link.issueKey)},
        ui.importanceOptions(link.importance));
        importance.addEventListener('change', () => this.relink(link, Number(importance.value)));
        const unlink = ui.button(AJS.I18n.getText('productops.ui.insight.links.remove'), 'aui-button-link productops-insight-unlink',
            {'aria-label': AJS.I18n.getText('productops.ui.insight.links.removeFrom', link.issueKey)});
        unlink.addEventListener('click', () => this.unlink(link));
        return el('tr', {'data-issue-key': link.issueKey}, [
            el('td', {className: 'productops-insight-link-issue'}, [
                el('a', {href: ui.issueUrl(link.issueKey), className: 'productops-insight-link-key', text: link.issueKey}),
                link.summary ? el('span', {className: 'productops-insight-link-summary', text: link.summary}) : null
            ]),
            el('td', {}, [importance]),
            el('td', {className: 'productops-insight-link-note', text: link.note || ''}),
            el('td', {}, [unlink])
        ]);
    };

    InsightDialog.prototype.addLinkForm = function () {
        const form = el('form', {className: 'aui productops-insight-add-link'}, [
            el('div', {className: 'productops-insight-add-link-field'}, [
                el('label', {for: 'productops-insight-add-key', text: AJS.I18n.getText('productops.ui.insight.links.addKey')}),
                el('input', {type: 'text', id: 'productops-insight-add-key', name: 'issueKey', className: 'text short-field',
                    required: true, autocomplete: 'off', placeholder: AJS.I18n.getText('productops.ui.library.filter.issueKey.placeholder')})
            ]),
            el('div', {className: 'productops-insight-add-link-field'}, [
                el('label', {for: 'productops-insight-add-importance', text: AJS.I18n.getText('productops.ui.form.importance')}),
                el('select', {id: 'productops-insight-add-importance', name: 'importance', className: 'select'}, ui.importanceOptions())
            ]),
            el('button', {type: 'submit', className: 'aui-button productops-insight-add-submit', text: AJS.I18n.getText('productops.ui.insight.links.add')})
        ]);
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            const issueKey = form.elements.namedItem('issueKey').value.trim().toUpperCase();
            if (!issueKey) {
                form.elements.namedItem('issueKey').focus();
                return;
            }
            this.relink({issueKey, note: null}, Number(form.elements.namedItem('importance').value), '#productops-insight-add-key');
        });
        return form;
    };

    /** Runs a change to the insight, then shows it afresh from the server and refreshes the results. */
    InsightDialog.prototype.apply = async function (action, successText, focusSelector) {
        this.showMessage(ui.loading(AJS.I18n.getText('productops.ui.saving')));
        try {
            await action();
            this.insight = await api.getInsight(this.insightId);
        } catch (error) {
            this.showMessage(ui.errorMessage(error));
            return;
        }
        this.showDetails(focusSelector);
        this.showMessage(ui.message('success', successText));
        this.callbacks.changed();
    };

    InsightDialog.prototype.relink = function (link, importance, focusSelector) {
        // Posting a link sets importance and note together, so the existing note is sent back unchanged.
        this.apply(() => api.linkInsight(this.insightId, {issueKey: link.issueKey, importance, note: link.note || null}),
            AJS.I18n.getText('productops.ui.insight.links.saved', link.issueKey, ui.importanceLabel(importance)),
            focusSelector || 'tr[data-issue-key="' + CSS.escape(link.issueKey) + '"] select');
    };

    InsightDialog.prototype.unlink = function (link) {
        this.apply(() => api.unlinkInsight(this.insightId, link.issueKey),
            AJS.I18n.getText('productops.ui.insight.links.removed', link.issueKey), '#productops-insight-add-key');
    };

    InsightDialog.prototype.showEditForm = function () {
        const form = insightForm.create({idPrefix: 'productops-edit', insight: this.insight});
        this.dialog.setTitle(AJS.I18n.getText('productops.ui.insight.editTitle', this.insight.title));
        ui.replaceChildren(this.dialog.content, form);
        const save = ui.button(AJS.I18n.getText('productops.ui.save'), 'aui-button-primary productops-insight-save');
        const cancel = ui.button(AJS.I18n.getText('productops.ui.cancel'), 'aui-button-link productops-insight-cancel');
        save.addEventListener('click', () => form.requestSubmit());
        cancel.addEventListener('click', () => this.showDetails('.productops-insight-edit'));
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.save(form, save);
        });
        ui.replaceChildren(this.dialog.footer, this.footer([save, cancel]));
        form.elements.namedItem('title').focus();
    };

    InsightDialog.prototype.save = async function (form, saveButton) {
        if (!insightForm.validate(form)) {
            return;
        }
        saveButton.disabled = true;
        try {
            this.insight = await api.updateInsight(this.insightId, Object.assign(insightForm.read(form), {version: this.insight.version}));
        } catch (error) {
            saveButton.disabled = false;
            if (error.status === 409) {
                // Someone saved this insight after it was opened: say so plainly and keep the form, so the
                // person can copy their text, reload and apply it to the newer version.
                this.showMessage(ui.message('warning', error.messages, AJS.I18n.getText('productops.ui.insight.stale')));
                this.dialog.element.scrollTop = 0;
                return;
            }
            insightForm.showErrors(form, error);
            return;
        }
        this.showDetails('.productops-insight-edit');
        this.showMessage(ui.message('success', AJS.I18n.getText('productops.ui.insight.saved')));
        this.callbacks.changed();
    };

    InsightDialog.prototype.confirmDelete = function () {
        const linkCount = (this.insight.links || []).length;
        this.showMessage(ui.message('warning', [
            linkCount === 0 ? AJS.I18n.getText('productops.ui.insight.delete.confirm')
                : linkCount === 1 ? AJS.I18n.getText('productops.ui.insight.delete.confirmLink')
                    : AJS.I18n.getText('productops.ui.insight.delete.confirmLinks', ui.count(linkCount))
        ], AJS.I18n.getText('productops.ui.insight.delete.title', this.insight.title)));
        const confirm = ui.button(AJS.I18n.getText('productops.ui.insight.delete'), 'aui-button-primary productops-insight-delete-confirm');
        const keep = ui.button(AJS.I18n.getText('productops.ui.insight.delete.keep'), 'aui-button-link productops-insight-delete-cancel');
        confirm.addEventListener('click', () => this.delete(confirm));
        keep.addEventListener('click', () => this.showDetails('.productops-insight-delete'));
        ui.replaceChildren(this.dialog.footer, this.footer([confirm, keep]));
        this.dialog.element.scrollTop = 0;
        keep.focus();
    };

    InsightDialog.prototype.delete = async function (confirmButton) {
        confirmButton.disabled = true;
        try {
            await api.deleteInsight(this.insightId);
        } catch (error) {
            confirmButton.disabled = false;
            this.showMessage(ui.errorMessage(error));
            return;
        }
        const title = this.insight.title;
        this.callbacks.changed();
        this.dialog.hide();
        ui.flagSuccess(AJS.I18n.getText('productops.ui.insight.deleted', title));
    };

    // ---- CSV import ---------------------------------------------------------------------------------

    const BATCH_ROWS = 500;
    // Well under the server's 5 MB per request, counting UTF-8 bytes.
    const BATCH_BYTES = 4 * 1024 * 1024;

    /**
     * The file's records (rows) without their line ends. A quoted field may contain line breaks, so
     * records end only at a line break outside quotes; a doubled quote inside quotes toggles twice.
     */
    function splitRecords(text) {
        const records = [];
        let start = 0;
        let quoted = false;
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (c === '"') {
                quoted = !quoted;
            } else if (!quoted && (c === '\n' || c === '\r')) {
                records.push(text.slice(start, i));
                if (c === '\r' && text[i + 1] === '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length) {
            records.push(text.slice(start));
        }
        return records;
    }

    /**
     * Requests of at most BATCH_ROWS data rows (and BATCH_BYTES), each starting with the header, with the
     * file's line number of its first line after the header (the header is line 1) so the server reports file
     * rows: it numbers rows by the line each starts on, counting blank lines and line breaks inside quoted values,
     * so those are sent as they are.
     */
    function batches(text) {
        const records = splitRecords(text.replace(/^\uFEFF/, ''));
        if (records.filter((record) => record !== '').length < 2) {
            return [];
        }
        const header = records[0];
        const breaks = (record) => (record.match(/\r\n|\r|\n/g) || []).length;
        const encoder = new TextEncoder();
        const result = [];
        let rows = [];
        let bytes = 0;
        let line = 2 + breaks(header);
        let firstRow = line;
        records.slice(1).forEach((record) => {
            const size = encoder.encode(record).length + 2;
            if (record !== '' && rows.some((row) => row !== '')
                    && (rows.filter((row) => row !== '').length >= BATCH_ROWS || bytes + size > BATCH_BYTES)) {
                result.push({firstRow, rowCount: rows.filter((row) => row !== '').length, csv: [header].concat(rows).join('\r\n') + '\r\n'});
                rows = [];
                bytes = 0;
                firstRow = line;
            }
            rows.push(record);
            bytes += size;
            line += 1 + breaks(record);
        });
        result.push({firstRow, rowCount: rows.filter((row) => row !== '').length, csv: [header].concat(rows).join('\r\n') + '\r\n'});
        return result;
    }

    /** Reads the file as UTF-8, refusing anything else rather than importing garbled text. */
    function readUtf8(file) {
        return new Promise((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => {
                try {
                    resolve(new TextDecoder('utf-8', {fatal: true}).decode(reader.result));
                } catch (notUtf8) {
                    reject(new Error(AJS.I18n.getText('productops.ui.import.notUtf8')));
                }
            };
            reader.onerror = () => reject(new Error(AJS.I18n.getText('productops.ui.import.unreadable')));
            reader.readAsArrayBuffer(file);
        });
    }

    function CsvImporter(imported) {
        this.imported = imported;
        this.file = el('input', {type: 'file', id: 'productops-import-file', className: 'upfile', accept: '.csv,text/csv',
            'aria-describedby': 'productops-import-columns'});
        this.start = el('button', {type: 'submit', className: 'aui-button aui-button-primary productops-import-start',
            disabled: true, text: AJS.I18n.getText('productops.ui.import.start')});
        this.bar = el('div', {className: 'aui-progress-indicator', 'data-value': '0'}, [el('span', {className: 'aui-progress-indicator-value'})]);
        this.status = el('p', {className: 'productops-import-status', role: 'status', 'aria-live': 'polite'});
        this.progress = el('div', {className: 'productops-import-progress', hidden: true}, [this.bar, this.status]);
        this.report = el('div', {className: 'productops-import-report'});
        const form = el('form', {className: 'aui productops-import-form'}, [
            el('div', {className: 'productops-import-choose'}, [
                el('label', {for: 'productops-import-file', text: AJS.I18n.getText('productops.ui.import.file')}),
                this.file, this.start
            ])
        ]);
        this.element = el('section', {id: 'productops-library-import', className: 'productops-library-import', hidden: true,
            'aria-labelledby': 'productops-import-title'}, [
            el('h2', {id: 'productops-import-title', text: AJS.I18n.getText('productops.ui.import.title')}),
            el('p', {id: 'productops-import-columns', className: 'description', text: AJS.I18n.getText('productops.ui.import.columns')}),
            form, this.progress, this.report
        ]);
        this.file.addEventListener('change', () => { this.start.disabled = !this.file.files.length; });
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            this.run();
        });
    }

    CsvImporter.prototype.toggle = function (toggleButton) {
        this.element.hidden = !this.element.hidden;
        toggleButton.setAttribute('aria-expanded', String(!this.element.hidden));
        if (!this.element.hidden) {
            this.file.focus();
        }
    };

    CsvImporter.prototype.setProgress = function (done, total, text) {
        AJS.progressBars.update(this.bar, total ? done / total : 0);
        this.status.textContent = text;
    };

    CsvImporter.prototype.run = async function () {
        const file = this.file.files[0];
        if (!file) {
            return;
        }
        this.start.disabled = true;
        this.file.disabled = true;
        ui.replaceChildren(this.report, []);
        try {
            await this.importFile(file);
        } finally {
            this.start.disabled = false;
            this.file.disabled = false;
        }
    };

    CsvImporter.prototype.importFile = async function (file) {
        let requests;
        try {
            requests = batches(await readUtf8(file));
        } catch (error) {
            ui.replaceChildren(this.report, ui.message('error', error.message));
            return;
        }
        if (!requests.length) {
            ui.replaceChildren(this.report, ui.message('error', AJS.I18n.getText('productops.ui.import.noRows')));
            return;
        }
        const totalRows = requests.reduce((sum, batch) => sum + batch.rowCount, 0);
        const summary = {created: 0, duplicates: 0, rejected: []};
        this.progress.hidden = false;
        let sent = 0;
        for (const batch of requests) {
            this.setProgress(sent, totalRows, AJS.I18n.getText('productops.ui.import.progress',
                ui.count(batch.firstRow), ui.count(batch.firstRow + batch.rowCount - 1), ui.count(totalRows + 1)));
            try {
                const report = await api.importCsv(batch.csv, batch.firstRow);
                summary.created += report.created || 0;
                summary.duplicates += report.duplicates || 0;
                summary.rejected = summary.rejected.concat(report.rejected || []);
            } catch (error) {
                this.progress.hidden = true;
                this.showReport(summary, {error, firstRow: batch.firstRow, nothingImported: sent === 0});
                this.imported();
                return;
            }
            sent += batch.rowCount;
        }
        this.setProgress(totalRows, totalRows, AJS.I18n.getText('productops.ui.import.finished'));
        this.progress.hidden = true;
        this.showReport(summary, null);
        this.imported();
    };

    CsvImporter.prototype.showReport = function (summary, failure) {
        const counts = AJS.I18n.getText('productops.ui.import.report',
            ui.count(summary.created), ui.count(summary.duplicates), ui.count(summary.rejected.length));
        const parts = [];
        if (failure) {
            // A refused first batch (unknown column, not CSV) imported no row at all, and must not suggest otherwise.
            parts.push(ui.message('error', [failure.nothingImported ? AJS.I18n.getText('productops.ui.import.refused')
                : AJS.I18n.getText('productops.ui.import.stopped', ui.count(failure.firstRow))]
                .concat(failure.error.allMessages ? failure.error.allMessages() : [failure.error.message]).concat([counts])));
        } else {
            parts.push(ui.message(summary.rejected.length ? 'warning' : 'success', counts, AJS.I18n.getText('productops.ui.import.done')));
        }
        if (summary.rejected.length) {
            const rows = summary.rejected.slice().sort((a, b) => a.row - b.row);
            parts.push(el('table', {className: 'aui productops-import-rejected'}, [
                el('caption', {text: AJS.I18n.getText('productops.ui.import.rejected')}),
                el('thead', {}, [el('tr', {}, [
                    el('th', {scope: 'col', text: AJS.I18n.getText('productops.ui.import.row')}),
                    el('th', {scope: 'col', text: AJS.I18n.getText('productops.ui.import.reason')})
                ])]),
                el('tbody', {}, rows.map((rejected) => el('tr', {}, [
                    el('td', {className: 'productops-import-row', text: String(rejected.row)}),
                    el('td', {className: 'productops-import-reason', text: rejected.reason})
                ])))
            ]));
        }
        // The report replaces the progress bar; moving focus there lets screen readers read it out.
        parts[0].setAttribute('tabindex', '-1');
        ui.replaceChildren(this.report, parts);
        parts[0].focus();
    };

    // Exposed for tests in the browser (row splitting is easy to get wrong).
    ProductOps.csvImport = {splitRecords, batches};

    AJS.$(() => {
        const root = document.getElementById('productops-insights-library');
        if (root) {
            ProductOps.insightsLibrary = new LibraryPage(root);
        }
    });
}(window, document, window.AJS));
