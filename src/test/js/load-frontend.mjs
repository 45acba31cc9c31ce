// Runs the plugin's browser scripts (IIFEs on window.ProductOps) in a bare VM context, so their pure logic can be
// tested without a browser. Only what those scripts touch while loading is provided.
import {readFileSync} from 'node:fs';
import vm from 'node:vm';

const FRONTEND = new URL('../../main/resources/frontend/', import.meta.url);

/** Translations as "key arg1 arg2": tests see which message was chosen and with what, not English text. */
export const AJS = {I18n: {getText: (key, ...args) => [key, ...args].join(' ')}};

export function loadFrontend(...files) {
    const window = {ProductOps: {board: {}}, AJS};
    const context = vm.createContext({window, AJS, document: {}, URLSearchParams, Map, Set, Math, Number, String, Date});
    for (const file of files) {
        vm.runInContext(readFileSync(new URL(file, FRONTEND), 'utf8'), context, {filename: file});
    }
    return window.ProductOps;
}
