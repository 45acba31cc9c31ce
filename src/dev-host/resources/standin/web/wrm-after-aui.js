/*
 * Jira stand-in: the second half of wrm-before-aui.js, run right after AUI. Removes the AJS globals and jQuery plugins
 * of AUI components no web resource on the page declared, so calling one fails the way it fails on a Jira page whose
 * resources lack it ("AJS.flag is not a function"). Sets AJS.contextPath when the WRM context-path resource is declared.
 */
(function (window) {
    'use strict';

    const gate = window.__standInWebResources;
    delete window.__standInWebResources;
    if (!gate) {
        throw new Error('Stand-in: wrm-before-aui.js did not run before AUI');
    }
    const skates = Object.keys(window).filter((name) => name.startsWith('__skate_'));
    if (skates.length !== 1 || skates[0] !== gate.skate || window[gate.skate].registry !== gate.registry) {
        // Another AUI (another skate) would register its components unseen: the gate must be updated with it.
        throw new Error('Stand-in: AUI registered its components outside the web-resource gate (' + skates.join(', ') + ')');
    }
    // The npm bundle's AJS is its module namespace, whose members cannot be deleted: the page gets a plain copy
    // without the undeclared ones (in Jira, too, AJS is a plain object the web resources add to).
    const hidden = new Set(gate.hidden.ajs);
    const AJS = {};
    Object.keys(window.AJS).filter((name) => !hidden.has(name)).forEach((name) => {
        AJS[name] = window.AJS[name];
    });
    window.AJS = AJS;
    gate.hidden.jquery.forEach((name) => {
        delete window.jQuery.fn[name];
    });
    if (gate.contextPath) {
        AJS.contextPath = gate.contextPath;
    }
}(window));
