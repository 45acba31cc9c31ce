/*
 * Product Ops for Jira: the client of our REST API (/rest/productops/1.0), shared by the issue view's
 * Customer evidence panel and the Insights library page. Every call answers a Promise; a failure rejects
 * with an ApiError (module productops/rest) that carries the server's own words, ready to show to the user.
 */
(function (window, document, AJS) {
    'use strict';

    const REST_PATH = '/rest/productops/1.0';

    /** A failed call: general messages plus messages per field, as in Jira's ErrorCollection. */
    class ApiError extends Error {
        constructor(status, messages, fieldErrors) {
            super(messages.concat(Object.values(fieldErrors)).join(' '));
            this.name = 'ApiError';
            this.status = status;
            this.messages = messages;
            this.fieldErrors = fieldErrors;
        }

        /** Every message, general ones first, for places that have no field to put them next to. */
        allMessages() {
            return this.messages.concat(Object.values(this.fieldErrors));
        }
    }

    /**
     * Jira's context path ("/jira" or ""). Jira defines AJS.contextPath(); plain AUI (as the stand-in serves
     * it) does not, but every Jira page also carries the value in the ajs-context-path meta tag.
     */
    function contextPath() {
        if (typeof AJS.contextPath === 'function') {
            return AJS.contextPath();
        }
        const meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function restUrl(path, params) {
        const query = new URLSearchParams();
        Object.keys(params || {}).forEach((name) => {
            const value = params[name];
            if (value !== undefined && value !== null && value !== '') {
                query.append(name, value);
            }
        });
        const queryString = query.toString();
        return contextPath() + REST_PATH + path + (queryString ? '?' + queryString : '');
    }

    /** Used when the server gave no ErrorCollection (a proxy error page, a timeout...). */
    function messageForStatus(status) {
        switch (status) {
            case 401: return AJS.I18n.getText('productops.ui.error.loggedOut');
            case 403: return AJS.I18n.getText('productops.ui.error.forbidden');
            case 404: return AJS.I18n.getText('productops.ui.error.notFound');
            case 413: return AJS.I18n.getText('productops.ui.error.tooLarge');
            default: return AJS.I18n.getText('productops.ui.error.status', status);
        }
    }

    function parseErrorCollection(text) {
        try {
            const json = JSON.parse(text);
            const messages = Array.isArray(json.errorMessages) ? json.errorMessages.filter(Boolean).map(String) : [];
            const fieldErrors = {};
            Object.keys(json.errors || {}).forEach((field) => {
                fieldErrors[field] = String(json.errors[field]);
            });
            return {messages, fieldErrors};
        } catch (notJson) {
            return {messages: [], fieldErrors: {}};
        }
    }

    async function errorFrom(response) {
        const parsed = parseErrorCollection(await response.text());
        const nothingSaid = parsed.messages.length === 0 && Object.keys(parsed.fieldErrors).length === 0;
        const messages = nothingSaid ? [messageForStatus(response.status)] : parsed.messages;
        return new ApiError(response.status, messages, parsed.fieldErrors);
    }

    /**
     * One request. JSON bodies go as application/json and CSV as text/csv: Jira's XSRF check for REST
     * rejects the "simple" content types a cross-site form could send, so the content type matters.
     */
    async function send(method, path, options) {
        const request = options || {};
        const headers = {Accept: request.html ? 'text/html' : 'application/json', 'X-Atlassian-Token': 'no-check'};
        let body;
        if (request.json !== undefined) {
            headers['Content-Type'] = 'application/json';
            body = JSON.stringify(request.json);
        } else if (request.csv !== undefined) {
            headers['Content-Type'] = 'text/csv; charset=UTF-8';
            body = request.csv;
        }
        const url = restUrl(path, request.params);
        let response;
        try {
            response = await window.fetch(url, {method, headers, body, credentials: 'same-origin', cache: 'no-store'});
        } catch (networkFailure) {
            throw new ApiError(0, [AJS.I18n.getText('productops.ui.error.network')], {});
        }
        if (!response.ok) {
            throw await errorFrom(response);
        }
        if (response.status === 204) {
            return null;
        }
        return request.html ? response.text() : response.json();
    }

    const id = encodeURIComponent;

    /** A read of Jira's own REST API (its pickers), as the signed-in user; rejects with the HTTP status. */
    function jira(path) {
        return window.fetch(contextPath() + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then((response) => response.ok ? response.json() : Promise.reject(new Error(String(response.status))));
    }

    /** The plain request and URL builder with its error and Jira's context path, for every feature's client. */
    const rest = {send, url: restUrl, ApiError, contextPath, jira};
    define('productops/rest', [], () => rest);
    const insightApi = {
        /** criteria: query, source, customer, segment, tag, issueKey, orderBy, startAt, maxResults. */
        searchInsights: (criteria) => send('GET', '/insights', {params: criteria}),
        getInsight: (insightId) => send('GET', '/insights/' + id(insightId)),
        createInsight: (input) => send('POST', '/insights', {json: input}),
        updateInsight: (insightId, input) => send('PUT', '/insights/' + id(insightId), {json: input}),
        deleteInsight: (insightId) => send('DELETE', '/insights/' + id(insightId)),
        /** Links the insight, or changes the importance and note of its existing link to that issue. */
        linkInsight: (insightId, link) => send('POST', '/insights/' + id(insightId) + '/links', {json: link}),
        unlinkInsight: (insightId, issueKey) => send('DELETE', '/insights/' + id(insightId) + '/links/' + id(issueKey)),
        /** firstRow: the file's row number of the first data row in this batch (the header is row 1). */
        importCsv: (csvText, firstRow) => send('POST', '/insights/import', {csv: csvText, params: {firstRow}}),
        importCustomersCsv: (csvText, firstRow) => send('POST', '/customers/import', {csv: csvText, params: {firstRow}}),
        /** criteria: query (part of the name), startAt, maxResults; each customer comes with its insightCount. */
        searchCustomers: (criteria) => send('GET', '/customers', {params: criteria}),
        /** Tags in use starting with what was typed, most used first: {values: [{tag, insights}]}. */
        suggestTags: (typed) => send('GET', '/tags', {params: {query: typed, maxResults: 10}}),
        /** The managed segment list customers choose from: {segments: [{name, weight}]}. */
        listSegments: () => send('GET', '/settings/segments'),
        getCustomer: (customerId) => send('GET', '/customers/' + id(customerId)),
        createCustomer: (input) => send('POST', '/customers', {json: input}),
        updateCustomer: (customerId, input) => send('PUT', '/customers/' + id(customerId), {json: input}),
        /** The customer's insights stay, without a customer. */
        deleteCustomer: (customerId) => send('DELETE', '/customers/' + id(customerId)),
        /** Moves the insights of customerId to intoId and deletes customerId. */
        mergeCustomer: (customerId, intoId) => send('POST', '/customers/' + id(customerId) + '/merge', {params: {into: intoId}}),
        evidencePanelHtml: (issueKey) => send('GET', '/issues/' + id(issueKey) + '/evidence-panel', {html: true})
    };
    define('productops/insight/api', [], () => insightApi);
}(window, document, window.AJS));
