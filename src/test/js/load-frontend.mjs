// Runs the plugin's browser scripts in a bare VM context with a minimal AMD loader (named define, require by name),
// as Jira pages have one, so the modules' pure logic can be tested without a browser. Only what those scripts touch
// while loading is provided.
import {readFileSync} from 'node:fs';
import vm from 'node:vm';

const FRONTEND = new URL('../../main/resources/frontend/', import.meta.url);

/** Translations as "key arg1 arg2": tests see which message was chosen and with what, not English text. */
export const AJS = {I18n: {getText: (key, ...args) => [key, ...args].join(' ')}};

/** Loads the files in order and answers the loader's require: require('productops/board/view'). */
export function loadFrontend(...files) {
    const definitions = new Map();
    const built = new Map();
    function define(name, dependencies, factory) {
        definitions.set(name, {dependencies, factory});
    }
    function require(name) {
        if (!built.has(name)) {
            const definition = definitions.get(name);
            if (!definition) {
                throw new Error('No AMD module is defined as "' + name + '"');
            }
            built.set(name, definition.factory(...definition.dependencies.map(require)));
        }
        return built.get(name);
    }
    const window = {AJS};
    const context = vm.createContext({window, AJS, define, require, document: {}, URLSearchParams, Map, Set, Math, Number,
        String, Date});
    for (const file of files) {
        vm.runInContext(readFileSync(new URL(file, FRONTEND), 'utf8'), context, {filename: file});
    }
    return require;
}
