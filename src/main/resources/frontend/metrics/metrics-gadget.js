/*
 * Product Ops for Jira: the metrics dashboard item (AMD module productops/metrics-gadget). Jira builds it with the
 * dashboard-item API and calls render(context, preferences) to show a metric, or renderEdit(context, preferences)
 * for its configuration form. Numbers come from GET /rest/productops/1.0/metrics/{metric}, computed for the viewer:
 * projects the viewer may not browse are left out and named in a warning. Each headline number links to the
 * issues behind it; each chart has a table of the same numbers.
 */
(function (window, document, AJS) {
    'use strict';

    const metrics = Object.assign({charts: require('productops/metrics/charts')}, require('productops/metrics/client'));
    const ui = require('productops/insight/ui');
    const el = ui.el;
    /** Placeholders that survive AJS.format, so translated sentences can hold links wherever the language puts them. */
    const SLOT = (n) => '\u00a7' + n + '\u00a7';
    const SLOTS = /\u00a7(\d)\u00a7/;

    /** A sentence from a translation with {0}, {1}... replaced by nodes (links, emphasis). */
    function sentence(translated, nodes) {
        const parts = translated.split(SLOTS);
        return parts.map((part, index) => (index % 2 === 1 ? nodes[Number(part)] : part)).filter((part) => part !== '');
    }

    function percent(share) {
        return share === null || share === undefined ? '\u2013' : Math.round(share * 100) + '%';
    }

    /** A number that opens the issues behind it; plain text when the API gives no drill-down for it. */
    function number(text, drilldown, key, contextPath, label) {
        const url = metrics.drilldownUrl((drilldown || {})[key], contextPath);
        return url ? el('a', {className: 'productops-metrics-number', href: url, title: label, 'data-total': key, text})
            : el('strong', {className: 'productops-metrics-number', 'data-total': key, text});
    }

    function table(caption, headers, rows) {
        return el('table', {className: 'aui productops-metrics-table'}, [
            el('caption', {className: 'assistive', text: caption}),
            el('thead', {}, [el('tr', {}, headers.map((h, i) => el('th', {scope: 'col', className: i ? 'productops-metrics-numeric' : '', text: h})))]),
            el('tbody', {}, rows.map((row) => el('tr', {}, row.map((cell, i) => (i === 0
                ? el('th', {scope: 'row', text: cell})
                : el('td', {className: 'productops-metrics-numeric', text: cell}))))))
        ]);
    }

    function legend(series) {
        return el('ul', {className: 'productops-metrics-legend', 'aria-hidden': 'true'}, series.map((s) =>
            el('li', {}, [el('span', {className: 'productops-metrics-swatch ' + s.className}), s.label])));
    }

    function weekText(start) {
        return AJS.I18n.getText('productops.metrics.week', metrics.charts.weekLabel(start));
    }

    // ---- the four metrics: each turns the API's answer into headline, chart, table (or a ranked list) ----

    function evidenceCoverage(data, context) {
        const totals = data.totals || {};
        const drilldown = data.drilldown || {};
        if (!totals.resolved) {
            return {empty: AJS.I18n.getText('productops.metrics.coverage.empty')};
        }
        const weeks = data.series || [];
        const value = (week, key) => (week.values && week.values[key]) || 0;
        const series = [
            {key: 'strong', label: AJS.I18n.getText('productops.metrics.coverage.strong'), className: 'productops-metrics-strong',
                values: weeks.map((w) => value(w, 'strong'))},
            {key: 'linked', label: AJS.I18n.getText('productops.metrics.coverage.linkedOnly'), className: 'productops-metrics-linked',
                values: weeks.map((w) => value(w, 'linked') - value(w, 'strong'))},
            {key: 'none', label: AJS.I18n.getText('productops.metrics.coverage.none'), className: 'productops-metrics-none',
                values: weeks.map((w) => value(w, 'resolved') - value(w, 'linked'))}
        ];
        const headline = sentence(AJS.I18n.getText('productops.metrics.coverage.headline', SLOT(0), SLOT(1), SLOT(2)), [
            number(percent(totals.linkedShare), drilldown, 'linked', context, AJS.I18n.getText('productops.metrics.coverage.linked.open')),
            number(ui.count(totals.resolved), drilldown, 'resolved', context, AJS.I18n.getText('productops.metrics.coverage.resolved.open')),
            number(percent(totals.strongShare), drilldown, 'strong', context, AJS.I18n.getText('productops.metrics.coverage.strong.open'))
        ]);
        const title = AJS.I18n.getText('productops.metrics.coverage.chart');
        const description = AJS.I18n.getText('productops.metrics.coverage.chart.description', ui.count(totals.resolved),
            percent(totals.linkedShare), percent(totals.strongShare), weeks.length);
        const describe = (i) => AJS.I18n.getText('productops.metrics.coverage.bar', weekText(weeks[i].start),
            ui.count(value(weeks[i], 'resolved')), ui.count(value(weeks[i], 'linked')), ui.count(value(weeks[i], 'strong')));
        return {
            headline,
            series,
            chart: (width) => metrics.charts.bars({width, weeks, series, title, description, describe}),
            table: () => table(title, [AJS.I18n.getText('productops.metrics.table.week'), AJS.I18n.getText('productops.metrics.coverage.resolved'),
                AJS.I18n.getText('productops.metrics.coverage.linked'), AJS.I18n.getText('productops.metrics.coverage.strong'),
                AJS.I18n.getText('productops.metrics.coverage.linkedShare'), AJS.I18n.getText('productops.metrics.coverage.strongShare')],
            weeks.map((w) => [metrics.charts.weekLabel(w.start), ui.count(value(w, 'resolved')), ui.count(value(w, 'linked')),
                ui.count(value(w, 'strong')), percent(w.values ? w.values.linkedShare : null), percent(w.values ? w.values.strongShare : null)])
                .concat([[AJS.I18n.getText('productops.metrics.table.total'), ui.count(totals.resolved), ui.count(totals.linked || 0),
                    ui.count(totals.strong || 0), percent(totals.linkedShare), percent(totals.strongShare)]]))
        };
    }

    const OTHER_SEGMENT = '';

    function insightIntake(data, context, state) {
        const totals = data.totals || {};
        if (!totals.total) {
            return {empty: AJS.I18n.getText('productops.metrics.intake.empty')};
        }
        const bySource = state.intakeBy !== 'segment';
        const field = bySource ? 'bySource' : 'bySegment';
        const counted = totals[field] || {};
        const listed = ((data.inputs || {})[bySource ? 'sources' : 'segments'] || []).filter((k) => counted[k]);
        const keys = listed.concat(Object.keys(counted).filter((k) => listed.indexOf(k) < 0 && counted[k]))
            .sort((a, b) => counted[b] - counted[a]);
        const label = (key) => (bySource ? ui.sourceLabel(key)
            : key === OTHER_SEGMENT ? AJS.I18n.getText('productops.metrics.intake.noSegment') : key);
        const weeks = data.series || [];
        const count = (week, key) => ((week.values || {})[field] || {})[key] || 0;
        const series = keys.map((key, index) => ({key, label: label(key), className: 'productops-metrics-c' + (index % 8),
            values: weeks.map((w) => count(w, key))}));
        const top = keys[0];
        const headline = sentence(AJS.I18n.getText('productops.metrics.intake.headline', SLOT(0), SLOT(1), SLOT(2)), [
            number(ui.count(totals.total), data.drilldown, 'total', context, ''),
            el('strong', {text: label(top)}),
            el('strong', {text: ui.count(counted[top])})
        ]);
        const title = bySource ? AJS.I18n.getText('productops.metrics.intake.chart.source') : AJS.I18n.getText('productops.metrics.intake.chart.segment');
        const description = AJS.I18n.getText('productops.metrics.intake.chart.description', ui.count(totals.total), weeks.length,
            series.map((s) => s.label + ' ' + ui.count(counted[s.key])).join(', '));
        const describe = (i) => weekText(weeks[i].start) + ': ' + series.filter((s) => s.values[i])
            .map((s) => s.label + ' ' + ui.count(s.values[i])).join(', ');
        return {
            headline,
            series,
            controls: [el('div', {className: 'aui-buttons productops-metrics-group-by', role: 'group',
                'aria-label': AJS.I18n.getText('productops.metrics.intake.groupBy')}, [
                ui.button(AJS.I18n.getText('productops.metrics.intake.bySource'), 'productops-metrics-by-source',
                    {'aria-pressed': String(bySource), 'data-group-by': 'source'}),
                ui.button(AJS.I18n.getText('productops.metrics.intake.bySegment'), 'productops-metrics-by-segment',
                    {'aria-pressed': String(!bySource), 'data-group-by': 'segment'})
            ])],
            chart: (width) => metrics.charts.bars({width, weeks, series, title, description, describe}),
            table: () => table(title, [AJS.I18n.getText('productops.metrics.table.week'), AJS.I18n.getText('productops.metrics.intake.total')]
                .concat(series.map((s) => s.label)),
            weeks.map((w) => [metrics.charts.weekLabel(w.start), ui.count(((w.values || {}).total) || 0)]
                .concat(series.map((s) => ui.count(count(w, s.key)))))
                .concat([[AJS.I18n.getText('productops.metrics.table.total'), ui.count(totals.total)]
                    .concat(series.map((s) => ui.count(counted[s.key])))]))
        };
    }

    const DEPENDENCY_SERIES = [
        {key: 'open', className: 'productops-metrics-open', label: AJS.I18n.getText('productops.metrics.dependency.open')},
        {key: 'atRisk', className: 'productops-metrics-at-risk', label: AJS.I18n.getText('productops.metrics.dependency.atRisk')},
        {key: 'inCycles', className: 'productops-metrics-in-cycles', label: AJS.I18n.getText('productops.metrics.dependency.inCycles')},
        {key: 'stale', className: 'productops-metrics-stale', label: AJS.I18n.getText('productops.metrics.dependency.stale')}
    ];

    function dependencyHealth(data, context) {
        const totals = data.totals || {};
        const drilldown = data.drilldown || {};
        const weeks = data.series || [];
        const snapshots = weeks.filter((w) => w.values);
        if (!totals.open && snapshots.every((w) => !w.values.open)) {
            return {empty: AJS.I18n.getText('productops.metrics.dependency.empty')};
        }
        const series = DEPENDENCY_SERIES.map((s) => Object.assign({}, s, {values: weeks.map((w) => (w.values ? w.values[s.key] : null))}));
        const headline = [el('ul', {className: 'productops-metrics-stats'}, DEPENDENCY_SERIES.map((s) => el('li', {
            className: 'productops-metrics-stat', 'data-total': s.key}, [
            number(ui.count(totals[s.key] || 0), drilldown, s.key, context, AJS.I18n.getText('productops.metrics.dependency.open.board', s.label)),
            el('span', {className: 'productops-metrics-stat-label', text: s.label})
        ])))];
        const notes = [AJS.I18n.getText('productops.metrics.dependency.now')];
        if (totals.medianBlockerAgeDays !== null && totals.medianBlockerAgeDays !== undefined) {
            notes.push(AJS.I18n.getText('productops.metrics.dependency.medianAge', ui.count(Math.round(totals.medianBlockerAgeDays))));
        }
        headline.push(el('p', {className: 'productops-metrics-note', text: notes.join(' ')}));
        const firstSnapshot = (data.inputs || {}).firstSnapshot;
        if (snapshots.length === 0) {
            headline.push(el('p', {className: 'productops-metrics-note productops-metrics-no-history', text: firstSnapshot
                ? AJS.I18n.getText('productops.metrics.dependency.noHistorySince', ui.formatDate(firstSnapshot))
                : AJS.I18n.getText('productops.metrics.dependency.noHistory')}));
            return {headline};
        }
        const title = AJS.I18n.getText('productops.metrics.dependency.chart');
        const description = AJS.I18n.getText('productops.metrics.dependency.chart.description', snapshots.length, weeks.length,
            DEPENDENCY_SERIES.map((s) => s.label + ' ' + ui.count(totals[s.key] || 0)).join(', '));
        const noSnapshot = AJS.I18n.getText('productops.metrics.dependency.noSnapshot');
        const describe = (i) => weekText(weeks[i].start) + ': ' + (weeks[i].values
            ? DEPENDENCY_SERIES.map((s) => s.label + ' ' + ui.count(weeks[i].values[s.key] || 0)).join(', ') : noSnapshot);
        const cell = (w, key) => (w.values ? (w.values[key] === null || w.values[key] === undefined ? '\u2013' : ui.count(w.values[key])) : noSnapshot);
        return {
            headline,
            series,
            chart: (width) => metrics.charts.lines({width, weeks, series, title, description, describe}),
            table: () => table(title, [AJS.I18n.getText('productops.metrics.table.week')].concat(DEPENDENCY_SERIES.map((s) => s.label))
                .concat([AJS.I18n.getText('productops.metrics.dependency.medianAge.column')]),
            weeks.map((w) => [metrics.charts.weekLabel(w.start)].concat(DEPENDENCY_SERIES.map((s) => cell(w, s.key)))
                .concat([cell(w, 'medianBlockerAgeDays')])))
        };
    }

    function topEvidence(data, context) {
        const issues = data.issues || [];
        if (issues.length === 0) {
            return {empty: AJS.I18n.getText('productops.metrics.top.empty')};
        }
        const best = Math.max.apply(null, issues.map((i) => Number(i.score) || 0).concat([1]));
        const headline = [el('span', {text: AJS.I18n.getText('productops.metrics.top.headline', ui.count(issues.length),
            ui.count((data.totals || {}).candidates || issues.length))})];
        const list = el('ol', {className: 'productops-metrics-ranking'}, issues.map((issue) => el('li', {
            className: 'productops-metrics-ranked', 'data-issue-key': issue.key}, [
            el('div', {className: 'productops-metrics-ranked-issue'}, [
                el('a', {href: ui.issueUrl(issue.key), className: 'productops-metrics-issue-key', text: issue.key}),
                ' ',
                el('span', {className: 'productops-metrics-issue-summary', text: issue.summary}),
                issue.status ? el('span', {className: 'aui-lozenge aui-lozenge-subtle productops-metrics-status', text: issue.status}) : null
            ]),
            el('div', {className: 'productops-metrics-score'}, [
                el('span', {className: 'productops-metrics-score-bar', 'aria-hidden': 'true'}, [
                    el('span', {style: 'width: ' + Math.max(2, Math.round(100 * (Number(issue.score) || 0) / best)) + '%'})
                ]),
                el('span', {className: 'productops-metrics-score-value',
                    text: AJS.I18n.getText('productops.metrics.top.score', Number(issue.score).toLocaleString(undefined, {maximumFractionDigits: 1}))}),
                el('span', {className: 'productops-metrics-score-detail', text: AJS.I18n.getText('productops.metrics.top.detail',
                    issue.insights === 1 ? AJS.I18n.getText('productops.metrics.top.insights.one')
                        : AJS.I18n.getText('productops.metrics.top.insights.many', ui.count(issue.insights || 0)),
                    issue.customers === 1 ? AJS.I18n.getText('productops.metrics.top.customers.one')
                        : AJS.I18n.getText('productops.metrics.top.customers.many', ui.count(issue.customers || 0)))})
            ])
        ])));
        const all = metrics.drilldownUrl((data.drilldown || {}).issues, context);
        return {headline, list: all ? el('div', {}, [list, el('p', {className: 'productops-metrics-note'}, [
            el('a', {href: all, className: 'productops-metrics-all-issues', text: AJS.I18n.getText('productops.metrics.top.all')})])]) : list};
    }

    const VIEWS = {'evidence-coverage': evidenceCoverage, 'insight-intake': insightIntake,
        'dependency-health': dependencyHealth, 'top-evidence': topEvidence};

    /** Names only the projects the API counted for this viewer: the configuration may name projects they cannot see. */
    function gadgetTitle(preferences, projects) {
        const label = metrics.metric(preferences.metric).label;
        return preferences.metric === 'insight-intake' || projects.length === 0 ? label
            : AJS.I18n.getText('productops.metrics.gadget.titleFor', label, projects.join(', '));
    }

    function periodText(data, preferences) {
        return AJS.I18n.getText('productops.metrics.period.shown', preferences.period, ui.formatDate(data.from), ui.formatDate(data.to));
    }

    /**
     * After Save or Cancel the host swaps the form for the view, and the focused button is gone: focus goes to the
     * new view (its first link, else the view itself), never to the page's body.
     */
    function refocus(root, view) {
        if (root.getAttribute('data-refocus') !== 'true') {
            return;
        }
        root.removeAttribute('data-refocus');
        const active = document.activeElement;
        if (!active || active === document.body || !active.isConnected || root.contains(active)) {
            (view.querySelector('a[href], button') || view).focus();
        }
    }

    define('productops/metrics-gadget', [], function () {
        const contextPath = require('productops/rest').contextPath;

        function MetricsGadget(API) {
            this.API = API;
            this.generation = 0;
            this.observer = null;
            // What the viewer chose while looking, kept across refreshes (never saved: it is not configuration).
            this.viewState = {table: false, intakeBy: 'source'};
        }

        /** No public source documents setTitle on the dashboard-item API, so a Jira without it keeps its own title. */
        MetricsGadget.prototype.setTitle = function (title) {
            if (typeof this.API.setTitle === 'function') {
                this.API.setTitle(title);
            }
        };

        MetricsGadget.prototype.stopWatchingSize = function () {
            if (this.observer) {
                this.observer.disconnect();
                this.observer = null;
            }
        };

        MetricsGadget.prototype.render = function (context, preferences) {
            const root = context[0];
            const generation = ++this.generation;
            this.stopWatchingSize();
            root.classList.add('productops-metrics');
            if (!metrics.isConfigured(preferences)) {
                this.showUnconfigured(context, preferences);
                return;
            }
            const chosen = metrics.withDefaults(preferences);
            this.setTitle(gadgetTitle(chosen, []));
            this.API.initRefresh(chosen, () => this.render(context, preferences));
            this.API.showLoadingBar();
            root.setAttribute('aria-busy', 'true');
            if (!root.querySelector('.productops-metrics-view')) {
                root.setAttribute('data-state', 'loading');
                ui.replaceChildren(root, ui.loading());
            }
            metrics.load(chosen).then((data) => {
                if (generation === this.generation) {
                    this.setTitle(gadgetTitle(chosen, data.projects || []));
                    this.show(root, chosen, data);
                }
            }, (error) => {
                if (generation === this.generation) {
                    root.setAttribute('data-state', 'error');
                    ui.replaceChildren(root, ui.errorMessage(error));
                }
            }).then(() => {
                if (generation === this.generation) {
                    root.removeAttribute('aria-busy');
                    this.API.hideLoadingBar();
                    this.API.resize();
                }
            });
        };

        MetricsGadget.prototype.showUnconfigured = function (context, preferences) {
            const root = context[0];
            this.setTitle(AJS.I18n.getText('productops.metrics.gadget.title'));
            root.setAttribute('data-state', 'unconfigured');
            // One literal key per call: Jira's jsI18n transformer translates nothing else.
            const parts = [ui.message('info', this.API.isEditable()
                ? AJS.I18n.getText('productops.metrics.unconfigured.editable') : AJS.I18n.getText('productops.metrics.unconfigured'))];
            if (this.API.isEditable()) {
                const configure = ui.button(AJS.I18n.getText('productops.metrics.configure'), 'productops-metrics-configure');
                configure.addEventListener('click', () => this.renderEdit(context, preferences));
                parts.push(configure);
            }
            ui.replaceChildren(root, parts);
        };

        /** Draws the answer: warning for left-out projects, headline, chart or table, and the period. */
        MetricsGadget.prototype.show = function (root, preferences, data) {
            const view = VIEWS[preferences.metric](data, contextPath, this.viewState);
            const parts = [];
            const skipped = data.skippedProjects || [];
            if (skipped.length) {
                parts.push(ui.message('warning', AJS.I18n.getText('productops.metrics.skipped', skipped.join(', '))));
            }
            if (view.empty) {
                parts.push(el('p', {className: 'productops-metrics-empty', text: view.empty}));
                parts.push(el('p', {className: 'productops-metrics-period', text: periodText(data, preferences)}));
                root.setAttribute('data-state', 'empty');
                const emptyView = el('div', {className: 'productops-metrics-view', 'data-metric': preferences.metric, tabindex: '-1'}, parts);
                ui.replaceChildren(root, emptyView);
                refocus(root, emptyView);
                return;
            }
            parts.push(el('div', {className: 'productops-metrics-headline'}, view.headline));
            const figure = view.chart ? el('figure', {className: 'productops-metrics-figure', hidden: this.viewState.table}) : null;
            // Focusable so a keyboard can scroll a table wider than a narrow column.
            const tableBox = view.table ? el('div', {className: 'productops-metrics-table-box', hidden: !this.viewState.table,
                tabindex: '0', role: 'region', 'aria-label': AJS.I18n.getText('productops.metrics.table.label')}, [view.table()]) : null;
            const controls = (view.controls || []).slice();
            if (figure && tableBox) {
                const toggle = ui.button(AJS.I18n.getText('productops.metrics.table'), 'productops-metrics-table-toggle',
                    {'aria-pressed': String(this.viewState.table)});
                toggle.addEventListener('click', () => {
                    this.viewState.table = !this.viewState.table;
                    toggle.setAttribute('aria-pressed', String(this.viewState.table));
                    tableBox.hidden = !this.viewState.table;
                    figure.hidden = this.viewState.table;
                    if (!figure.hidden) {
                        draw();
                    }
                });
                controls.push(toggle);
            }
            if (controls.length) {
                parts.push(el('div', {className: 'productops-metrics-controls'}, controls));
            }
            if (figure) {
                figure.append(el('div', {className: 'productops-metrics-canvas'}), legend(view.series));
                parts.push(figure);
            }
            if (tableBox) {
                parts.push(tableBox);
            }
            if (view.list) {
                parts.push(view.list);
            }
            parts.push(el('p', {className: 'productops-metrics-period', text: periodText(data, preferences)}));
            const container = el('div', {className: 'productops-metrics-view', 'data-metric': preferences.metric, tabindex: '-1'}, parts);
            ui.replaceChildren(root, container);
            root.setAttribute('data-state', 'ready');
            refocus(root, container);

            container.querySelectorAll('[data-group-by]').forEach((button) => button.addEventListener('click', () => {
                this.viewState.intakeBy = button.getAttribute('data-group-by');
                this.show(root, preferences, data);
                const again = root.querySelector('[data-group-by="' + this.viewState.intakeBy + '"]');
                if (again) {
                    again.focus();
                }
            }));

            let drawnWidth = -1;
            function draw() {
                if (!figure || figure.hidden) {
                    return;
                }
                const width = figure.clientWidth;
                if (width > 0 && Math.abs(width - drawnWidth) > 2) {
                    drawnWidth = width;
                    ui.replaceChildren(figure.querySelector('.productops-metrics-canvas'), view.chart(width));
                }
            }
            draw();
            this.stopWatchingSize();
            if (figure && typeof window.ResizeObserver === 'function') {
                // A dashboard column changes width with the window and with Jira's layout; the chart follows it.
                let pending = 0;
                this.observer = new window.ResizeObserver(() => {
                    window.cancelAnimationFrame(pending);
                    pending = window.requestAnimationFrame(draw);
                });
                this.observer.observe(figure);
            }
        };

        MetricsGadget.prototype.renderEdit = function (context, preferences) {
            const root = context[0];
            this.generation++;
            this.stopWatchingSize();
            root.classList.add('productops-metrics');
            root.setAttribute('data-state', 'editing');
            root.removeAttribute('aria-busy');
            const chosen = metrics.withDefaults(preferences);
            const id = 'productops-metrics-' + this.API.getGadgetId() + '-';
            const field = (name, label, control, description) => el('div', {className: 'field-group productops-metrics-field-' + name}, [
                el('label', {for: id + name, text: label}),
                control,
                description ? el('div', {className: 'description', id: id + name + '-description', text: description}) : null,
                el('div', {className: 'error', id: id + name + '-error', 'data-error-for': name})
            ]);
            const select = (name, options, describedBy) => el('select', {className: 'select', id: id + name, name,
                'aria-describedby': describedBy}, options);
            const metricSelect = select('metric', metrics.METRICS.map((m) => el('option', {value: m.id, text: m.label,
                selected: m.id === chosen.metric})), id + 'metric-description');
            const projects = el('input', {className: 'text medium-field', type: 'text', id: id + 'projects', name: 'projects',
                value: metrics.projectKeys(chosen.projects).join(', '), placeholder: 'PAY, CHK', autocomplete: 'off',
                'aria-describedby': id + 'projects-description ' + id + 'projects-error'});
            const projectsField = field('projects', AJS.I18n.getText('productops.metrics.config.projects'), projects,
                AJS.I18n.getText('productops.metrics.config.projects.description'));
            projectsField.append(ui.projectSuggestions(projects, id + 'projects-suggestions'));
            const threshold = el('input', {className: 'text short-field', type: 'text', inputmode: 'decimal', id: id + 'threshold',
                name: 'threshold', value: chosen.threshold, 'aria-describedby': id + 'threshold-description ' + id + 'threshold-error'});
            const general = el('div', {className: 'productops-metrics-config-errors'});
            const save = el('button', {type: 'submit', className: 'aui-button aui-button-primary', text: AJS.I18n.getText('productops.ui.save')});
            const cancel = ui.button(AJS.I18n.getText('productops.ui.cancel'), 'aui-button-link productops-metrics-cancel');
            const form = el('form', {className: 'aui productops-metrics-config', novalidate: true}, [
                general,
                field('metric', AJS.I18n.getText('productops.metrics.config.metric'), metricSelect, metrics.metric(chosen.metric).description),
                projectsField,
                field('period', AJS.I18n.getText('productops.metrics.config.period'), select('period', metrics.PERIODS.map((p) =>
                    el('option', {value: p.weeks, text: p.label, selected: p.weeks === chosen.period})))),
                field('threshold', AJS.I18n.getText('productops.metrics.config.threshold'), threshold,
                    AJS.I18n.getText('productops.metrics.config.threshold.description')),
                field('refresh', AJS.I18n.getText('productops.metrics.config.refresh'), select('refresh', metrics.REFRESH.map((r) =>
                    el('option', {value: r.minutes, text: r.label, selected: r.minutes === chosen.refresh})))),
                el('div', {className: 'buttons-container'}, [el('div', {className: 'buttons'}, [save, cancel])])
            ]);

            function fitToMetric() {
                const metric = metricSelect.value;
                form.querySelector('.productops-metrics-field-threshold').hidden = metric !== 'evidence-coverage';
                form.querySelector('#' + CSS.escape(id + 'metric-description')).textContent = metrics.metric(metric).description;
                form.querySelector('#' + CSS.escape(id + 'projects-description')).textContent = metric === 'insight-intake'
                    ? AJS.I18n.getText('productops.metrics.config.projects.organisation')
                    : AJS.I18n.getText('productops.metrics.config.projects.description');
            }

            function showErrors(fieldErrors, messages) {
                form.querySelectorAll('[data-error-for]').forEach((error) => { error.textContent = ''; });
                form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
                ui.replaceChildren(general, messages.length ? ui.message('error', messages) : null);
                let first = null;
                Object.keys(fieldErrors).forEach((name) => {
                    const error = form.querySelector('[data-error-for="' + name + '"]');
                    const input = form.elements.namedItem(name);
                    if (error && input) {
                        error.textContent = fieldErrors[name];
                        input.setAttribute('aria-invalid', 'true');
                        first = first || input;
                    } else {
                        // A field the form does not show (from, to...): said above the form instead.
                        general.append(ui.message('error', fieldErrors[name]));
                    }
                });
                (first || general).focus();
            }

            metricSelect.addEventListener('change', fitToMetric);
            cancel.addEventListener('click', () => {
                root.setAttribute('data-refocus', 'true');
                this.API.closeEdit();
            });
            form.addEventListener('submit', (event) => {
                event.preventDefault();
                const values = {
                    metric: metricSelect.value,
                    projects: metrics.projectKeys(projects.value).join(','),
                    period: form.elements.namedItem('period').value,
                    threshold: threshold.value.trim(),
                    refresh: form.elements.namedItem('refresh').value
                };
                const errors = metrics.check(values);
                if (Object.keys(errors).length) {
                    showErrors(errors, []);
                    return;
                }
                save.disabled = true;
                save.setAttribute('aria-busy', 'true');
                // Asking for the metric once is how the form learns what Jira thinks of these settings.
                metrics.load(values).then(() => {
                    root.setAttribute('data-refocus', 'true');
                    this.API.savePreferences(values);
                }, (error) => {
                    save.disabled = false;
                    save.removeAttribute('aria-busy');
                    const fieldErrors = (error && error.fieldErrors) || {};
                    showErrors(fieldErrors, error && error.messages ? error.messages
                        : [AJS.I18n.getText('productops.ui.error.unexpected')]);
                });
            });
            general.tabIndex = -1;
            ui.replaceChildren(root, form);
            fitToMetric();
            metricSelect.focus();
            this.API.resize();
        };

        return MetricsGadget;
    });
}(window, document, window.AJS));
