/*
 * Jira stand-in: the AMD loader every Jira page has (Jira ships almond with AUI), reduced to what dashboard items
 * use: named define(), require([...], callback) and require('name'). Modules are built once, on first require, after
 * their dependencies. It comes before AUI, which defines its components' modules (aui/flag...) here; which modules a
 * page has, 'jquery' and 'wrm/context-path' included, is up to wrm-before-aui.js (only those of declared web resources).
 *
 * define.amd is deliberately left unset: UMD scripts loaded after this (AUI's bundle is one) would otherwise register
 * themselves anonymously here instead of setting their globals.
 */
(function (window) {
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

    window.define = define;
    window.require = require;
}(window));
