/*
 * Product Ops for Jira: the settings page (/plugins/servlet/productops/settings, administrators only). Four sections,
 * each read and saved on its own through the REST API: the product-ops group, the link types that are dependencies,
 * the base currency with its exchange rates, and the customer segments with their weights. A refused save keeps what
 * was typed and shows the server's words next to the field they are about, or above the section's Save button.
 */
(function (window, document, AJS) {
    'use strict';

    const rest = require('productops/rest');
    const ui = require('productops/insight/ui');
    const el = ui.el;

    /** A section's form: its fields, a message area and a Save button that runs save() and reports the outcome. */
    function sectionForm(container, name, fields, save, savedText) {
        const messages = el('div', {className: 'productops-settings-messages', tabindex: '-1'});
        const saveButton = ui.button(AJS.I18n.getText('productops.ui.save'), 'aui-button-primary', {type: 'submit', id: 'productops-settings-' + name + '-save'});
        const form = el('form', {className: 'aui productops-settings-form', novalidate: true, id: 'productops-settings-' + name + '-form'},
            fields.concat([messages, el('div', {className: 'buttons-container'}, [el('div', {className: 'buttons'}, [saveButton])])]));
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            clearErrors(form, messages);
            saveButton.disabled = true;
            saveButton.setAttribute('aria-busy', 'true');
            save().then(() => ui.flagSuccess(savedText), (error) => showErrors(form, messages, error)).finally(() => {
                saveButton.disabled = false;
                saveButton.removeAttribute('aria-busy');
            });
        });
        ui.replaceChildren(container, form);
        return form;
    }

    function clearErrors(form, messages) {
        form.querySelectorAll('.error').forEach((node) => node.remove());
        form.querySelectorAll('[aria-invalid]').forEach((node) => {
            node.removeAttribute('aria-invalid');
            node.removeAttribute('aria-describedby');
        });
        ui.replaceChildren(messages, null);
    }

    /** Field errors go under the control whose data-field is the error's key; the rest above the Save button. */
    function showErrors(form, messages, error) {
        const fieldErrors = (error && error.fieldErrors) || {};
        const general = error && error.messages ? error.messages.slice() : [AJS.I18n.getText('productops.ui.error.unexpected')];
        const underFields = [];
        let first = null;
        Object.keys(fieldErrors).forEach((field) => {
            const control = form.querySelector('[data-field="' + CSS.escape(field) + '"]');
            if (!control) {
                general.push(fieldErrors[field]);
                return;
            }
            const errorId = control.id + '-error';
            control.setAttribute('aria-invalid', 'true');
            control.setAttribute('aria-describedby', errorId);
            control.after(el('div', {className: 'error', id: errorId, text: fieldErrors[field]}));
            underFields.push(fieldErrors[field]);
            first = first || control;
        });
        // Jira's ErrorCollection may say a field's message twice (as a message and under the field): once is enough.
        const said = general.filter((line, index) => underFields.indexOf(line) < 0 && general.indexOf(line) === index);
        ui.replaceChildren(messages, said.length ? ui.message('error', said) : null);
        (first || messages).focus();
    }

    function loadInto(container, load, render) {
        ui.replaceChildren(container, ui.loading());
        load().then(render, (error) => ui.replaceChildren(container, ui.errorMessage(error)));
    }

    // ---- Product-ops group --------------------------------------------------------------------------------

    function groupSection(container) {
        loadInto(container, () => rest.send('GET', '/config/product-ops-group'), (current) => {
            const input = el('input', {className: 'text', type: 'text', id: 'productops-settings-group-name', maxlength: '255',
                value: current.group || '', 'data-field': 'group', autocomplete: 'off'});
            sectionForm(container, 'group', [el('div', {className: 'field-group'}, [
                el('label', {for: input.id, text: AJS.I18n.getText('productops.settings.group.label')}), input,
                ui.groupSuggestions(input, 'productops-settings-group-suggestions'),
                el('div', {className: 'description', text: AJS.I18n.getText('productops.settings.group.help')})
            ])], () => rest.send('PUT', '/config/product-ops-group', {json: {group: input.value.trim()}}),
            AJS.I18n.getText('productops.settings.group.saved'));
        });
    }

    // ---- Dependency link types ----------------------------------------------------------------------------

    function linksSection(container) {
        loadInto(container, () => rest.send('GET', '/config/link-types'), (current) => {
            const rules = {};
            (current.dependencyLinkTypes || []).forEach((rule) => {
                rules[rule.name] = rule.blocker;
            });
            const rows = (current.available || []).map((type, index) => {
                const id = 'productops-settings-link-' + index;
                const counts = el('input', {type: 'checkbox', className: 'checkbox', id: id + '-counts', checked: type.name in rules});
                const blocker = el('select', {className: 'select', id: id + '-blocker', 'aria-label': AJS.I18n.getText('productops.settings.links.blocker.named', type.name)}, [
                    el('option', {value: 'source', text: AJS.I18n.getText('productops.settings.links.blocker.source', type.outward)}),
                    el('option', {value: 'destination', text: AJS.I18n.getText('productops.settings.links.blocker.destination', type.inward)})
                ]);
                blocker.value = rules[type.name] || 'source';
                blocker.disabled = !counts.checked;
                counts.addEventListener('change', () => {
                    blocker.disabled = !counts.checked;
                });
                return {type, counts, blocker, row: el('tr', {}, [
                    el('td', {className: 'productops-settings-check'}, [counts, el('label', {for: counts.id, text: type.name})]),
                    el('td', {text: type.outward + ' / ' + type.inward}),
                    el('td', {}, [blocker])
                ])};
            });
            const table = el('table', {className: 'aui productops-settings-table', id: 'productops-settings-links-table'}, [
                el('caption', {className: 'assistive', text: AJS.I18n.getText('productops.settings.links.title')}),
                el('thead', {}, [el('tr', {}, [
                    el('th', {scope: 'col', text: AJS.I18n.getText('productops.settings.links.type')}),
                    el('th', {scope: 'col', text: AJS.I18n.getText('productops.settings.links.phrases')}),
                    el('th', {scope: 'col', text: AJS.I18n.getText('productops.settings.links.blocker')})
                ])]),
                el('tbody', {}, rows.map((r) => r.row))
            ]);
            sectionForm(container, 'links', [table], () => rest.send('PUT', '/config/link-types', {json: {
                dependencyLinkTypes: rows.filter((r) => r.counts.checked).map((r) => ({name: r.type.name, blocker: r.blocker.value}))
            }}), AJS.I18n.getText('productops.settings.links.saved'));
        });
    }

    // ---- Editable lists (rates, segments) -----------------------------------------------------------------

    /**
     * A table of rows the administrator adds to and removes from. columns: [{key, label, rowLabel(n), input(values)}];
     * each control's data-field is field(index, row, key), the name the server gives its errors, so they land on it.
     */
    function editableList(options) {
        const body = el('tbody');
        const rows = [];
        const table = el('table', {className: 'aui productops-settings-table', id: options.id}, [
            el('caption', {className: 'assistive', text: options.caption}),
            el('thead', {}, [el('tr', {}, options.columns.map((c) => el('th', {scope: 'col', text: c.label}))
                .concat([el('th', {scope: 'col', text: AJS.I18n.getText('productops.settings.actions')})]))]),
            body
        ]);
        function renumber() {
            rows.forEach((row, index) => {
                options.columns.forEach((column) => {
                    const control = row.controls[column.key];
                    control.id = options.id + '-' + index + '-' + column.key;
                    control.setAttribute('data-field', options.field(index, row, column.key));
                    control.setAttribute('aria-label', column.rowLabel(index + 1));
                });
                row.remove.setAttribute('aria-label', AJS.I18n.getText('productops.settings.remove.named', String(index + 1)));
            });
        }
        function add(values, focus) {
            const row = {original: values, controls: {}};
            options.columns.forEach((column) => {
                row.controls[column.key] = column.input(values);
            });
            row.remove = ui.button(AJS.I18n.getText('productops.settings.remove'), 'aui-button-link productops-settings-remove');
            row.element = el('tr', {}, options.columns.map((c) => el('td', {}, [row.controls[c.key]])).concat([el('td', {}, [row.remove])]));
            row.remove.addEventListener('click', () => {
                const index = rows.indexOf(row);
                rows.splice(index, 1);
                row.element.remove();
                renumber();
                const next = rows[Math.min(index, rows.length - 1)];
                (next ? next.remove : addButton).focus();
            });
            rows.push(row);
            body.append(row.element);
            renumber();
            if (focus) {
                row.controls[options.columns[0].key].focus();
            }
        }
        const addButton = ui.button(options.addLabel, 'productops-settings-add', {id: options.id + '-add'});
        addButton.addEventListener('click', () => add(null, true));
        options.initial.forEach((values) => add(values, false));
        return {elements: [table, addButton], rows: () => rows};
    }

    const textInput = (value, props) => el('input', Object.assign({className: 'text', type: 'text', value: value || ''}, props || {}));
    const numberInput = (value, props) => el('input', Object.assign({className: 'text short-field', type: 'number', min: '0', step: 'any',
        value: value === undefined || value === null ? '' : String(value)}, props || {}));
    const number = (control) => (control.value.trim() === '' ? null : Number(control.value));

    // ---- Base currency and exchange rates -----------------------------------------------------------------

    function currencySection(container) {
        loadInto(container, () => rest.send('GET', '/settings/currency'), (current) => {
            const base = textInput(current.base, {id: 'productops-settings-base', maxlength: '3', 'data-field': 'base', className: 'text short-field'});
            const list = editableList({
                id: 'productops-settings-rates', caption: AJS.I18n.getText('productops.settings.currency.rates'),
                addLabel: AJS.I18n.getText('productops.settings.currency.add'),
                columns: [
                    {key: 'code', label: AJS.I18n.getText('productops.settings.currency.code'), input: (v) => textInput(v && v.code, {maxlength: '3'}),
                        rowLabel: (n) => AJS.I18n.getText('productops.settings.currency.code.named', String(n))},
                    {key: 'rate', label: AJS.I18n.getText('productops.settings.currency.rate'), input: (v) => numberInput(v && v.rate),
                        rowLabel: (n) => AJS.I18n.getText('productops.settings.currency.rate.named', String(n))}
                ],
                // The server names a rate's errors by its code: rates.EUR.
                field: (index, row) => 'rates.' + row.controls.code.value.trim().toUpperCase(),
                initial: Object.keys(current.rates || {}).map((code) => ({code, rate: current.rates[code]}))
            });
            sectionForm(container, 'currency', [
                el('div', {className: 'field-group'}, [el('label', {for: base.id, text: AJS.I18n.getText('productops.settings.currency.base')}), base,
                    el('div', {className: 'description', text: AJS.I18n.getText('productops.settings.currency.base.help')})]),
                el('h3', {text: AJS.I18n.getText('productops.settings.currency.rates')}),
                el('p', {className: 'description', text: AJS.I18n.getText('productops.settings.currency.rates.help')})
            ].concat(list.elements), () => {
                const rates = {};
                list.rows().forEach((row) => {
                    row.controls.code.setAttribute('data-field', 'rates.' + row.controls.code.value.trim().toUpperCase());
                    rates[row.controls.code.value.trim().toUpperCase()] = number(row.controls.rate);
                });
                return rest.send('PUT', '/settings/currency', {json: {base: base.value.trim(), rates}});
            }, AJS.I18n.getText('productops.settings.currency.saved'));
        });
    }

    // ---- Customer segments --------------------------------------------------------------------------------

    function segmentsSection(container) {
        loadInto(container, () => rest.send('GET', '/settings/segments'), (current) => {
            const list = editableList({
                id: 'productops-settings-segment', caption: AJS.I18n.getText('productops.settings.segments.title'),
                addLabel: AJS.I18n.getText('productops.settings.segments.add'),
                columns: [
                    {key: 'name', label: AJS.I18n.getText('productops.settings.segments.name'), input: (v) => textInput(v && v.name, {maxlength: '100'}),
                        rowLabel: (n) => AJS.I18n.getText('productops.settings.segments.name.named', String(n))},
                    {key: 'weight', label: AJS.I18n.getText('productops.settings.segments.weight'), input: (v) => numberInput(v ? v.weight : 1, {max: '10'}),
                        rowLabel: (n) => AJS.I18n.getText('productops.settings.segments.weight.named', String(n))}
                ],
                field: (index, row, key) => 'segments[' + index + '].' + key,
                initial: current.segments || []
            });
            sectionForm(container, 'segments', [
                el('p', {className: 'description', text: AJS.I18n.getText('productops.settings.segments.help')})
            ].concat(list.elements), () => {
                const rows = list.rows();
                const segments = rows.map((row) => {
                    const name = row.controls.name.value.trim();
                    const entry = {name, weight: number(row.controls.weight)};
                    // A listed segment whose name was changed is a rename: its customers follow it.
                    if (row.original && row.original.name !== name) {
                        entry.renamedFrom = row.original.name;
                    }
                    return entry;
                });
                return rest.send('PUT', '/settings/segments', {json: {segments}}).then((saved) => {
                    // What was saved is what a later change renames from.
                    rows.forEach((row, index) => {
                        row.original = segments[index];
                    });
                    return saved;
                });
            }, AJS.I18n.getText('productops.settings.segments.saved'));
        });
    }

    function start(root) {
        groupSection(root.querySelector('[data-section="group"]'));
        linksSection(root.querySelector('[data-section="links"]'));
        currencySection(root.querySelector('[data-section="currency"]'));
        segmentsSection(root.querySelector('[data-section="segments"]'));
    }

    define('productops/settings/page', [], () => ({start}));

    AJS.toInit(() => {
        const root = document.getElementById('productops-settings');
        if (root) {
            require('productops/settings/page').start(root);
        }
    });
}(window, document, window.AJS));
