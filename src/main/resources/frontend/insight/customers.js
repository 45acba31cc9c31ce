/*
 * Product Ops for Jira: the customers page (/plugins/servlet/productops/customers). Renders into
 * #productops-customers: a search over names, a sorted and paged table with each customer's insight count, and
 * for the product-ops group and administrators edit, merge and delete, each confirmed with what it will touch.
 * Anyone may add a customer. The search and page are mirrored in the address bar, so a reload or a shared link
 * shows the same list; paging adds a history entry, so Back returns to the previous page.
 */
(function (window, document, AJS) {
    'use strict';

    const rest = require('productops/rest');
    const api = require('productops/insight/api');
    const ui = require('productops/insight/ui');
    const CsvImporter = require('productops/insight/csv-import').CsvImporter;
    const el = ui.el;

    const PAGE_SIZE = 25;
    const TYPING_DELAY_MS = 300;

    function insightsLink(customer) {
        const text = customer.insightCount === 1 ? AJS.I18n.getText('productops.ui.customers.insights.one')
            : AJS.I18n.getText('productops.ui.customers.insights.many', ui.count(customer.insightCount));
        if (!customer.insightCount) {
            return el('span', {className: 'productops-customers-none', text});
        }
        return el('a', {href: ui.libraryUrl({customer: customer.id}), text});
    }

    // ---- The customer form (add and edit) -----------------------------------------------------------------

    /** The segment is chosen from the managed list; a customer's segment the list no longer has stays choosable. */
    function segmentSelect(customer, segments) {
        const current = customer && customer.segment ? customer.segment : '';
        const names = segments.map((segment) => segment.name);
        if (current && names.indexOf(current) < 0) {
            names.push(current);
        }
        const select = el('select', {className: 'select'}, [el('option', {value: '', text: AJS.I18n.getText('productops.ui.customers.segment.none')})]
            .concat(names.map((name) => el('option', {value: name, text: name}))));
        select.value = current;
        return select;
    }

    function customerForm(customer, segments) {
        const field = (name, label, control, description) => {
            control.id = 'productops-customer-' + name;
            control.name = name;
            return el('div', {className: 'field-group'}, [el('label', {for: control.id, text: label}), control,
                description ? el('div', {className: 'description', text: description}) : null]);
        };
        return el('form', {className: 'aui productops-customer-form', novalidate: true}, [
            field('name', AJS.I18n.getText('productops.ui.customers.name'),
                el('input', {className: 'text', type: 'text', required: true, maxlength: '255', value: customer ? customer.name : ''})),
            field('segment', AJS.I18n.getText('productops.ui.customers.segment'), segmentSelect(customer, segments)),
            field('arr', AJS.I18n.getText('productops.ui.customers.arr'),
                el('input', {className: 'text', type: 'number', min: '0', step: '1', value: customer ? String(customer.arr) : ''}),
                AJS.I18n.getText('productops.ui.customers.arr.description')),
            field('currency', AJS.I18n.getText('productops.ui.customers.currency'),
                el('input', {className: 'text short-field', type: 'text', maxlength: '3', value: customer ? customer.currency : 'USD'})),
            // Enter in a field submits only a form that has a submit button.
            el('button', {type: 'submit', hidden: true, tabindex: '-1', 'aria-hidden': 'true'})
        ]);
    }

    function readCustomerForm(form) {
        const value = (name) => form.elements[name].value.trim();
        const arr = value('arr');
        return {name: value('name'), segment: value('segment') || null, arr: arr === '' ? 0 : Number(arr), currency: value('currency') || null};
    }

    function showFormErrors(form, messages, error) {
        form.querySelectorAll('.error').forEach((node) => node.remove());
        form.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
        const fieldErrors = (error && error.fieldErrors) || {};
        let first = null;
        Object.keys(fieldErrors).forEach((name) => {
            const control = form.elements[name];
            if (control) {
                const errorId = control.id + '-error';
                control.setAttribute('aria-invalid', 'true');
                control.setAttribute('aria-describedby', errorId);
                control.after(el('div', {className: 'error', id: errorId, text: fieldErrors[name]}));
                first = first || control;
            }
        });
        const general = error ? error.messages.concat(Object.keys(fieldErrors).filter((name) => !form.elements[name])
            .map((name) => fieldErrors[name])) : [];
        ui.replaceChildren(messages, general.length ? ui.message('error', general) : null);
        (first || messages).focus && (first || messages).focus();
    }

    /** A dialog whose primary button runs action(); the dialog stays open with the server's words when it fails. */
    function actionDialog(options) {
        const dialog = ui.dialog({id: options.id, title: options.title, size: options.size || 'small'});
        const messages = el('div', {className: 'productops-dialog-messages', tabindex: '-1'});
        const confirm = ui.button(options.confirmLabel, options.danger ? 'aui-button-primary productops-danger' : 'aui-button-primary',
            {id: options.id + '-confirm'});
        const cancel = ui.button(AJS.I18n.getText('productops.ui.cancel'), 'aui-button-link', {id: options.id + '-cancel'});
        ui.replaceChildren(dialog.content, [messages].concat(options.body));
        ui.replaceChildren(dialog.footer, el('div', {className: 'aui-dialog2-footer-actions'}, [confirm, cancel]));
        cancel.addEventListener('click', () => dialog.hide());
        const run = (event) => {
            if (event) {
                event.preventDefault();
            }
            confirm.disabled = true;
            confirm.setAttribute('aria-busy', 'true');
            options.action().then((done) => {
                dialog.hide();
                options.onDone(done);
            }, (error) => {
                confirm.disabled = false;
                confirm.removeAttribute('aria-busy');
                options.onError(messages, error);
            });
        };
        confirm.addEventListener('click', run);
        options.body.forEach((node) => {
            if (node.tagName === 'FORM') {
                node.addEventListener('submit', run);
            }
        });
        dialog.show();
        const firstInput = dialog.content.querySelector('input');
        (firstInput || confirm).focus();
        return dialog;
    }

    // ---- The page -----------------------------------------------------------------------------------------

    function start(root) {
        const canEdit = root.dataset.canEdit === 'true';
        const url = new URLSearchParams(window.location.search);
        const state = {query: root.dataset.initialQuery || url.get('query') || '', startAt: Math.max(0, Number(url.get('startAt')) || 0)};
        let generation = 0;

        const search = el('input', {className: 'text', type: 'search', id: 'productops-customers-query', value: state.query,
            placeholder: AJS.I18n.getText('productops.ui.customers.search.placeholder')});
        const addButton = ui.button(AJS.I18n.getText('productops.ui.customers.add'), 'aui-button-primary', {id: 'productops-customers-add'});
        // Focusable from script only: where focus goes when the row it was on is gone (deleted, merged).
        const count = el('p', {className: 'productops-customers-count', role: 'status', 'aria-live': 'polite', tabindex: '-1'});
        const messages = el('div', {className: 'productops-customers-messages'});
        const table = el('div', {className: 'productops-customers-table'});
        const pager = el('nav', {className: 'productops-customers-pager', 'aria-label': AJS.I18n.getText('productops.ui.customers.pages')});
        const importer = new CsvImporter(() => load(), {id: 'productops-customers-import', send: api.importCustomersCsv,
            title: AJS.I18n.getText('productops.ui.customers.import.title'), columns: AJS.I18n.getText('productops.ui.customers.import.columns')});
        const importToggle = el('button', {type: 'button', className: 'aui-button productops-customers-import-toggle',
            'aria-expanded': 'false', 'aria-controls': importer.element.id}, [
            el('span', {className: 'aui-icon aui-icon-small aui-iconfont-upload', 'aria-hidden': 'true'}),
            ' ', AJS.I18n.getText('productops.ui.import.open')
        ]);
        // Administrators manage the segment list (and the rest of the app's settings) on the settings page.
        const settingsLink = root.dataset.canConfigure === 'true' ? el('a', {className: 'productops-customers-settings',
            href: rest.contextPath() + '/plugins/servlet/productops/settings', text: AJS.I18n.getText('productops.settings.link')}) : null;
        ui.replaceChildren(root, [
            el('form', {className: 'aui productops-customers-toolbar', role: 'search', onsubmit: null}, [
                el('label', {for: search.id, text: AJS.I18n.getText('productops.ui.customers.search.label')}), search, addButton,
                importToggle
            ]),
            importer.element, settingsLink, messages, count, table, pager
        ]);
        importToggle.addEventListener('click', () => importer.toggle(importToggle));
        root.querySelector('form').addEventListener('submit', (event) => event.preventDefault());

        function remember(push) {
            const params = new URLSearchParams();
            if (state.query) {
                params.set('query', state.query);
            }
            if (state.startAt) {
                params.set('startAt', state.startAt);
            }
            const query = params.toString();
            const address = rest.contextPath() + '/plugins/servlet/productops/customers' + (query ? '?' + query : '');
            window.history[push ? 'pushState' : 'replaceState']({query: state.query, startAt: state.startAt}, '', address);
        }

        /** focus(): where focus goes once the table is redrawn, for the element it was on is replaced. */
        function load(focus) {
            const mine = ++generation;
            table.setAttribute('aria-busy', 'true');
            return api.searchCustomers({query: state.query, startAt: state.startAt, maxResults: PAGE_SIZE}).then((page) => {
                if (mine === generation) {
                    table.removeAttribute('aria-busy');
                    ui.replaceChildren(messages, null);
                    render(page);
                    if (focus) {
                        focus();
                    }
                }
            }, (error) => {
                if (mine === generation) {
                    table.removeAttribute('aria-busy');
                    ui.replaceChildren(messages, ui.errorMessage(error));
                }
            });
        }

        function render(page) {
            count.textContent = page.total === 1 ? AJS.I18n.getText('productops.ui.customers.count.one')
                : AJS.I18n.getText('productops.ui.customers.count.many', ui.count(page.total));
            if (!page.values.length) {
                ui.replaceChildren(table, el('p', {className: 'productops-customers-empty',
                    text: state.query ? AJS.I18n.getText('productops.ui.customers.noMatch')
                        : AJS.I18n.getText('productops.ui.customers.empty')}));
            } else {
                ui.replaceChildren(table, el('table', {className: 'aui productops-customers-list'}, [
                    el('caption', {className: 'assistive', text: AJS.I18n.getText('productops.customers.title')}),
                    el('thead', {}, [el('tr', {}, [
                        el('th', {scope: 'col', text: AJS.I18n.getText('productops.ui.customers.name')}),
                        el('th', {scope: 'col', text: AJS.I18n.getText('productops.ui.customers.segment')}),
                        el('th', {scope: 'col', className: 'productops-customers-arr', text: AJS.I18n.getText('productops.ui.customers.arr')}),
                        el('th', {scope: 'col', text: AJS.I18n.getText('productops.ui.customers.insights')}),
                        canEdit ? el('th', {scope: 'col', text: AJS.I18n.getText('productops.ui.customers.actions')}) : null
                    ])]),
                    el('tbody', {}, page.values.map(row))
                ]));
            }
            const previous = ui.button(AJS.I18n.getText('productops.ui.customers.previous'), 'productops-customers-previous',
                {disabled: page.startAt === 0});
            const next = ui.button(AJS.I18n.getText('productops.ui.customers.next'), 'productops-customers-next',
                {disabled: page.startAt + page.values.length >= page.total});
            previous.addEventListener('click', () => go(Math.max(0, page.startAt - PAGE_SIZE), 'previous'));
            next.addEventListener('click', () => go(page.startAt + PAGE_SIZE, 'next'));
            ui.replaceChildren(pager, page.total > PAGE_SIZE ? [previous, el('span', {className: 'productops-customers-range',
                text: AJS.I18n.getText('productops.ui.customers.range', ui.count(page.startAt + 1),
                    ui.count(page.startAt + page.values.length), ui.count(page.total))}), next] : null);
        }

        function row(customer) {
            const cells = [
                el('th', {scope: 'row', className: 'productops-customers-name', text: customer.name}),
                el('td', {text: customer.segment || ''}),
                el('td', {className: 'productops-customers-arr', text: ui.money(customer.arr, customer.currency)}),
                el('td', {}, [insightsLink(customer)])
            ];
            if (canEdit) {
                const edit = ui.button(AJS.I18n.getText('productops.ui.edit'), 'aui-button-link productops-customers-edit',
                    {'aria-label': AJS.I18n.getText('productops.ui.customers.edit.named', customer.name)});
                const merge = ui.button(AJS.I18n.getText('productops.ui.customers.merge'), 'aui-button-link',
                    {'aria-label': AJS.I18n.getText('productops.ui.customers.merge.named', customer.name)});
                const remove = ui.button(AJS.I18n.getText('productops.ui.delete'), 'aui-button-link',
                    {'aria-label': AJS.I18n.getText('productops.ui.customers.delete.named', customer.name)});
                edit.addEventListener('click', () => openEdit(customer));
                merge.addEventListener('click', () => openMerge(customer));
                remove.addEventListener('click', () => openDelete(customer));
                cells.push(el('td', {className: 'productops-customers-actions'}, [edit, merge, remove]));
            }
            return el('tr', {'data-customer-id': String(customer.id)}, cells);
        }

        /** The pager is redrawn: focus stays on the button used, or moves to the other one at the first or last page. */
        function go(startAt, used) {
            state.startAt = startAt;
            remember(true);
            load(() => {
                const same = pager.querySelector('.productops-customers-' + used);
                const other = pager.querySelector('.productops-customers-' + (used === 'next' ? 'previous' : 'next'));
                (same && !same.disabled ? same : other || count).focus();
            });
        }

        /** After a change the table is redrawn: focus goes to the changed row's Edit button, or to the count if it left. */
        function saved(text, customerId) {
            ui.flagSuccess(text);
            load(() => {
                const edit = customerId === undefined ? null
                    : table.querySelector('tr[data-customer-id="' + CSS.escape(String(customerId)) + '"] .productops-customers-edit');
                (edit || count).focus();
            });
        }

        /** Opens a customer dialog once the segment list is read, so the select offers the list as it is now. */
        function withSegments(open) {
            api.listSegments().then((list) => open(list.segments), (error) => ui.replaceChildren(messages, ui.errorMessage(error)));
        }

        function openAdd() {
            withSegments((segments) => openAddWith(segments));
        }

        function openAddWith(segments) {
            const form = customerForm(null, segments);
            actionDialog({id: 'productops-customer-add-dialog', title: AJS.I18n.getText('productops.ui.customers.add'), size: 'medium',
                body: [form], confirmLabel: AJS.I18n.getText('productops.ui.customers.add.confirm'),
                action: () => api.createCustomer(readCustomerForm(form)),
                onDone: (created) => saved(AJS.I18n.getText('productops.ui.customers.added', created.name), created.id),
                onError: (box, error) => showFormErrors(form, box, error)});
        }

        function openEdit(customer) {
            withSegments((segments) => openEditWith(customer, segments));
        }

        function openEditWith(customer, segments) {
            const form = customerForm(customer, segments);
            actionDialog({id: 'productops-customer-edit-dialog', title: AJS.I18n.getText('productops.ui.customers.edit.named', customer.name),
                size: 'medium', body: [form], confirmLabel: AJS.I18n.getText('productops.ui.save'),
                action: () => api.updateCustomer(customer.id, readCustomerForm(form)),
                onDone: (changed) => saved(AJS.I18n.getText('productops.ui.customers.saved', changed.name), changed.id),
                onError: (box, error) => showFormErrors(form, box, error)});
        }

        function openDelete(customer) {
            const consequence = customer.insightCount === 0 ? AJS.I18n.getText('productops.ui.customers.delete.noInsights')
                : customer.insightCount === 1 ? AJS.I18n.getText('productops.ui.customers.delete.one')
                    : AJS.I18n.getText('productops.ui.customers.delete.many', ui.count(customer.insightCount));
            actionDialog({id: 'productops-customer-delete-dialog', title: AJS.I18n.getText('productops.ui.customers.delete.named', customer.name),
                body: [el('p', {text: consequence})], confirmLabel: AJS.I18n.getText('productops.ui.delete'), danger: true,
                action: () => api.deleteCustomer(customer.id),
                onDone: () => saved(AJS.I18n.getText('productops.ui.customers.deleted', customer.name)),
                onError: (box, error) => ui.replaceChildren(box, ui.errorMessage(error))});
        }

        function openMerge(customer) {
            let target = null;
            const summary = el('p', {className: 'productops-merge-summary', 'aria-live': 'polite',
                text: AJS.I18n.getText('productops.ui.customers.merge.choose')});
            const picker = ui.customerPicker({id: 'productops-merge-into', label: AJS.I18n.getText('productops.ui.customers.merge.into'),
                excludeId: customer.id, onChoose: (chosen) => {
                target = chosen;
                if (!chosen) {
                    summary.textContent = AJS.I18n.getText('productops.ui.customers.merge.choose');
                } else if (customer.insightCount === 0) {
                    summary.textContent = AJS.I18n.getText('productops.ui.customers.merge.summary.none', customer.name, chosen.name);
                } else if (customer.insightCount === 1) {
                    summary.textContent = AJS.I18n.getText('productops.ui.customers.merge.summary.one', customer.name, chosen.name);
                } else {
                    summary.textContent = AJS.I18n.getText('productops.ui.customers.merge.summary.many', customer.name, chosen.name,
                        ui.count(customer.insightCount));
                }
            }}).element;
            const form = el('form', {className: 'aui', novalidate: true}, [picker]);
            actionDialog({id: 'productops-customer-merge-dialog', title: AJS.I18n.getText('productops.ui.customers.merge.named', customer.name),
                size: 'medium', body: [form, summary], confirmLabel: AJS.I18n.getText('productops.ui.customers.merge.confirm'),
                action: () => (target ? api.mergeCustomer(customer.id, target.id)
                    : Promise.reject(new rest.ApiError(0, [], {into: AJS.I18n.getText('productops.ui.customers.merge.choose')}))),
                onDone: (kept) => saved(AJS.I18n.getText('productops.ui.customers.merged', customer.name, kept.name), kept.id),
                onError: (box, error) => {
                    const into = form.querySelector('input');
                    showFormErrors(form, box, new rest.ApiError(error.status, error.messages,
                        error.fieldErrors.into ? {'productops-merge-into': error.fieldErrors.into} : error.fieldErrors));
                    into.focus();
                }});
        }

        addButton.addEventListener('click', openAdd);
        search.addEventListener('input', ui.debounce(() => {
            state.query = search.value.trim();
            state.startAt = 0;
            remember(false);
            load();
        }, TYPING_DELAY_MS));
        window.addEventListener('popstate', (event) => {
            const previous = event.state || {query: '', startAt: 0};
            state.query = previous.query || '';
            state.startAt = previous.startAt || 0;
            search.value = state.query;
            load();
        });
        remember(false);
        load();
    }

    AJS.toInit(() => {
        const root = document.getElementById('productops-customers');
        if (root) {
            start(root);
        }
    });
}(window, document, window.AJS));
