/*
 * Product Ops for Jira: the dependency board's calls to our REST API, on the shared client of insight-api.js
 * (Jira's ErrorCollection parsing, XSRF-safe JSON), and the DOM helpers the board uses: the shared, HTML-free
 * builders of insight-ui.js plus one for SVG, where every value, an arrow's label included, is an attribute.
 */
(function (window, document) {
    'use strict';

    const rest = require('productops/rest');
    const ui = require('productops/insight/ui');
    const SVG_NS = 'http://www.w3.org/2000/svg';

    /** The board's query and its filters, named as in the page's own address: the API reads them the same way. */
    function boardParams(view) {
        return {projects: view.projects.join(','), columns: view.columns, from: view.from, to: view.to,
            problems: view.problemsOnly ? '1' : '', crossTeam: view.crossTeamOnly ? '1' : '', team: view.team,
            state: view.states.join(','), reason: view.reason, all: view.showQuiet ? '1' : ''};
    }

    function svg(tag, attributes, children) {
        const node = document.createElementNS(SVG_NS, tag);
        Object.keys(attributes || {}).forEach((name) => {
            node.setAttribute(name === 'className' ? 'class' : name, String(attributes[name]));
        });
        (children || []).forEach((child) => node.append(child));
        return node;
    }

    define('productops/board/api', [], () => ({
        getBoard: (view) => rest.send('GET', '/board', {params: boardParams(view)}),
        exportUrl: (view) => rest.url('/board/export', Object.assign(boardParams(view), {format: 'csv'})),
        /** The planning attributes with the owner's username and the note, which the board itself does not carry. */
        getDependency: (linkId) => rest.send('GET', '/dependencies/' + encodeURIComponent(linkId)),
        getHistory: (linkId) => rest.send('GET', '/dependencies/' + encodeURIComponent(linkId) + '/history'),
        saveDependency: (linkId, attributes) => rest.send('PUT', '/dependencies/' + encodeURIComponent(linkId), {json: attributes}),
        /** The person's last board and saved boards, kept by Jira per user. */
        getViews: () => rest.send('GET', '/board/views'),
        rememberLast: (view) => rest.send('PUT', '/board/views/last', {json: {view}}),
        saveView: (name, view) => rest.send('POST', '/board/views', {json: {name, view}}),
        removeView: (name) => rest.send('DELETE', '/board/views/' + encodeURIComponent(name)),
        /** Jira's own pickers: the projects the viewer may browse, and users by name. */
        projects: () => rest.jira('/rest/api/2/project'),
        users: (query) => rest.jira('/rest/api/2/user/picker?query=' + encodeURIComponent(query))
    }));

    define('productops/board/dom', [], () => ({el: ui.el, svg, replaceChildren: ui.replaceChildren, message: ui.message,
        loading: ui.loading, count: ui.count, issueUrl: ui.issueUrl}));
}(window, document));
