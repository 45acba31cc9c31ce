/*
 * Jira stand-in: what Jira's web resource manager (WRM) puts on a page, applied to AUI's npm bundle. In Jira the
 * AUI plugin serves each component as its own web resource, so a page has AJS.flag, <aui-spinner> and the rest only
 * when some web resource on it declares (directly or through its dependencies) the component's key; the stand-in
 * serves the whole npm bundle, so this script and wrm-after-aui.js take away what the page did not declare.
 *
 * Runs after the AMD loader and before AUI. It reads the keys the page has (data-web-resources, space separated,
 * computed by the server from the page's web resources) and:
 *  - keeps AUI's skate from registering the web components (<aui-spinner>, <aui-dropdown-menu>...) of undeclared
 *    components, by giving skate a registry that ignores them (AUI 9 registers through skate 0.13, whose registry
 *    lives in window.__skate_0_13_17);
 *  - keeps AUI from defining the AMD modules of undeclared components (aui/flag, aui/dialog2...);
 *  - defines the AMD modules 'jquery' and 'wrm/context-path' only when their web resources are declared;
 *  - tells wrm-after-aui.js which AJS globals and jQuery plugins to remove.
 * Sources for each key: docs/host-api.md, section "Web resources".
 */
(function (window, document) {
    'use strict';

    const SKATE = '__skate_0_13_17';
    const AUI = 'com.atlassian.auiplugin:';
    const COMPONENTS = {
        'dialog2': {ajs: ['dialog2'], amd: ['aui/dialog2']},
        'aui-flag': {ajs: ['flag'], amd: ['aui/flag']},
        'aui-spinner': {elements: ['aui-spinner']},
        'aui-progress-indicator': {ajs: ['progressBars'], elements: ['aui-progressbar']},
        'aui-dropdown2': {elements: ['aui-dropdown-menu', 'aui-section', 'aui-item-link', 'aui-item-checkbox',
            'aui-item-radio', 'aui-dropdown2', 'data-aui-dropdown2', 'aui-dropdown2-trigger', 'aui-dropdown2-sub-trigger',
            'aui-dropdown2-checkbox', 'aui-dropdown2-radio']},
        'aui-inline-dialog2': {ajs: ['InlineDialog2'], amd: ['aui/inline-dialog2'], elements: ['aui-inline-dialog']},
        'aui-message': {ajs: ['messages'], elements: ['aui-message']},
        'aui-select': {ajs: ['select'], amd: ['aui/select'], elements: ['aui-select', 'aui-option']},
        'aui-select2': {jquery: ['auiSelect2']},
        'aui-buttons': {amd: ['aui/button'], elements: ['aui-button']},
        // Styles only: AUI's npm bundle has one style sheet, so these are known keys with nothing to take away.
        'aui-lozenge': {},
        'aui-badge': {}
    };

    const script = document.currentScript;
    const declared = new Set((script.getAttribute('data-web-resources') || '').split(/\s+/).filter(Boolean));
    const hidden = {ajs: [], amd: new Set(), elements: new Set(), jquery: []};
    Object.keys(COMPONENTS).forEach((component) => {
        if (!declared.has(AUI + component)) {
            const parts = COMPONENTS[component];
            hidden.ajs.push(...(parts.ajs || []));
            (parts.amd || []).forEach((name) => hidden.amd.add(name));
            (parts.elements || []).forEach((name) => hidden.elements.add(name));
            hidden.jquery.push(...(parts.jquery || []));
        }
    });
    declared.forEach((key) => {
        if (key.startsWith(AUI) && key !== AUI + 'ajs' && !Object.prototype.hasOwnProperty.call(COMPONENTS, key.substring(AUI.length))) {
            // Jira serves nothing for a key it does not know; the stand-in cannot tell, so it says so.
            window.console.warn('Stand-in: no AUI component is mapped to the web resource ' + key + ' (docs/host-api.md)');
        }
    });

    if (window[SKATE]) {
        throw new Error('Stand-in: skate was loaded before the web-resource gate; load wrm-before-aui.js before AUI');
    }
    const registry = new Proxy({}, {
        set(definitions, id, definition) {
            if (!hidden.elements.has(id)) {
                definitions[id] = definition;
            }
            return true;
        }
    });
    window[SKATE] = {observer: undefined, registry};

    const define = window.define;
    function gatedDefine(name) {
        if (hidden.amd.has(name)) {
            return undefined;
        }
        return define.apply(this, arguments);
    }
    window.define = gatedDefine;

    if (declared.has('com.atlassian.plugins.jquery:jquery')) {
        define('jquery', [], () => window.jQuery);
    }
    function contextPath() {
        const meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }
    const withContextPath = declared.has('com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path');
    if (withContextPath) {
        // WRM's module is a function answering the context path ("/jira"); the same resource sets AJS.contextPath.
        define('wrm/context-path', [], () => contextPath);
    }

    Object.defineProperty(window, '__standInWebResources', {
        configurable: true,
        value: {hidden, skate: SKATE, registry, contextPath: withContextPath ? contextPath : null}
    });
}(window, document));
