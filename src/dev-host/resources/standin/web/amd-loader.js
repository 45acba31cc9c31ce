/*
 * Jira stand-in: the AMD loader every Jira page has (Jira ships almond with AUI), reduced to what dashboard items
 * use: named define(), require([...], callback) and require('name'), and the host modules 'jquery' and
 * 'wrm/context-path'. Modules are built once, on first require, after their dependencies.
 *
 * define.amd is deliberately left unset: a UMD script loaded after this (none of AUI's is) would otherwise register
 * itself anonymously here instead of setting its global.
 */
(function (window, document) {
    'use strict';

    if (typeof window.define === 'function' && typeof window.require === 'function') {
        return;
    }
    const definitions = new Map();
    const built = new Map();
    const building = new Set();

    function define(name, dependencies, factory) {
        if (typeof name !== 'string') {
            throw new Error('The stand-in, like Jira, only knows named AMD modules: define("name", [...], factory)');
        }
        if (!Array.isArray(dependencies)) {
            factory = dependencies;
            dependencies = [];
        }
        if (definitions.has(name)) {
            return; // almond keeps the first definition too
        }
        definitions.set(name, {dependencies, factory});
    }

    function build(name) {
        if (built.has(name)) {
            return built.get(name);
        }
        const definition = definitions.get(name);
        if (!definition) {
            throw new Error('No AMD module is defined as "' + name + '"');
        }
        if (building.has(name)) {
            throw new Error('The AMD module "' + name + '" depends on itself');
        }
        building.add(name);
        try {
            const exports = {};
            const values = definition.dependencies.map((dependency) => {
                if (dependency === 'exports') {
                    return exports;
                }
                if (dependency === 'require') {
                    return require;
                }
                return build(dependency);
            });
            const result = typeof definition.factory === 'function'
                ? definition.factory.apply(window, values) : definition.factory;
            const value = result === undefined ? exports : result;
            built.set(name, value);
            return value;
        } finally {
            building.delete(name);
        }
    }

    function require(dependencies, callback, errback) {
        if (typeof dependencies === 'string') {
            return build(dependencies);
        }
        let values;
        try {
            values = dependencies.map(build);
        } catch (failure) {
            if (typeof errback === 'function') {
                errback(failure);
                return undefined;
            }
            throw failure;
        }
        if (typeof callback === 'function') {
            callback.apply(window, values);
        }
        return undefined;
    }

    define('jquery', [], () => window.jQuery);
    // WRM's module is a function answering the context path ("/jira"), read from the page as Jira's own code does.
    define('wrm/context-path', [], () => function contextPath() {
        const meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    });

    window.define = define;
    window.require = require;
}(window, document));
