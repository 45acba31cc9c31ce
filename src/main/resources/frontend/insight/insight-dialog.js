/*
 * Product Ops for Jira: one insight in a dialog, opened from the insights library: its details and links, and edit
 * and delete for those allowed. The library tells it what to do when the insight changed or the dialog closed.
 */
(function (window, document, AJS) {
    'use strict';

    const api = require('productops/insight/api');
    const ui = require('productops/insight/ui');
    const insightForm = require('productops/insight/form');
    const el = ui.el;
    const {customerText, tagList} = ui;

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
        const key = el('input', {type: 'text', id: 'productops-insight-add-key', name: 'issueKey', className: 'text short-field',
            required: true, placeholder: AJS.I18n.getText('productops.ui.library.filter.issueKey.placeholder')});
        const form = el('form', {className: 'aui productops-insight-add-link'}, [
            el('div', {className: 'productops-insight-add-link-field'}, [
                el('label', {for: 'productops-insight-add-key', text: AJS.I18n.getText('productops.ui.insight.links.addKey')}),
                key,
                ui.issueSuggestions(key, 'productops-insight-add-key-suggestions')
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

    define('productops/insight/dialog', [], () => InsightDialog);
}(window, document, window.AJS));
