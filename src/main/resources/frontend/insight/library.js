/*
 * Product Ops for Jira: the Insights library page (/plugins/servlet/productops/insights). Renders into
 * #productops-insights-library: search and filters, sorted and paged results; an insight opens in its dialog
 * (insight-dialog.js) and files are imported by csv-import.js.
 * The search is mirrored in the address bar, so a reload or a shared link shows the same results.
 */
(function (window, document, AJS) {
    'use strict';

    const api = require('productops/insight/api');
    const ui = require('productops/insight/ui');
    const InsightDialog = require('productops/insight/dialog');
    const CsvImporter = require('productops/insight/csv-import').CsvImporter;
    const insightForm = require('productops/insight/form');
    const el = ui.el;
    const {customerText, tagList} = ui;

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

    /** One issue to filter by, suggested by key or summary from Jira's issue picker as it is typed. */
    function issueFilter(criteria) {
        const input = el('input', {type: 'text', className: 'text', name: 'issueKey', value: criteria.issueKey,
            placeholder: AJS.I18n.getText('productops.ui.library.filter.issueKey.placeholder')});
        const filter = labelled('productops-library-issue-key', AJS.I18n.getText('productops.ui.library.filter.issueKey'), input);
        filter.append(ui.issueSuggestions(input, 'productops-library-issue-key-suggestions'));
        return filter;
    }

    /** One tag to filter by, with the tags in use suggested as it is typed. */
    function tagFilter(criteria) {
        const input = el('input', {type: 'text', className: 'text', name: 'tag', value: criteria.tag});
        const filter = labelled('productops-library-tag', AJS.I18n.getText('productops.ui.library.filter.tag'), input);
        filter.append(ui.tagSuggestions(input, 'productops-library-tag-suggestions'));
        return filter;
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
                tagFilter(criteria),
                issueFilter(criteria),
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
        this.importer = new CsvImporter(() => this.search(), {id: 'productops-library-import', send: api.importCsv,
            title: AJS.I18n.getText('productops.ui.import.title'), columns: AJS.I18n.getText('productops.ui.import.columns')});
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

    AJS.$(() => {
        const root = document.getElementById('productops-insights-library');
        if (root) {
            new LibraryPage(root);
        }
    });
}(window, document, window.AJS));
