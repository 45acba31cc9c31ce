/*
 * Product Ops for Jira: the insight form, one for capturing (issue panel) and editing (library), so both
 * ask the same questions in the same words and show the server's field errors the same way.
 */
(function (window, document, AJS) {
    'use strict';

    const ui = require('productops/insight/ui');
    const api = require('productops/insight/api');
    const el = ui.el;

    function fieldGroup(form, name, label, control, options) {
        const settings = options || {};
        const id = form.dataset.idPrefix + '-' + name;
        control.id = id;
        control.name = name;
        const description = settings.description
            ? el('div', {className: 'description', id: id + '-description', text: settings.description}) : null;
        if (description) {
            control.setAttribute('aria-describedby', description.id);
        }
        return el('div', {className: 'field-group'}, [
            el('label', {for: id}, [label, settings.required ? el('span', {className: 'aui-icon icon-required',
                text: AJS.I18n.getText('productops.ui.form.required')}) : null]),
            control,
            description
        ]);
    }

    function todayIso() {
        const now = new Date();
        const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000);
        return local.toISOString().slice(0, 10);
    }

    /** The link part of the capture form: the insight is linked to the issue in the same request. */
    function linkFieldset(form, issueKey) {
        return el('fieldset', {className: 'group productops-form-link'}, [
            el('legend', {}, [el('span', {text: AJS.I18n.getText('productops.ui.form.linkTo', issueKey)})]),
            fieldGroup(form, 'importance', AJS.I18n.getText('productops.ui.form.importance'),
                el('select', {className: 'select'}, ui.importanceOptions(ui.DEFAULT_IMPORTANCE))),
            fieldGroup(form, 'note', AJS.I18n.getText('productops.ui.form.note'),
                el('input', {type: 'text', className: 'text long-field', maxlength: '255'}),
                {description: AJS.I18n.getText('productops.ui.form.note.description')})
        ]);
    }

    /**
     * options.idPrefix: unique prefix for element ids; options.insight: values to edit (absent to capture);
     * options.linkToIssueKey: also ask for the importance of a link to that issue.
     */
    function create(options) {
        const insight = options.insight || {};
        const form = el('form', {className: 'aui productops-insight-form', novalidate: true, 'data-id-prefix': options.idPrefix});
        // Any number of customers: the picker searches the server as you type, and adds a customer that is not there yet.
        const customer = ui.customerPicker({id: options.idPrefix + '-customer', label: AJS.I18n.getText('productops.ui.form.customer'),
            initial: insight.customer ? {id: insight.customer.id, name: insight.customer.name} : null,
            emptyLabel: AJS.I18n.getText('productops.ui.form.customer.none'), allowCreate: true});
        const parts = [
            el('div', {className: 'productops-form-messages'}),
            fieldGroup(form, 'title', AJS.I18n.getText('productops.ui.form.title'),
                el('input', {type: 'text', className: 'text long-field', maxlength: '255', value: insight.title || '', required: true}),
                {required: true}),
            fieldGroup(form, 'quote', AJS.I18n.getText('productops.ui.form.quote'),
                el('textarea', {className: 'textarea long-field', rows: '5', value: insight.quote || ''}),
                {description: AJS.I18n.getText('productops.ui.form.quote.description')}),
            // Right after what was said, so importance and note are in view without scrolling on a 768 px high screen.
            options.linkToIssueKey ? linkFieldset(form, options.linkToIssueKey) : null,
            fieldGroup(form, 'source', AJS.I18n.getText('productops.ui.form.source'),
                el('select', {className: 'select', required: true}, ui.sourceOptions(insight.source || 'interview')),
                {required: true}),
            customer.element,
            fieldGroup(form, 'sourceUrl', AJS.I18n.getText('productops.ui.form.sourceUrl'),
                el('input', {type: 'url', className: 'text long-field', maxlength: '450', value: insight.sourceUrl || '',
                    placeholder: 'https://'}),
                {description: AJS.I18n.getText('productops.ui.form.sourceUrl.description')}),
            fieldGroup(form, 'capturedOn', AJS.I18n.getText('productops.ui.form.capturedOn'),
                el('input', {type: 'date', className: 'text medium-field',
                    value: options.insight ? (insight.capturedOn || '') : todayIso()})),
            tagsField(form, insight.tags),
            // Enter in a text field submits the form; the owner decides what submitting means.
            el('button', {type: 'submit', hidden: true, tabindex: '-1', 'aria-hidden': 'true'})
        ];
        // append() would turn a null into the text "null".
        form.append(...parts.filter(Boolean));
        return form;
    }

    /** The tags field, with the tags already in use suggested for the one being typed (insight-ui's tagSuggestions). */
    function tagsField(form, tags) {
        const input = el('input', {type: 'text', className: 'text long-field', value: (tags || []).join(', ')});
        const list = ui.tagSuggestions(input, form.dataset.idPrefix + '-tags-suggestions');
        const field = fieldGroup(form, 'tags', AJS.I18n.getText('productops.ui.form.tags'), input,
            {description: AJS.I18n.getText('productops.ui.form.tags.description')});
        field.append(list);
        return field;
    }

    function parseTags(text) {
        const tags = String(text || '').split(',').map((tag) => tag.trim()).filter(Boolean);
        return tags.filter((tag, index) => tags.indexOf(tag) === index);
    }

    /** The InsightInput of the REST API, from what the user typed. */
    function read(form) {
        const value = (name) => form.elements.namedItem(name).value;
        const customerId = value('customerId');
        return {
            title: value('title').trim(),
            quote: value('quote'),
            source: value('source'),
            customerId: customerId ? Number(customerId) : null,
            sourceUrl: value('sourceUrl').trim() || null,
            capturedOn: value('capturedOn') || null,
            tags: parseTags(value('tags'))
        };
    }

    function readLink(form, issueKey) {
        const note = form.elements.namedItem('note').value.trim();
        return {issueKey, importance: Number(form.elements.namedItem('importance').value), note: note || null};
    }

    function clearErrors(form) {
        form.querySelectorAll('.productops-field-error').forEach((error) => error.remove());
        form.querySelectorAll('[aria-invalid]').forEach((field) => {
            field.removeAttribute('aria-invalid');
            const describedBy = (field.getAttribute('aria-describedby') || '').split(' ')
                .filter((id) => id && !id.endsWith('-error')).join(' ');
            if (describedBy) {
                field.setAttribute('aria-describedby', describedBy);
            } else {
                field.removeAttribute('aria-describedby');
            }
        });
        ui.replaceChildren(form.querySelector('.productops-form-messages'), []);
    }

    // Server field names that do not name a control of their own.
    const FIELD_ALIASES = {customerId: 'customer', links: 'importance', issueKey: 'importance'};

    function controlFor(form, errorKey) {
        const name = errorKey.split(/[.[]/)[0];
        const control = form.elements.namedItem(FIELD_ALIASES[name] || name);
        return control && control.closest && control.closest('.field-group') ? control : null;
    }

    function showFieldError(control, text) {
        const error = el('div', {className: 'error productops-field-error', id: control.id + '-error', text});
        control.closest('.field-group').append(error);
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', ((control.getAttribute('aria-describedby') || '') + ' ' + error.id).trim());
    }

    /** Field errors go next to their fields; everything else at the top of the form. */
    function showErrors(form, error) {
        clearErrors(form);
        const general = error.messages ? error.messages.slice() : [];
        Object.keys(error.fieldErrors || {}).forEach((key) => {
            const control = controlFor(form, key);
            if (control) {
                showFieldError(control, error.fieldErrors[key]);
            } else {
                general.push(error.fieldErrors[key]);
            }
        });
        if (general.length) {
            form.querySelector('.productops-form-messages').append(ui.message('error', general));
        }
        const firstInvalid = form.querySelector('[aria-invalid="true"]');
        if (firstInvalid) {
            firstInvalid.focus();
        }
    }

    /** The checks worth doing before a round trip; the server checks everything again. */
    function validate(form) {
        const title = form.elements.namedItem('title');
        if (!title.value.trim()) {
            showErrors(form, {messages: [], fieldErrors: {title: AJS.I18n.getText('productops.ui.form.title.required')}});
            return false;
        }
        return true;
    }

    /**
     * The capture dialog, the same from an issue's panel and from the library. With options.issueKey the insight is
     * linked to that issue in the same request; without, it is captured on its own. options.captured(created, input)
     * runs once the server has it and the dialog is closed.
     */
    function openCaptureDialog(options) {
        const issueKey = options.issueKey || null;
        const dialog = ui.dialog({id: 'productops-capture-dialog', title: issueKey
            ? AJS.I18n.getText('productops.ui.capture.title', issueKey) : AJS.I18n.getText('productops.ui.capture.titleAlone')});
        const form = create({idPrefix: 'productops-capture', linkToIssueKey: issueKey});
        const submit = ui.button(issueKey ? AJS.I18n.getText('productops.ui.capture.submit') : AJS.I18n.getText('productops.ui.capture.submitAlone'),
            'aui-button-primary productops-capture-submit');
        const cancel = ui.button(AJS.I18n.getText('productops.ui.cancel'), 'aui-button-link productops-capture-cancel');
        dialog.content.append(form);
        dialog.footer.append(el('div', {className: 'aui-dialog2-footer-actions'}, [submit, cancel]));
        cancel.addEventListener('click', () => dialog.hide());
        submit.addEventListener('click', () => form.requestSubmit());
        form.addEventListener('submit', async (event) => {
            event.preventDefault();
            if (!validate(form)) {
                return;
            }
            const input = Object.assign(read(form), issueKey ? {links: [readLink(form, issueKey)]} : {});
            submit.disabled = true;
            submit.setAttribute('aria-busy', 'true');
            let created;
            try {
                created = await api.createInsight(input);
            } catch (error) {
                submit.disabled = false;
                submit.removeAttribute('aria-busy');
                showErrors(form, error);
                return;
            }
            dialog.hide();
            options.captured(created, input);
        });
        dialog.show();
        form.elements.namedItem('title').focus();
    }

    define('productops/insight/form', [], () => ({create, read, readLink, validate, showErrors, clearErrors, openCaptureDialog}));
}(window, document, window.AJS));
