/*
 * Product Ops for Jira: the cross-project dependency board page (/plugins/servlet/productops/board). Renders into
 * #productops-dependency-board: a toolbar (teams, columns, dates, filters, CSV export), totals by state, team
 * lanes × time columns with cards and dependency arrows, and the problems worst first. The whole view is in
 * the address bar, so a reload or a shared link shows the same board.
 */
(function (window, document, AJS) {
    'use strict';

    const board = {api: require('productops/board/api'), dom: require('productops/board/dom'),
        view: require('productops/board/view'), arrows: require('productops/board/arrows'),
        dependency: require('productops/board/dependency')};
    const el = board.dom.el;
    const views = board.view;
    const dependencyUi = board.dependency;

    /** Cards drawn per cell before "+N more": keeps a 5,000-card board to a few hundred elements. */
    const CELL_LIMIT = 8;
    /** Problems listed before "Show all": the list stays quick to scan and to render. */
    const PROBLEM_LIMIT = 60;
    /** Building the board pauses for a frame after this long, so the page never stops answering. */
    const FRAME_BUDGET_MS = 12;

    const page = {
        view: null,
        data: null,
        selection: null,
        expandedCells: new Set(),
        expandedBundles: new Set(),
        cellNames: new Map(),
        laneNames: new Map(),
        showAllProblems: false,
        loadCount: 0,
        renderCount: 0,
        parts: {}
    };

    // ---- The view and the address bar --------------------------------------------------------------------

    function changeView(changes, reload) {
        Object.assign(page.view, changes);
        window.history.replaceState(null, '', window.location.pathname + views.viewQuery(page.view));
        syncToolbar();
        if (reload) {
            load();
        } else {
            render();
        }
    }

    // ---- Toolbar ------------------------------------------------------------------------------------------

    function field(id, label, control, className) {
        control.id = id;
        return el('div', {className: 'productops-board-field ' + (className || '')}, [el('label', {for: id, text: label}), control]);
    }

    function checkbox(id, label) {
        return el('div', {className: 'checkbox productops-board-check'}, [
            el('input', {type: 'checkbox', className: 'checkbox', id}), el('label', {for: id, text: label})]);
    }

    function toolbar() {
        const projects = el('div', {className: 'productops-board-chips'}, [
            el('ul', {className: 'productops-board-chip-list', 'aria-label': AJS.I18n.getText('productops.board.projects.chosen')}),
            el('input', {type: 'text', className: 'text productops-board-project-input', id: 'productops-board-project-input',
                autocomplete: 'off', placeholder: AJS.I18n.getText('productops.board.projects.placeholder'),
                'aria-describedby': 'productops-board-project-help', list: 'productops-board-project-options'}),
            // The team picker: every project the viewer may browse, by key and name (Jira's own list).
            el('datalist', {id: 'productops-board-project-options'})
        ]);
        return el('form', {className: 'aui productops-board-toolbar', role: 'search', 'aria-label': AJS.I18n.getText('productops.board.toolbar')}, [
            el('div', {className: 'productops-board-toolbar-row'}, [
                el('div', {className: 'productops-board-field productops-board-projects'}, [
                    el('label', {for: 'productops-board-project-input', text: AJS.I18n.getText('productops.board.projects')}),
                    projects,
                    el('span', {id: 'productops-board-project-help', className: 'assistive', text: AJS.I18n.getText('productops.board.projects.help')})
                ]),
                field('productops-board-columns', AJS.I18n.getText('productops.board.columns'),
                    el('select', {className: 'select'}, [
                        el('option', {value: 'sprint', text: AJS.I18n.getText('productops.board.columns.sprint')}),
                        el('option', {value: 'month', text: AJS.I18n.getText('productops.board.columns.month')})])),
                field('productops-board-from', AJS.I18n.getText('productops.board.from'), el('input', {type: 'date', className: 'text'}), 'productops-board-date'),
                field('productops-board-to', AJS.I18n.getText('productops.board.to'), el('input', {type: 'date', className: 'text'}), 'productops-board-date'),
                el('div', {className: 'productops-board-toolbar-actions'}, [
                    el('button', {type: 'submit', className: 'aui-button aui-button-primary', text: AJS.I18n.getText('productops.board.show')}),
                    el('select', {className: 'select productops-board-saved', id: 'productops-board-saved',
                        'aria-label': AJS.I18n.getText('productops.board.saved')}),
                    el('a', {id: 'productops-board-export', className: 'aui-button', href: '#', download: true}, [
                        el('span', {className: 'aui-icon aui-icon-small aui-iconfont-download', 'aria-hidden': 'true'}),
                        ' ', AJS.I18n.getText('productops.board.export')])
                ])
            ]),
            el('div', {className: 'productops-board-save'}, [
                el('label', {for: 'productops-board-save-name', className: 'assistive', text: AJS.I18n.getText('productops.board.save.name')}),
                el('input', {type: 'text', className: 'text productops-board-save-name', id: 'productops-board-save-name', maxlength: '60',
                    placeholder: AJS.I18n.getText('productops.board.save.name')}),
                el('button', {type: 'button', className: 'aui-button', id: 'productops-board-save', text: AJS.I18n.getText('productops.board.save')}),
                el('span', {className: 'productops-board-save-message', 'aria-live': 'polite'})
            ]),
            el('fieldset', {className: 'productops-board-filters'}, [
                el('legend', {className: 'productops-board-filters-legend', text: AJS.I18n.getText('productops.board.filters')}),
                checkbox('productops-board-problems-only', AJS.I18n.getText('productops.board.filter.problems')),
                checkbox('productops-board-cross-team', AJS.I18n.getText('productops.board.filter.crossTeam')),
                field('productops-board-team', AJS.I18n.getText('productops.board.filter.team'),
                    el('select', {className: 'select'}), 'productops-board-team-field')
            ])
        ]);
    }

    function chip(key) {
        return el('li', {className: 'productops-board-chip', 'data-project': key}, [
            el('span', {text: key}),
            el('button', {type: 'button', className: 'productops-board-chip-remove', 'data-project': key,
                'aria-label': AJS.I18n.getText('productops.board.projects.remove', key)}, [
                el('span', {className: 'aui-icon aui-icon-small aui-iconfont-cross', 'aria-hidden': 'true'})])
        ]);
    }

    function teamOptions() {
        const lanes = page.data ? page.data.lanes : page.view.projects.map((key) => ({projectKey: key, name: key}));
        const keys = lanes.map((lane) => lane.projectKey);
        if (page.view.team && keys.indexOf(page.view.team) < 0) {
            lanes.push({projectKey: page.view.team, name: page.view.team});
        }
        return [el('option', {value: '', text: AJS.I18n.getText('productops.board.filter.team.all')})].concat(lanes.map((lane) =>
            el('option', {value: lane.projectKey, text: lane.name === lane.projectKey ? lane.projectKey : lane.name + ' (' + lane.projectKey + ')',
                selected: lane.projectKey === page.view.team})));
    }

    /** Puts the view into the controls (after loading from the URL and after every change). */
    function syncToolbar() {
        const parts = page.parts;
        const view = page.view;
        board.dom.replaceChildren(parts.chips, view.projects.map(chip));
        parts.columns.value = view.columns;
        parts.from.value = view.from;
        parts.to.value = view.to;
        parts.problemsOnly.checked = view.problemsOnly;
        parts.crossTeam.checked = view.crossTeamOnly;
        board.dom.replaceChildren(parts.team, teamOptions());
        parts.team.value = view.team;
        parts.exportLink.href = view.projects.length ? board.api.exportUrl(view) : '#';
        parts.exportLink.setAttribute('aria-disabled', String(!view.projects.length));
        parts.exportLink.classList.toggle('is-disabled', !view.projects.length);
    }

    function bindToolbar(form) {
        const parts = page.parts;
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            const added = views.keys(parts.projectInput.value).filter((key) => page.view.projects.indexOf(key) < 0);
            parts.projectInput.value = '';
            changeView({projects: page.view.projects.concat(added), from: parts.from.value, to: parts.to.value}, true);
        });
        parts.chips.addEventListener('click', (event) => {
            const remove = event.target.closest('.productops-board-chip-remove');
            if (remove) {
                const key = remove.getAttribute('data-project');
                changeView({projects: page.view.projects.filter((p) => p !== key), team: page.view.team === key ? '' : page.view.team}, true);
                parts.projectInput.focus();
            }
        });
        parts.projectInput.addEventListener('keydown', (event) => {
            if (event.key === 'Backspace' && !parts.projectInput.value && page.view.projects.length) {
                changeView({projects: page.view.projects.slice(0, -1)}, true);
            }
        });
        parts.columns.addEventListener('change', () => changeView({columns: parts.columns.value}, true));
        parts.from.addEventListener('change', () => changeView({from: parts.from.value}, true));
        parts.to.addEventListener('change', () => changeView({to: parts.to.value}, true));
        // Filters are the server's (one model for the board, its counts, the export and a shared link): reload.
        parts.problemsOnly.addEventListener('change', () => changeView({problemsOnly: parts.problemsOnly.checked}, true));
        parts.crossTeam.addEventListener('change', () => changeView({crossTeamOnly: parts.crossTeam.checked}, true));
        parts.team.addEventListener('change', () => changeView({team: parts.team.value}, true));
        parts.saved.addEventListener('change', () => {
            if (parts.saved.value) {
                window.location.assign(window.location.pathname + parts.saved.value);
            }
        });
        form.querySelector('#productops-board-save').addEventListener('click', async () => {
            const name = form.querySelector('#productops-board-save-name').value.trim();
            const message = form.querySelector('.productops-board-save-message');
            try {
                showSaved(await board.api.saveView(name, views.viewQuery(page.view)));
                message.textContent = AJS.I18n.getText('productops.board.save.done', name);
            } catch (error) {
                message.textContent = (error.allMessages ? error.allMessages() : [String(error)]).join(' ');
            }
        });
        parts.exportLink.addEventListener('click', (event) => {
            if (!page.view.projects.length) {
                event.preventDefault();
            }
        });
    }

    // ---- Loading ------------------------------------------------------------------------------------------

    function showState(content) {
        page.parts.layout.hidden = true;
        page.parts.summary.hidden = true;
        page.parts.focusBar.hidden = true;
        board.dom.replaceChildren(page.parts.status, content);
    }

    function emptyState() {
        return el('div', {className: 'productops-board-empty'}, [
            el('span', {className: 'aui-icon aui-icon-large aui-iconfont-devtools-task-in-progress', 'aria-hidden': 'true'}),
            el('h2', {text: AJS.I18n.getText('productops.board.empty.title')}),
            el('p', {text: AJS.I18n.getText('productops.board.empty.text')})
        ]);
    }

    async function load() {
        const loadNumber = ++page.loadCount;
        page.selection = null;
        if (!page.view.projects.length) {
            page.data = null;
            showState(emptyState());
            page.parts.projectInput.focus();
            return;
        }
        showState(board.dom.loading(AJS.I18n.getText('productops.board.loading')));
        try {
            const data = await board.api.getBoard(page.view);
            views.learnStates(data.states);
            if (loadNumber === page.loadCount) {
                page.data = data;
                syncToolbar();
                render();
                board.api.rememberLast(views.viewQuery(page.view)).catch(() => null);
            }
        } catch (error) {
            if (loadNumber === page.loadCount) {
                page.data = null;
                showState(el('div', {className: 'productops-board-error'}, [board.dom.message('error',
                    error.allMessages ? error.allMessages() : [String(error)], AJS.I18n.getText('productops.board.error.title'))]));
            }
        }
    }

    // ---- Summary: totals by state, bundling, critical path ----------------------------------------------------

    /**
     * The totals by state are filters: pressing one shows only that state (pressing it again shows all). Each counts
     * what the other filters leave, so it shows what pressing it gives. The accessible name starts with the visible
     * count and state, as the button reads.
     */
    function totals(data) {
        return el('ul', {className: 'productops-board-totals', 'aria-label': AJS.I18n.getText('productops.board.totals')},
            views.STATES.map((state) => {
                const pressed = page.view.states.indexOf(state) >= 0;
                return el('li', {className: 'productops-board-total productops-board-state-' + state, 'data-state': state}, [
                    el('button', {type: 'button', className: 'productops-board-total-filter' + (pressed ? ' is-active' : ''),
                        'data-state': state, 'aria-pressed': String(pressed)}, [
                        el('span', {className: 'productops-board-swatch', 'aria-hidden': 'true'}),
                        el('strong', {className: 'productops-board-total-count', text: board.dom.count(data.totals[state] || 0)}),
                        ' ', dependencyUi.stateLabel(state)])
                ]);
            }).concat(data.cycles.length ? [el('li', {className: 'productops-board-total productops-board-total-cycles'}, [
                el('span', {className: 'aui-icon aui-icon-small aui-iconfont-refresh', 'aria-hidden': 'true'}),
                el('strong', {text: board.dom.count(data.cycles.length)}), ' ',
                data.cycles.length === 1 ? AJS.I18n.getText('productops.board.cycle.one') : AJS.I18n.getText('productops.board.cycle.many')
            ])] : []));
    }

    /** A drill-down's reason filter ("in cycles", "stale"), with a way out. */
    function reasonFilter() {
        if (!page.view.reason) {
            return null;
        }
        const label = page.view.reason === 'IN_CYCLE' ? AJS.I18n.getText('productops.board.filter.reason.IN_CYCLE')
            : page.view.reason === 'BLOCKER_STALE' ? AJS.I18n.getText('productops.board.filter.reason.BLOCKER_STALE') : page.view.reason;
        return el('p', {id: 'productops-board-reason-filter', className: 'productops-board-reason-filter'}, [
            AJS.I18n.getText('productops.board.filter.reason', label), ' ',
            el('button', {type: 'button', className: 'aui-button aui-button-link productops-board-reason-clear',
                text: AJS.I18n.getText('productops.board.filter.reason.clear')})]);
    }

    /** Projects of a shared link this viewer cannot see: named, not an error. */
    function leftOutNote(data) {
        if (!data.leftOut || !data.leftOut.length) {
            return null;
        }
        return el('div', {id: 'productops-board-left-out', className: 'productops-board-left-out'}, [
            board.dom.message('warning', AJS.I18n.getText('productops.board.leftOut', data.leftOut.join(', ')))]);
    }

    function summaryActions(selection) {
        const view = page.view;
        const quiet = selection.quiet;
        const actions = [el('span', {id: 'productops-board-showing', className: 'productops-board-showing',
            text: AJS.I18n.getText('productops.board.showing', board.dom.count(selection.shown.length), board.dom.count(selection.total))})];
        if (selection.bundleable) {
            actions.push(el('button', {type: 'button', id: 'productops-board-bundle', className: 'aui-button aui-button-link',
                'aria-pressed': String(view.showQuiet),
                text: view.showQuiet ? AJS.I18n.getText('productops.board.bundle.hide')
                    : quiet === 1 ? AJS.I18n.getText('productops.board.bundle.show.one') : AJS.I18n.getText('productops.board.bundle.show', board.dom.count(quiet))}));
        }
        // A "path" of one issue is no chain of dependencies: nothing to highlight.
        if (page.data.criticalPath.length > 1) {
            actions.push(el('button', {type: 'button', id: 'productops-board-critical', className: 'aui-button' + (view.criticalPath ? ' is-active' : ''),
                'aria-pressed': String(view.criticalPath),
                text: AJS.I18n.getText('productops.board.critical', board.dom.count(page.data.criticalPath.length))}));
        }
        const summary = el('div', {className: 'productops-board-summary-actions'}, actions);
        if (view.criticalPath && page.data.criticalPath.length > 1) {
            // The path, listed: each key scrolls its card into view.
            return [summary, el('ol', {id: 'productops-board-critical-list', className: 'productops-board-critical-list',
                'aria-label': AJS.I18n.getText('productops.board.critical.list')},
            page.data.criticalPath.map((key) => el('li', {}, [el('button', {type: 'button', className: 'aui-button aui-button-link productops-board-critical-step',
                'data-issue-key': key, text: key})])))];
        }
        return summary;
    }

    /** Brings a card into the board's scroll area, clear of the sticky headers. */
    function scrollToCard(key) {
        const card = page.cards && page.cards.get(key);
        if (card && card.isConnected) {
            card.scrollIntoView({block: 'nearest', inline: 'nearest'});
        }
    }

    // ---- The board: lanes × columns, cards, arrows -------------------------------------------------------

    function columnHeader(column) {
        const dates = column.start && column.end ? formatDay(column.start) + ' – ' + formatDay(column.end) : '';
        return el('div', {className: 'productops-board-column-header', role: 'columnheader', 'data-column': column.id}, [
            el('span', {className: 'productops-board-column-name', text: column.name}),
            dates ? el('span', {className: 'productops-board-column-dates', text: dates}) : null
        ]);
    }

    function formatDay(isoDay) {
        const date = new Date(isoDay + 'T00:00:00');
        return isNaN(date.getTime()) ? isoDay : date.toLocaleDateString(undefined, {month: 'short', day: 'numeric'});
    }

    function laneHeader(lane, collapsed) {
        return el('div', {className: 'productops-board-lane-header', role: 'rowheader'}, [
            el('button', {type: 'button', className: 'productops-board-lane-toggle', 'data-lane': lane.id, 'aria-expanded': String(!collapsed),
                'aria-label': collapsed ? AJS.I18n.getText('productops.board.lane.expand', lane.name)
                    : AJS.I18n.getText('productops.board.lane.collapse', lane.name)}, [
                el('span', {className: 'aui-icon aui-icon-small ' + (collapsed ? 'aui-iconfont-chevron-right' : 'aui-iconfont-chevron-down'), 'aria-hidden': 'true'})
            ]),
            el('div', {className: 'productops-board-lane-title'}, [
                el('span', {className: 'productops-board-lane-name', text: lane.name}),
                lane.other ? el('span', {className: 'productops-board-lane-key', text: AJS.I18n.getText('productops.board.lane.other.hint')})
                    : el('span', {className: 'productops-board-lane-key', text: lane.key}),
                el('span', {className: 'productops-board-lane-counts'}, [
                    issueCount(lane.cards),
                    lane.problems ? el('span', {className: 'aui-lozenge aui-lozenge-subtle aui-lozenge-error productops-board-lane-problems',
                        text: problemCount(lane.problems)}) : null
                ])
            ])
        ]);
    }

    // One key per plural form: the jsI18n transformer needs literal keys, and AJS.format has no choice format.
    function issueCount(n) {
        return n === 1 ? AJS.I18n.getText('productops.board.lane.cards.one') : AJS.I18n.getText('productops.board.lane.cards', board.dom.count(n));
    }

    function problemCount(n) {
        return n === 1 ? AJS.I18n.getText('productops.board.lane.problems.one') : AJS.I18n.getText('productops.board.lane.problems', board.dom.count(n));
    }

    function statusLozenge(card) {
        const kind = {indeterminate: 'current', done: 'success'}[card.statusCategory] || 'default';
        return el('span', {className: 'aui-lozenge aui-lozenge-subtle aui-lozenge-' + kind + ' productops-board-status', text: card.status});
    }

    function cardElement(entry, dependencyCount) {
        const card = entry.card;
        const focused = page.view.focus === card.issueKey;
        return el('article', {className: 'productops-board-card productops-board-worst-' + entry.worst + (card.statusCategory === 'done' ? ' is-done' : ''),
            'data-issue-key': card.issueKey, 'aria-label': card.issueKey}, [
            el('div', {className: 'productops-board-card-top'}, [
                el('a', {className: 'productops-board-card-key', href: board.dom.issueUrl(card.issueKey), text: card.issueKey, tabindex: '-1'}),
                statusLozenge(card)
            ]),
            el('p', {className: 'productops-board-card-summary', title: card.summary, text: card.summary}),
            el('div', {className: 'productops-board-card-foot'}, [
                el('span', {className: 'productops-board-card-assignee' + (card.assignee ? '' : ' is-unassigned'),
                    text: card.assignee || AJS.I18n.getText('productops.board.card.unassigned')}),
                el('button', {type: 'button', className: 'productops-board-card-focus', 'data-issue-key': card.issueKey,
                    'aria-pressed': String(focused), title: AJS.I18n.getText('productops.board.card.focus', card.issueKey),
                    'aria-label': AJS.I18n.getText('productops.board.card.focus.count', dependencyCount, card.issueKey), tabindex: '-1'}, [
                    el('span', {className: 'aui-icon aui-icon-small aui-iconfont-link', 'aria-hidden': 'true'}),
                    el('span', {text: board.dom.count(dependencyCount)})
                ])
            ])
        ]);
    }

    function collapsedCell(entries) {
        if (!entries.length) {
            return [];
        }
        const problems = entries.filter((entry) => views.isProblem(entry.worst)).length;
        return [el('span', {className: 'productops-board-cell-count', text: issueCount(entries.length)}),
            problems ? el('span', {className: 'aui-lozenge aui-lozenge-subtle aui-lozenge-error', text: problemCount(problems)}) : null];
    }

    /**
     * The board skeleton (headers and empty cells) is built at once; the cards go in afterwards, a few cells per
     * animation frame, and the arrows are drawn when the last card is in.
     */
    function boardGrid(data, layout, shownDependencies) {
        const grid = el('div', {className: 'productops-board-grid', id: 'productops-board-grid', role: 'table', tabindex: '-1',
            'aria-label': AJS.I18n.getText('productops.board.title'), 'aria-describedby': 'productops-board-grid-keys',
            style: '--productops-board-columns: ' + data.columns.length});
        grid.append(el('div', {className: 'productops-board-row productops-board-header-row', role: 'row'}, [
            el('div', {className: 'productops-board-corner', role: 'columnheader'}, [AJS.I18n.getText('productops.board.lane.header'),
                el('span', {id: 'productops-board-grid-keys', className: 'assistive', text: AJS.I18n.getText('productops.board.grid.keys')})])
        ].concat(data.columns.map(columnHeader))));
        const jobs = [];
        page.cellNames = new Map();
        page.laneNames = new Map();
        views.lanes(data, {otherTeams: AJS.I18n.getText('productops.board.lane.other')}).forEach((lane) => {
            const collapsed = page.view.collapsed.indexOf(lane.id) >= 0;
            page.laneNames.set(lane.id, lane.name);
            const row = el('div', {className: 'productops-board-row productops-board-lane' + (collapsed ? ' is-collapsed' : '') + (lane.other ? ' is-other' : ''),
                role: 'row', 'data-lane': lane.id}, [laneHeader(lane, collapsed)]);
            data.columns.forEach((column) => {
                const cellKey = lane.id + '|' + column.id;
                page.cellNames.set(cellKey, AJS.I18n.getText('productops.board.cell.name', lane.name, column.name));
                const cell = el('div', {className: 'productops-board-cell', role: 'cell', 'data-cell': cellKey});
                row.append(cell);
                const entries = layout.get(cellKey) || [];
                if (collapsed) {
                    board.dom.replaceChildren(cell, collapsedCell(entries));
                } else if (entries.length) {
                    jobs.push({cell, cellKey, entries});
                }
            });
            grid.append(row);
        });
        return {grid, jobs, shownDependencies};
    }

    function fillCell(job, dependencyCounts, cards) {
        const expanded = page.expandedCells.has(job.cellKey);
        const visible = expanded ? job.entries : job.entries.slice(0, CELL_LIMIT);
        const fragment = document.createDocumentFragment();
        visible.forEach((entry) => {
            const element = cardElement(entry, dependencyCounts.get(entry.card.issueKey) || 0);
            cards.set(entry.card.issueKey, element);
            fragment.append(element);
        });
        const hidden = job.entries.slice(visible.length);
        if (hidden.length > 0) {
            const more = el('button', {type: 'button', className: 'aui-button aui-button-link productops-board-cell-more',
                'data-cell': job.cellKey, text: AJS.I18n.getText('productops.board.cell.more', board.dom.count(hidden.length))});
            // Arrows of the cards behind "+N more" end there, so that no drawn dependency loses its arrow.
            hidden.forEach((entry) => cards.set(entry.card.issueKey, more));
            fragment.append(more);
        }
        job.cell.append(fragment);
    }

    function dependencyCounts(data) {
        const counts = new Map();
        data.dependencies.forEach((d) => {
            counts.set(d.from, (counts.get(d.from) || 0) + 1);
            counts.set(d.to, (counts.get(d.to) || 0) + 1);
        });
        return counts;
    }

    /** Fills the cells frame by frame; resolves when the board is complete (or false when a newer render began). */
    function fillCells(jobs, renderNumber, counts, cards) {
        return new Promise((resolve) => {
            let next = 0;
            function step() {
                if (renderNumber !== page.renderCount) {
                    resolve(false);
                    return;
                }
                const started = window.performance.now();
                while (next < jobs.length && window.performance.now() - started < FRAME_BUDGET_MS) {
                    fillCell(jobs[next++], counts, cards);
                }
                if (next < jobs.length) {
                    window.requestAnimationFrame(step);
                } else {
                    resolve(true);
                }
            }
            step();
        });
    }

    // ---- Problems, worst first ------------------------------------------------------------------------------

    /**
     * Edit buttons per problem: a cycle in real data can hold thousands of links, and one button each held the
     * page for a second (measured on a 5,000-card board); its arrows and cards still show them all.
     */
    const EDITS_PER_PROBLEM = 12;

    function problemItem(problem, index) {
        const selected = page.selection && page.selection.index === index;
        const head = problem.kind === 'cycle'
            ? [el('span', {className: 'aui-lozenge productops-board-lozenge productops-board-state-cycle', text: AJS.I18n.getText('productops.board.problem.cycle')}),
                el('span', {className: 'productops-board-problem-title', text: views.cycleOrder(problem).join(' → ')})]
            : [dependencyUi.stateLozenge(problem.state), el('span', {className: 'productops-board-problem-title', text: dependencyUi.title(problem.dependencies[0])})];
        const reasons = problem.kind === 'cycle'
            ? el('p', {className: 'productops-board-problem-reason', text: cycleReason(problem)})
            : dependencyUi.reasonList(problem.dependencies[0]);
        return el('li', {className: 'productops-board-problem' + (selected ? ' is-selected' : ''), 'data-problem': String(index),
            'data-kind': problem.kind, 'data-state': problem.state, 'data-members': problem.members.join(',')}, [
            el('button', {type: 'button', className: 'productops-board-problem-show', 'data-problem': String(index), 'aria-pressed': String(!!selected)}, head),
            reasons,
            el('div', {className: 'productops-board-problem-actions'}, problem.dependencies.slice(0, EDITS_PER_PROBLEM).map((d) =>
                el('button', {type: 'button', className: 'aui-button aui-button-link productops-board-problem-edit', 'data-link-id': String(d.linkId),
                    text: problem.kind === 'cycle' ? AJS.I18n.getText('productops.board.problem.editLink', dependencyUi.title(d))
                        : AJS.I18n.getText('productops.board.problem.edit')})).concat(
                problem.dependencies.length > EDITS_PER_PROBLEM
                    ? [el('span', {className: 'productops-board-muted',
                        text: AJS.I18n.getText('productops.board.problem.moreLinks', board.dom.count(problem.dependencies.length - EDITS_PER_PROBLEM))})]
                    : []))
        ]);
    }

    function cycleReason(problem) {
        const withReason = problem.dependencies.map((d) => d.reasons.find((r) => r.code === 'IN_CYCLE')).find(Boolean);
        return withReason ? dependencyUi.reasonText(withReason) : AJS.I18n.getText('productops.board.problem.cycle.reason', problem.members.length);
    }

    function problemsList(problems) {
        const shown = page.showAllProblems ? problems : problems.slice(0, PROBLEM_LIMIT);
        const content = [el('h2', {id: 'productops-board-problems-title', tabindex: '-1'}, [
            AJS.I18n.getText('productops.board.problems'), ' ',
            el('span', {className: 'aui-badge productops-board-problems-count', text: board.dom.count(problems.length)})])];
        if (!problems.length) {
            content.push(el('p', {className: 'productops-board-muted productops-board-problems-none', text: AJS.I18n.getText('productops.board.problems.none')}));
        } else {
            content.push(el('ol', {className: 'productops-board-problem-list'}, shown.map(problemItem)));
        }
        if (shown.length < problems.length) {
            content.push(el('button', {type: 'button', className: 'aui-button aui-button-link productops-board-problems-all',
                text: AJS.I18n.getText('productops.board.problems.all', board.dom.count(problems.length))}));
        }
        return content;
    }

    // ---- The focused issue: its dependencies as a list (the keyboard's way to every arrow of a card) ----------

    function focusBar(data) {
        const key = page.view.focus;
        const card = data.cards.find((c) => c.issueKey === key);
        if (!card) {
            return [];
        }
        const own = data.dependencies.filter((d) => d.from === key || d.to === key);
        return [
            el('div', {className: 'productops-board-focus-head'}, [
                el('strong', {text: AJS.I18n.getText('productops.board.focus.title', key)}),
                el('span', {className: 'productops-board-muted', text: card.summary}),
                el('button', {type: 'button', className: 'aui-button aui-button-link productops-board-focus-clear', text: AJS.I18n.getText('productops.board.focus.clear')})
            ]),
            el('ul', {className: 'productops-board-focus-list'}, own.map((d) => el('li', {}, [
                el('button', {type: 'button', className: 'productops-board-focus-dependency', 'data-link-id': String(d.linkId),
                    'aria-label': dependencyUi.describe(d)}, [dependencyUi.stateLozenge(d.state), ' ', dependencyUi.title(d)])
            ])))
        ];
    }

    // ---- Rendering and emphasis -----------------------------------------------------------------------------

    async function render() {
        const renderNumber = ++page.renderCount;
        const data = page.data;
        const parts = page.parts;
        if (!data) {
            return false;
        }
        page.popover.close();
        board.dom.replaceChildren(parts.status, []);
        const selection = views.selectDependencies(data, page.view);
        page.shown = selection.shown;
        parts.summary.hidden = false;
        board.dom.replaceChildren(parts.summary, [leftOutNote(data), reasonFilter(), totals(data)].concat(summaryActions(selection)));
        board.dom.replaceChildren(parts.problems, problemsList(views.problems(data, page.view)));
        parts.focusBar.hidden = !page.view.focus;
        board.dom.replaceChildren(parts.focusBar, page.view.focus ? focusBar(data) : []);
        parts.layout.hidden = false;
        if (!data.dependencies.length) {
            board.dom.replaceChildren(parts.boardArea, board.dom.message('info', AJS.I18n.getText('productops.board.none.text'),
                AJS.I18n.getText('productops.board.none.title')));
            restoreFocus();
            return true;
        }
        const built = boardGrid(data, views.layOutCards(data, selection.shown, page.view), selection.shown);
        // The canvas holds the grid and, beside it, the arrows' layer.
        board.dom.replaceChildren(parts.boardArea, el('div', {className: 'productops-board-canvas'}, [built.grid]));
        if (page.arrows) {
            page.arrows.dispose();
        }
        page.arrows = board.arrows.create(built.grid, {label: AJS.I18n.getText('productops.board.arrows'),
            describe: dependencyUi.describe, describeBundle, on: arrowEvent, drawn: (arrows) => arrowsDrawn(built.grid, arrows),
            expanded: page.expandedBundles, apart: drawnApart});
        page.cards = new Map();
        page.cardsComplete = false;
        const complete = await fillCells(built.jobs, renderNumber, dependencyCounts(data), page.cards);
        if (complete) {
            page.cardsComplete = true;
            roving(built.grid);
            page.arrows.show(selection.shown, page.cards);
            restoreFocus();
            if (page.scrollToCritical && data.criticalPath.length) {
                page.scrollToCritical = false;
                scrollToCard(data.criticalPath[0]);
            }
        }
        return complete;
    }

    // ---- Keyboard: one Tab stop for the whole grid, arrow keys inside it --------------------------------------

    const ROVING = '.productops-board-card-key, .productops-board-card-focus, .productops-board-cell-more';

    /** The grid's cards take one Tab stop (the last one used, else the first); arrow keys move between them. */
    function roving(grid) {
        const items = grid.querySelectorAll(ROVING);
        if (!items.length) {
            return;
        }
        const current = page.rovingKey ? grid.querySelector('.productops-board-card[data-issue-key="' + CSS.escape(page.rovingKey) + '"] .productops-board-card-key') : null;
        items.forEach((item) => item.setAttribute('tabindex', '-1'));
        (current || items[0]).setAttribute('tabindex', '0');
    }

    function rovingTo(item) {
        const grid = item.closest('.productops-board-grid');
        grid.querySelectorAll(ROVING).forEach((other) => other.setAttribute('tabindex', other === item ? '0' : '-1'));
        const card = item.closest('.productops-board-card');
        page.rovingKey = card ? card.getAttribute('data-issue-key') : null;
    }

    function rovingKeys(event) {
        const item = event.target.closest && event.target.closest(ROVING);
        const moves = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1};
        if (!item || !(event.key in moves || event.key === 'Home' || event.key === 'End')) {
            return;
        }
        const items = Array.from(item.closest('.productops-board-grid').querySelectorAll(ROVING)).filter((node) => node.getClientRects().length);
        const at = items.indexOf(item);
        const next = event.key === 'Home' ? items[0] : event.key === 'End' ? items[items.length - 1] : items[at + moves[event.key]];
        if (next) {
            event.preventDefault();
            rovingTo(next);
            next.focus();
        }
    }

    /**
     * A redraw replaces the control that asked for it: focus goes back to its new copy (or the first new element it
     * names), never to the page's body, so keyboard and screen-reader users stay where they were. Called once the
     * whole board is rebuilt, so that it never finds the old copy.
     */
    function restoreFocus() {
        if (!page.restoreFocus) {
            return;
        }
        const target = typeof page.restoreFocus === 'function' ? page.restoreFocus() : page.parts.root.querySelector(page.restoreFocus);
        if (target) {
            page.restoreFocus = null;
            target.focus();
        }
    }

    /** data-ready tells the page's tests (and anyone scripting the board) that cards and arrows are all in. */
    function arrowsDrawn(grid, arrows) {
        emphasise(arrows);
        if (page.cardsComplete) {
            grid.setAttribute('data-arrows', String(arrows.size));
            grid.setAttribute('data-bundles', String(page.arrows.bundles()));
            grid.setAttribute('data-ready', 'true');
        }
    }

    /** "7 dependencies from Payments, Sprint 23 to Checkout, Sprint 24" (or to a whole team, for a bundle into a lane). */
    function describeBundle(group, count, open) {
        const name = (cell, lane) => (cell ? page.cellNames.get(cell) || cell : page.laneNames.get(lane) || lane);
        const from = name(group.fromCell, group.fromLane);
        const to = name(group.toCell, group.toLane);
        return open ? AJS.I18n.getText('productops.board.bundle.open', board.dom.count(count), from, to)
            : AJS.I18n.getText('productops.board.bundle', board.dom.count(count), from, to);
    }

    /** The issues and links to stand out: the chosen problem, the focused issue and the critical path. */
    function emphasis() {
        const data = page.data;
        const cards = new Set();
        const links = new Set();
        if (page.selection) {
            page.selection.members.forEach((key) => cards.add(key));
            page.selection.linkIds.forEach((id) => links.add(String(id)));
        }
        if (page.view.focus) {
            cards.add(page.view.focus);
            data.dependencies.filter((d) => d.from === page.view.focus || d.to === page.view.focus).forEach((d) => {
                cards.add(d.from);
                cards.add(d.to);
                links.add(String(d.linkId));
            });
        }
        const critical = page.view.criticalPath ? new Set(data.criticalPath) : new Set();
        const criticalLinks = page.view.criticalPath ? views.criticalLinks(data) : new Set();
        return {cards, links, critical, criticalLinks};
    }

    /** What the user asked to see is drawn arrow by arrow, never inside a bundle. */
    function drawnApart() {
        const shown = emphasis();
        return (d) => shown.links.has(String(d.linkId)) || shown.criticalLinks.has(d.from + '>' + d.to);
    }

    function emphasise(arrows) {
        const {cards, links, critical, criticalLinks} = emphasis();
        const grid = page.parts.boardArea.querySelector('.productops-board-grid');
        if (!grid) {
            return;
        }
        [grid, grid.parentElement].forEach((node) => {
            node.classList.toggle('has-emphasis', cards.size > 0);
            node.classList.toggle('shows-critical-path', critical.size > 1);
        });
        page.cards.forEach((element, key) => {
            if (element.getAttribute('data-issue-key') !== key) {
                return; // a "+N more" standing in for cards not drawn
            }
            element.classList.toggle('is-emphasised', cards.has(key));
            element.classList.toggle('is-critical', critical.has(key));
        });
        arrows.forEach((arrow, linkId) => {
            arrow.classList.toggle('is-emphasised', links.has(linkId));
            arrow.classList.toggle('is-critical', criticalLinks.has(arrow.getAttribute('data-from') + '>' + arrow.getAttribute('data-to')));
        });
    }

    /** Makes sure a problem's cards are drawn (lanes open, cells expanded), then highlights them and scrolls there. */
    async function selectProblem(index) {
        const problems = views.problems(page.data, page.view);
        const problem = problems[index];
        if (!problem || (page.selection && page.selection.index === index)) {
            page.selection = null;
            await render();
            return;
        }
        page.selection = {index, members: problem.members, linkIds: problem.dependencies.map((d) => d.linkId)};
        const lanesToOpen = new Set();
        problem.members.forEach((key) => {
            const card = page.data.cards.find((c) => c.issueKey === key);
            if (card) {
                lanesToOpen.add(views.laneOf(card));
                page.expandedCells.add(views.laneOf(card) + '|' + card.column);
            }
        });
        const collapsed = page.view.collapsed.filter((key) => !lanesToOpen.has(key));
        if (collapsed.length !== page.view.collapsed.length) {
            Object.assign(page.view, {collapsed});
            window.history.replaceState(null, '', window.location.pathname + views.viewQuery(page.view));
        }
        if (await render()) {
            const first = page.cards.get(problem.members[0]);
            if (first) {
                first.scrollIntoView({block: 'center', inline: 'center'});
            }
            const again = page.parts.problems.querySelector('.productops-board-problem-show[data-problem="' + index + '"]');
            if (again) {
                again.focus({preventScroll: true});
            }
        }
    }

    // ---- Dependency details (arrows, problems, the focused issue's list) -----------------------------------

    function findDependency(linkId) {
        return page.data.dependencies.find((d) => String(d.linkId) === String(linkId));
    }

    function anchorBelow(element) {
        const r = element.getBoundingClientRect();
        return {x: r.left + r.width / 2 + window.scrollX, y: r.bottom + window.scrollY};
    }

    function arrowEvent(name, dependency, target, event) {
        const popover = page.popover;
        if (name === 'enter') {
            popover.preview(dependency, {x: event.pageX, y: event.pageY});
        } else if (name === 'leave') {
            popover.leave();
        } else if (name === 'focus') {
            popover.preview(dependency, board.arrows.middleOf(target));
        } else if (name === 'blur') {
            if (!popover.isPinned()) {
                popover.close();
            }
        } else if (name === 'activate') {
            const anchor = event.type === 'click' ? {x: event.pageX, y: event.pageY} : board.arrows.middleOf(target);
            popover.open(dependency, anchor, target);
        }
    }

    function bindBoard() {
        const parts = page.parts;
        parts.boardArea.addEventListener('keydown', rovingKeys);
        parts.boardArea.addEventListener('focusin', (event) => {
            const item = event.target.closest && event.target.closest(ROVING);
            if (item) {
                rovingTo(item);
            }
        });
        parts.boardArea.addEventListener('click', (event) => {
            const toggle = event.target.closest('.productops-board-lane-toggle');
            const more = event.target.closest('.productops-board-cell-more');
            const focus = event.target.closest('.productops-board-card-focus');
            if (toggle) {
                toggleLane(toggle.getAttribute('data-lane'));
            } else if (more) {
                const cell = more.getAttribute('data-cell');
                page.expandedCells.add(cell);
                // The first card that was hidden behind "+N more".
                page.restoreFocus = () => {
                    const keys = page.parts.root.querySelectorAll('.productops-board-cell[data-cell="' + CSS.escape(cell) + '"] .productops-board-card-key');
                    return keys[Math.min(CELL_LIMIT, keys.length - 1)];
                };
                render();
            } else if (focus) {
                const key = focus.getAttribute('data-issue-key');
                page.restoreFocus = '.productops-board-card-focus[data-issue-key="' + CSS.escape(key) + '"]';
                changeView({focus: page.view.focus === key ? '' : key});
            }
        });
        parts.summary.addEventListener('click', (event) => {
            const stateFilter = event.target.closest('.productops-board-total-filter');
            if (stateFilter) {
                const state = stateFilter.getAttribute('data-state');
                page.restoreFocus = '.productops-board-total-filter[data-state="' + state + '"]';
                changeView({states: page.view.states.indexOf(state) >= 0 ? [] : [state]}, true);
            } else if (event.target.closest('.productops-board-reason-clear')) {
                page.restoreFocus = '.productops-board-total-filter';
                changeView({reason: '', states: []}, true);
            } else if (event.target.closest('#productops-board-bundle')) {
                page.restoreFocus = '#productops-board-bundle';
                changeView({showQuiet: !page.view.showQuiet}, true);
            } else if (event.target.closest('#productops-board-critical')) {
                page.restoreFocus = '#productops-board-critical';
                page.scrollToCritical = !page.view.criticalPath;
                changeView({criticalPath: !page.view.criticalPath});
            } else if (event.target.closest('.productops-board-critical-step')) {
                scrollToCard(event.target.closest('.productops-board-critical-step').getAttribute('data-issue-key'));
            }
        });
        parts.problems.addEventListener('click', (event) => {
            const show = event.target.closest('.productops-board-problem-show');
            const editButton = event.target.closest('.productops-board-problem-edit');
            if (show) {
                selectProblem(Number(show.getAttribute('data-problem')));
            } else if (editButton) {
                page.popover.edit(findDependency(editButton.getAttribute('data-link-id')), anchorBelow(editButton), editButton);
            } else if (event.target.closest('.productops-board-problems-all')) {
                page.showAllProblems = true;
                render();
            }
        });
        parts.focusBar.addEventListener('click', (event) => {
            const item = event.target.closest('.productops-board-focus-dependency');
            if (item) {
                page.popover.open(findDependency(item.getAttribute('data-link-id')), anchorBelow(item), item);
            } else if (event.target.closest('.productops-board-focus-clear')) {
                changeView({focus: ''});
            }
        });
    }

    function toggleLane(laneId) {
        const collapsed = page.view.collapsed.indexOf(laneId) >= 0
            ? page.view.collapsed.filter((id) => id !== laneId) : page.view.collapsed.concat([laneId]);
        changeView({collapsed});
        const again = page.parts.boardArea.querySelector('.productops-board-lane-toggle[data-lane="' + CSS.escape(laneId) + '"]');
        if (again) {
            again.focus();
        }
    }

    // ---- Start ------------------------------------------------------------------------------------------------

    function skeleton(root) {
        const form = toolbar();
        const parts = page.parts;
        parts.chips = form.querySelector('.productops-board-chip-list');
        parts.projectInput = form.querySelector('#productops-board-project-input');
        parts.columns = form.querySelector('#productops-board-columns');
        parts.from = form.querySelector('#productops-board-from');
        parts.to = form.querySelector('#productops-board-to');
        parts.problemsOnly = form.querySelector('#productops-board-problems-only');
        parts.crossTeam = form.querySelector('#productops-board-cross-team');
        parts.team = form.querySelector('#productops-board-team');
        parts.exportLink = form.querySelector('#productops-board-export');
        parts.saved = form.querySelector('#productops-board-saved');
        parts.status = el('div', {className: 'productops-board-status', 'aria-live': 'polite'});
        parts.summary = el('div', {className: 'productops-board-summary', hidden: true});
        parts.focusBar = el('section', {className: 'productops-board-focus', hidden: true, 'aria-label': AJS.I18n.getText('productops.board.focus')});
        parts.boardArea = el('div', {className: 'productops-board-scroll'});
        parts.problems = el('aside', {className: 'productops-board-problems', 'aria-labelledby': 'productops-board-problems-title'});
        parts.layout = el('div', {className: 'productops-board-layout', hidden: true}, [parts.boardArea, parts.problems]);
        // Skip links: the problems list and the grid without tabbing through everything before them.
        const skips = el('nav', {className: 'productops-board-skips', 'aria-label': AJS.I18n.getText('productops.board.toolbar')}, [
            el('a', {href: '#productops-board-problems-title', className: 'productops-board-skip', 'data-skip': 'problems',
                text: AJS.I18n.getText('productops.board.skip.problems')}),
            el('a', {href: '#productops-board-grid', className: 'productops-board-skip', 'data-skip': 'grid',
                text: AJS.I18n.getText('productops.board.skip.grid')})]);
        skips.addEventListener('click', (event) => {
            const link = event.target.closest('.productops-board-skip');
            if (!link) {
                return;
            }
            event.preventDefault();
            const target = link.getAttribute('data-skip') === 'problems'
                ? root.querySelector('#productops-board-problems-title')
                : root.querySelector('.productops-board-grid [tabindex="0"]') || root.querySelector('.productops-board-grid');
            if (target) {
                target.focus();
            }
        });
        board.dom.replaceChildren(root, [skips, form, parts.status, parts.summary, parts.focusBar, parts.layout]);
        root.classList.add('productops-board');
        parts.root = root;
        bindToolbar(form);
        bindBoard();
    }

    function showSaved(remembered) {
        const options = [el('option', {value: '', text: AJS.I18n.getText('productops.board.saved')})]
            .concat((remembered.saved || []).map((saved) => el('option', {value: saved.view, text: saved.name})));
        board.dom.replaceChildren(page.parts.saved, options);
        page.parts.saved.hidden = !(remembered.saved || []).length;
    }

    /** Names for the team picker, from the projects the viewer may browse. */
    async function fillProjectPicker() {
        try {
            const projects = await board.api.projects();
            board.dom.replaceChildren(document.getElementById('productops-board-project-options'),
                projects.map((project) => el('option', {value: project.key, text: project.name + ' (' + project.key + ')'})));
        } catch (error) {
            // Without Jira's project list the field still takes keys.
        }
    }

    /**
     * Opened without teams (from the menu), the board shows the one this person opened last: Jira keeps it per user,
     * so it follows them to another browser. Every board opened with teams becomes the last one.
     */
    async function start() {
        const root = document.getElementById('productops-dependency-board');
        if (!root) {
            return;
        }
        page.view = views.readView(window.location.search);
        page.popover = dependencyUi.create({onSaved: () => load()});
        skeleton(root);
        let remembered = {saved: []};
        try {
            remembered = await board.api.getViews();
        } catch (error) {
            remembered = {saved: []};
        }
        showSaved(remembered);
        if (!page.view.projects.length && remembered.last) {
            window.history.replaceState(null, '', window.location.pathname + remembered.last);
            page.view = views.readView(remembered.last);
        }
        syncToolbar();
        fillProjectPicker();
        load();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document, window.AJS));
