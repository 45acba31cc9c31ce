/*
 * Product Ops for Jira: CSV import (insights in the library, customers on the customers page), read in the browser
 * and sent in batches with a progress bar, then a report of what was imported and which rows were refused, and why.
 */
(function (window, document, AJS) {
    'use strict';

    const ui = require('productops/insight/ui');
    const el = ui.el;

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

    /**
     * options: id (the section's id; its parts' ids start with it), title and columns (texts), send(csv, firstRow)
     * (a promise of the server's report for one batch). imported() is called after every import, even a stopped one.
     */
    function CsvImporter(imported, options) {
        this.imported = imported;
        this.send = options.send;
        const id = options.id;
        this.file = el('input', {type: 'file', id: id + '-file', className: 'upfile', accept: '.csv,text/csv',
            'aria-describedby': id + '-columns'});
        this.start = el('button', {type: 'submit', className: 'aui-button aui-button-primary productops-import-start',
            disabled: true, text: AJS.I18n.getText('productops.ui.import.start')});
        this.bar = el('div', {className: 'aui-progress-indicator', 'data-value': '0'}, [el('span', {className: 'aui-progress-indicator-value'})]);
        this.status = el('p', {className: 'productops-import-status', role: 'status', 'aria-live': 'polite'});
        this.progress = el('div', {className: 'productops-import-progress', hidden: true}, [this.bar, this.status]);
        this.report = el('div', {className: 'productops-import-report'});
        const form = el('form', {className: 'aui productops-import-form'}, [
            el('div', {className: 'productops-import-choose'}, [
                el('label', {for: id + '-file', text: AJS.I18n.getText('productops.ui.import.file')}),
                this.file, this.start
            ])
        ]);
        this.element = el('section', {id, className: 'productops-csv-import', hidden: true, 'aria-labelledby': id + '-title'}, [
            el('h2', {id: id + '-title', text: options.title}),
            el('p', {id: id + '-columns', className: 'description', text: options.columns}),
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
                const report = await this.send(batch.csv, batch.firstRow);
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

    // splitRecords and batches are exposed for tests in the browser (row splitting is easy to get wrong).
    define('productops/insight/csv-import', [], () => ({splitRecords, batches, CsvImporter}));
}(window, document, window.AJS));
