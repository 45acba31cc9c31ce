/*
 * Product Ops for Jira: the dependency board's REST client and its safe DOM builders. Calls answer a Promise;
 * a failure rejects with an error carrying Jira's ErrorCollection (general messages and messages per field),
 * ready to show to the user. Nothing here ever takes HTML: text goes in as text, attributes as attributes.
 */
(function (window, document, AJS) {
    'use strict';

    const ProductOps = window.ProductOps = window.ProductOps || {};
    const board = ProductOps.board = ProductOps.board || {};
    const REST_PATH = '/rest/productops/1.0';
    const SVG_NS = 'http://www.w3.org/2000/svg';

    /** A failed call: general messages plus messages per field, as in Jira's ErrorCollection. */
    class BoardApiError extends Error {
        constructor(status, messages, fieldErrors) {
            super(messages.concat(Object.values(fieldErrors)).join(' '));
            this.status = status;
            this.messages = messages;
            this.fieldErrors = fieldErrors;
        }

        allMessages() {
            return this.messages.concat(Object.values(this.fieldErrors));
        }
    }

    /** Jira's context path: AJS.contextPath() in Jira, the ajs-context-path meta tag on any decorated page. */
    function contextPath() {
        if (typeof AJS.contextPath === 'function') {
            return AJS.contextPath();
        }
        const meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function queryString(params) {
        const query = new URLSearchParams();
        Object.keys(params || {}).forEach((name) => {
            const value = params[name];
            if (value !== undefined && value !== null && value !== '') {
                query.append(name, value);
            }
        });
        const text = query.toString();
        return text ? '?' + text : '';
    }

    function restUrl(path, params) {
        return contextPath() + REST_PATH + path + queryString(params);
    }

    function messageForStatus(status) {
        switch (status) {
            case 401: return AJS.I18n.getText('productops.board.error.loggedOut');
            case 403: return AJS.I18n.getText('productops.board.error.forbidden');
            case 404: return AJS.I18n.getText('productops.board.error.notFound');
            default: return AJS.I18n.getText('productops.board.error.status', status);
        }
    }

    async function errorFrom(response) {
        let messages = [];
        const fieldErrors = {};
        try {
            const json = JSON.parse(await response.text());
            messages = Array.isArray(json.errorMessages) ? json.errorMessages.filter(Boolean).map(String) : [];
            Object.keys(json.errors || {}).forEach((field) => { fieldErrors[field] = String(json.errors[field]); });
        } catch (notJson) {
            // A proxy's error page or an empty body: fall back to a message for the status below.
        }
        if (messages.length === 0 && Object.keys(fieldErrors).length === 0) {
            messages = [messageForStatus(response.status)];
        }
        return new BoardApiError(response.status, messages, fieldErrors);
    }

    /** JSON bodies go as application/json: Jira's REST XSRF check refuses the types a cross-site form can send. */
    async function send(method, path, options) {
        const request = options || {};
        const headers = {Accept: 'application/json', 'X-Atlassian-Token': 'no-check'};
        let body;
        if (request.json !== undefined) {
            headers['Content-Type'] = 'application/json';
            body = JSON.stringify(request.json);
        }
        let response;
        try {
            response = await window.fetch(restUrl(path, request.params),
                {method, headers, body, credentials: 'same-origin', cache: 'no-store'});
        } catch (networkFailure) {
            throw new BoardApiError(0, [AJS.I18n.getText('productops.board.error.network')], {});
        }
        if (!response.ok) {
            throw await errorFrom(response);
        }
        return response.json();
    }

    /** The board's own query (projects, columns, from, to) as the REST API names it. */
    function boardParams(view) {
        return {projects: view.projects.join(','), columns: view.columns, from: view.from, to: view.to};
    }

    // ---- Safe DOM building ------------------------------------------------------------------------------

    // Set as DOM properties rather than attributes, so that e.g. value reflects what the user sees.
    const DOM_PROPERTIES = ['value', 'checked', 'selected', 'disabled', 'hidden'];

    function setProps(node, props) {
        Object.keys(props || {}).forEach((name) => {
            const value = props[name];
            if (value === undefined || value === null || value === false) {
                return;
            }
            if (name === 'text') {
                node.textContent = value;
            } else if (name === 'className') {
                node.setAttribute('class', value);
            } else if (DOM_PROPERTIES.indexOf(name) >= 0) {
                node[name] = value;
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        });
    }

    function appendAll(node, children) {
        (children || []).forEach((child) => {
            if (child !== null && child !== undefined && child !== false) {
                node.append(child);
            }
        });
        return node;
    }

    /** An HTML element; props.text becomes textContent; string children become text nodes. */
    function el(tag, props, children) {
        const node = document.createElement(tag);
        setProps(node, props);
        return appendAll(node, children);
    }

    /** The same for SVG (arrows), where every attribute, the label included, is set as an attribute. */
    function svg(tag, props, children) {
        const node = document.createElementNS(SVG_NS, tag);
        setProps(node, props);
        return appendAll(node, children);
    }

    function replaceChildren(parent, children) {
        parent.textContent = '';
        appendAll(parent, Array.isArray(children) ? children : [children]);
    }

    function message(type, texts, title) {
        const lines = (Array.isArray(texts) ? texts : [texts]).filter(Boolean);
        return el('div', {className: 'aui-message aui-message-' + type, role: type === 'error' ? 'alert' : 'status'},
            [title ? el('p', {className: 'title'}, [el('strong', {text: title})]) : null]
                .concat(lines.map((line) => el('p', {text: line}))));
    }

    function count(number) {
        return Number(number).toLocaleString();
    }

    function issueUrl(issueKey) {
        return contextPath() + '/browse/' + encodeURIComponent(issueKey);
    }

    board.BoardApiError = BoardApiError;
    board.api = {
        getBoard: (view) => send('GET', '/board', {params: boardParams(view)}),
        exportUrl: (view) => restUrl('/board/export', Object.assign(boardParams(view), {format: 'csv'})),
        getDependency: (linkId) => send('GET', '/dependencies/' + encodeURIComponent(linkId)),
        saveDependency: (linkId, attributes) => send('PUT', '/dependencies/' + encodeURIComponent(linkId), {json: attributes})
    };
    board.dom = {el, svg, replaceChildren, message, count, issueUrl, queryString, contextPath};
}(window, document, window.AJS));
