// ESLint for the plugin's browser code. The build copies this folder to target/js-checks and runs it from the project
// root: `eslint -c target/js-checks/eslint.config.mjs src/main/resources/frontend`.
import js from '@eslint/js';
import globals from 'globals';

export default [
    js.configs.recommended,
    {
        files: ['**/*.js'],
        languageOptions: {
            // what Jira 10.3's supported browsers run without a transpiler
            ecmaVersion: 2020,
            sourceType: 'script',
            // Jira's page globals: AUI, the web resource manager and the AMD loader
            globals: {...globals.browser, AJS: 'readonly', WRM: 'readonly', require: 'readonly', define: 'readonly'}
        },
        rules: {
            // a named catch parameter says what was expected to fail (`catch (notJson)`), even when unused
            'no-unused-vars': ['error', {caughtErrors: 'none'}],
            eqeqeq: 'error',
            'no-var': 'error',
            'prefer-const': 'error'
        }
    }
];
