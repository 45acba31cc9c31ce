/*
 * Product Ops for Jira: what the dependency board shows, without any DOM. The view (projects, columns, dates,
 * filters, the focused issue...) lives in the address bar so that a board can be shared by link; from the
 * view and the server's board this file works out which dependencies and cards are shown, which are bundled
 * away, and the list of problems worst first.
 */
(function () {
    'use strict';


    /**
     * Worst first, and the problems among them: the server's (RiskState in Java), learnt from each board answer
     * so that the page never disagrees with the API about which states exist or which ones are problems.
     */
    const STATES = [];
    const PROBLEM_STATES = [];
    /** Dependencies nobody needs to act on: above BUNDLE_ABOVE dependencies they are bundled until asked for. */
    const QUIET_STATES = ['ok', 'done'];
    const BUNDLE_ABOVE = 40;
    /**
     * At most this many dependencies are drawn before the user asks for more, worst first (the server sends them
     * sorted by severity): measured, 9,000 arrows on a 5,000-card board held the page for a second.
     */
    const MOST_DRAWN = 300;
    const COLUMN_MODES = ['sprint', 'month'];
    /** Out-of-scope cards (the other end lies in a project not on the board) share one lane. */
    const OTHER_TEAMS = 'other-teams';
    const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;

    // ---- The view and the address bar -------------------------------------------------------------------

    function keys(text) {
        const seen = [];
        String(text || '').split(/[\s,;]+/).map((key) => key.trim().toUpperCase()).forEach((key) => {
            if (PROJECT_KEY.test(key) && seen.indexOf(key) < 0) {
                seen.push(key);
            }
        });
        return seen;
    }

    /** Lane ids: project keys, and "other-teams" (which no project key can be). */
    function laneIds(text) {
        const ids = String(text || '').split(',').map((id) => id.trim());
        return keys(text).concat(ids.indexOf(OTHER_TEAMS) >= 0 ? [OTHER_TEAMS] : []);
    }

    function isoDate(text) {
        return /^\d{4}-\d{2}-\d{2}$/.test(text || '') ? text : '';
    }

    function readView(search) {
        const url = new URLSearchParams(search);
        const columns = url.get('columns');
        return {
            projects: keys(url.get('projects')),
            columns: COLUMN_MODES.indexOf(columns) >= 0 ? columns : 'sprint',
            from: isoDate(url.get('from')),
            to: isoDate(url.get('to')),
            problemsOnly: url.get('problems') === '1',
            crossTeamOnly: url.get('crossTeam') === '1',
            team: keys(url.get('team'))[0] || '',
            reason: /^[A-Z_]+$/.test(url.get('reason') || '') ? url.get('reason') : '',
            states: String(url.get('state') || '').split(',').map((id) => id.trim()).filter((id) => /^[a-z-]+$/.test(id)),
            focus: (url.get('focus') || '').trim().toUpperCase(),
            criticalPath: url.get('critical') === '1',
            showQuiet: url.get('all') === '1',
            collapsed: laneIds(url.get('collapsed'))
        };
    }

    /** The address bar's query for a view; defaults are left out so shared links stay short. */
    function viewQuery(view) {
        const params = {};
        const put = (name, value) => {
            if (value) {
                params[name] = value;
            }
        };
        put('projects', view.projects.join(','));
        put('columns', view.columns === 'sprint' ? '' : view.columns);
        put('from', view.from);
        put('to', view.to);
        put('problems', view.problemsOnly ? '1' : '');
        put('crossTeam', view.crossTeamOnly ? '1' : '');
        put('team', view.team);
        put('state', view.states.join(','));
        put('reason', view.reason);
        put('focus', view.focus);
        put('critical', view.criticalPath ? '1' : '');
        put('all', view.showQuiet ? '1' : '');
        put('collapsed', view.collapsed.join(','));
        const query = new URLSearchParams(params).toString();
        return query ? '?' + query : '';
    }

    // ---- What is shown ------------------------------------------------------------------------------------

    /** Takes the states from a board answer ({id, problem}, worst first). Kept in place: other modules hold these arrays. */
    function learnStates(states) {
        STATES.splice(0, STATES.length, ...states.map((state) => state.id));
        PROBLEM_STATES.splice(0, PROBLEM_STATES.length, ...states.filter((state) => state.problem).map((state) => state.id));
    }

    function isProblem(state) {
        return PROBLEM_STATES.indexOf(state) >= 0;
    }

    /** The lane a card is drawn in: its team, or "Other teams" when its project is not on the board. */
    function laneOf(card) {
        return card.outOfScope ? OTHER_TEAMS : card.lane;
    }

    function cardIndex(data) {
        const byKey = new Map();
        data.cards.forEach((card) => byKey.set(card.issueKey, card));
        return byKey;
    }

    /** Pairs of consecutive issues on the critical path, as "FROM>TO". */
    function criticalLinks(data) {
        const pairs = new Set();
        for (let i = 1; i < data.criticalPath.length; i++) {
            pairs.add(data.criticalPath[i - 1] + '>' + data.criticalPath[i]);
        }
        return pairs;
    }

    function onCriticalPath(dependency, pairs) {
        return pairs.has(dependency.from + '>' + dependency.to);
    }

    /** The filters of the toolbar (problems only, cross-team only, one team's in and out dependencies). */
    function matchesFilters(dependency, view, cards) {
        const from = cards.get(dependency.from);
        const to = cards.get(dependency.to);
        if (view.problemsOnly && !isProblem(dependency.state)) {
            return false;
        }
        if (view.crossTeamOnly && from.lane === to.lane) {
            return false;
        }
        return !view.team || from.lane === view.team || to.lane === view.team;
    }

    /**
     * Splits the board's dependencies into those drawn and those bundled behind "+N more": a large board first
     * shows what needs attention; ok and done ones join on demand. What the user singled out (the focused
     * issue, the critical path when highlighted) is always drawn.
     */
    function selectDependencies(data, view) {
        const cards = cardIndex(data);
        const critical = view.criticalPath ? criticalLinks(data) : new Set();
        const matching = data.dependencies.filter((d) => matchesFilters(d, view, cards));
        // The server leaves out the ok and done dependencies of a large board until asked (data.bundled of them).
        const bundling = !view.showQuiet && (data.matching || matching.length) > BUNDLE_ABOVE;
        const shown = [];
        const bundled = [];
        matching.forEach((d) => {
            const singledOut = d.from === view.focus || d.to === view.focus || onCriticalPath(d, critical);
            const quiet = QUIET_STATES.indexOf(d.state) >= 0;
            (bundling && !singledOut && (quiet || shown.length >= MOST_DRAWN) ? bundled : shown).push(d);
        });
        return {matching, shown, bundled, bundleable: (data.matching || matching.length) > BUNDLE_ABOVE,
            total: data.matching || matching.length, quiet: bundled.length + (data.bundled || 0)};
    }

    /** The cards of the drawn dependencies (and the focused issue), grouped lane → column → cards. */
    function layOutCards(data, shown, view) {
        const cards = cardIndex(data);
        const worst = new Map();
        shown.forEach((d) => {
            [d.from, d.to].forEach((key) => {
                const before = worst.get(key);
                if (before === undefined || STATES.indexOf(d.state) < STATES.indexOf(before)) {
                    worst.set(key, d.state);
                }
            });
        });
        if (view.focus && cards.has(view.focus) && !worst.has(view.focus)) {
            worst.set(view.focus, 'ok');
        }
        const cells = new Map();
        worst.forEach((state, key) => {
            const card = cards.get(key);
            const cellKey = laneOf(card) + '|' + card.column;
            if (!cells.has(cellKey)) {
                cells.set(cellKey, []);
            }
            cells.get(cellKey).push({card, worst: state});
        });
        // Worst first inside a cell, so that what needs attention stays above "+N more".
        cells.forEach((list) => list.sort((a, b) => STATES.indexOf(a.worst) - STATES.indexOf(b.worst)
            || compareKeys(a.card.issueKey, b.card.issueKey)));
        return cells;
    }

    /** PAY-7 before PAY-12: by project, then by number. */
    function compareKeys(a, b) {
        const [projectA, numberA] = a.split('-');
        const [projectB, numberB] = b.split('-');
        return projectA.localeCompare(projectB) || Number(numberA) - Number(numberB);
    }

    /** The lanes to draw: the chosen teams in the order given, then "Other teams" when any card is outside. */
    function lanes(data, labels) {
        const list = data.lanes.map((lane) => ({id: lane.projectKey, key: lane.projectKey, name: lane.name,
            cards: lane.cards, problems: lane.problems}));
        const outside = data.cards.filter((card) => card.outOfScope).length;
        if (outside > 0) {
            list.push({id: OTHER_TEAMS, key: '', name: labels.otherTeams, cards: outside, problems: null, other: true});
        }
        return list;
    }

    // ---- Problems, worst first ------------------------------------------------------------------------------

    function hasReason(dependency, code) {
        return dependency.reasons.some((reason) => reason.code === code);
    }

    /**
     * Cycles first (nothing in them can finish first), then conflicts, blocked and at-risk dependencies. A
     * dependency inside a cycle is listed with its cycle, not again on its own.
     */
    function problems(data, view) {
        const cards = cardIndex(data);
        const inTeam = (key) => !view.team || (cards.has(key) && cards.get(key).lane === view.team);
        const cycles = data.cycles.filter((members) => members.some(inTeam)).map((members) => {
            const inCycle = new Set(members);
            const dependencies = data.dependencies.filter((d) => inCycle.has(d.from) && inCycle.has(d.to)
                && hasReason(d, 'IN_CYCLE'));
            return {kind: 'cycle', members, dependencies, state: 'conflict'};
        });
        const cycleLinks = new Set();
        cycles.forEach((cycle) => cycle.dependencies.forEach((d) => cycleLinks.add(d.linkId)));
        const single = data.dependencies
            .filter((d) => isProblem(d.state) && !cycleLinks.has(d.linkId) && matchesFilters(d, view, cards))
            .sort((a, b) => PROBLEM_STATES.indexOf(a.state) - PROBLEM_STATES.indexOf(b.state))
            .map((d) => ({kind: 'dependency', members: [d.from, d.to], dependencies: [d], state: d.state}));
        return cycles.concat(single);
    }

    /** A cycle's members in link order (PAY-7 → CHK-12 → PLAT-5 → PAY-7), as far as its links allow. */
    function cycleOrder(cycle) {
        const next = new Map();
        cycle.dependencies.forEach((d) => next.set(d.from, d.to));
        const order = [cycle.members[0]];
        while (order.length <= cycle.members.length && next.has(order[order.length - 1])) {
            const following = next.get(order[order.length - 1]);
            order.push(following);
            if (following === order[0]) {
                return order;
            }
        }
        return cycle.members.concat([cycle.members[0]]);
    }

    define('productops/board/view', [], () => ({
        STATES, PROBLEM_STATES, OTHER_TEAMS,
        keys, readView, viewQuery, learnStates, isProblem, laneOf, selectDependencies, layOutCards, lanes, problems, cycleOrder,
        criticalLinks, onCriticalPath, compareKeys
    }));
}());
