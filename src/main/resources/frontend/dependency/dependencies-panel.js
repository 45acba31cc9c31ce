/*
 * Product Ops for Jira: the issue view's Dependencies panel. Its lines are rendered on the server
 * (templates/dependency/dependencies-panel.vm); this only gives the board link its address, which needs Jira's
 * context path that the template does not know. Listeners are delegated from the document, so the link also works
 * in issues Jira loads without a page load.
 */
(function (document) {
    'use strict';

    const rest = require('productops/rest');
    const LINK = '.productops-dependencies-board';

    function giveAddress(link) {
        link.href = rest.contextPath() + '/plugins/servlet/productops/board?' + link.dataset.boardQuery;
    }

    ['mouseover', 'focusin', 'click'].forEach((type) => document.addEventListener(type, (event) => {
        const link = event.target.closest && event.target.closest(LINK);
        if (link) {
            giveAddress(link);
        }
    }, true));

    function addressAll() {
        document.querySelectorAll(LINK).forEach(giveAddress);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', addressAll);
    } else {
        addressAll();
    }
}(document));
