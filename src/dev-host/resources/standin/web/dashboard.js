/*
 * Jira stand-in: the dashboard's side of dashboard items, as Jira's dashboard does it. Each gadget's AMD module is
 * built with the dashboard-item API object, then asked to render(context, preferences) or, for a configurable item
 * that has no preferences yet and a viewer who may edit, renderEdit(context, preferences). Preferences go to the
 * stand-in's dashboard REST API. Gadgets are not iframes (the point of dashboard items), so resize() has nothing to
 * adjust; items lay themselves out to the column width.
 */
(function (window, document, $, AJS) {
    'use strict';

    // Set once the page is parsed (this script runs in the head, after the items' web resources).
    let root;
    let editable = false;
    let gadgetsUrl;

    /** A JSON call to the dashboard API; rejects with the server's ErrorCollection messages. */
    async function call(method, url, body) {
        const response = await window.fetch(url, {
            method,
            credentials: 'same-origin',
            headers: body === undefined ? {Accept: 'application/json'} : {Accept: 'application/json', 'Content-Type': 'application/json'},
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        if (!response.ok) {
            let messages = ['The dashboard could not be changed (HTTP ' + response.status + ').'];
            try {
                const errors = await response.json();
                const said = (errors.errorMessages || []).concat(Object.values(errors.errors || {}));
                messages = said.length ? said : messages;
            } catch (notJson) {
                // keep the generic message
            }
            throw new Error(messages.join(' '));
        }
        return response.status === 204 ? null : response.json();
    }

    function notice(gadget, type, text, actions) {
        const message = document.createElement('div');
        message.className = 'aui-message aui-message-' + type;
        message.setAttribute('role', type === 'error' ? 'alert' : 'status');
        const paragraph = document.createElement('p');
        paragraph.textContent = text;
        message.append(paragraph);
        (actions || []).forEach((action) => message.append(action));
        gadget.notice.replaceChildren(message);
        return message;
    }

    function button(text, className, onClick) {
        const node = document.createElement('button');
        node.type = 'button';
        node.className = 'aui-button ' + (className || '');
        node.textContent = text;
        node.addEventListener('click', onClick);
        return node;
    }

    /** Jira keeps preferences as strings; an item gets a copy it may change freely. */
    function asStrings(preferences) {
        const strings = {};
        Object.keys(preferences || {}).forEach((name) => {
            const value = preferences[name];
            strings[name] = value === undefined || value === null ? '' : String(value);
        });
        return strings;
    }

    class Gadget {
        constructor(section) {
            this.section = section;
            this.id = section.getAttribute('data-gadget-id');
            this.title = section.querySelector('.standin-gadget-title');
            this.loading = section.querySelector('.standin-gadget-loading');
            this.notice = section.querySelector('.standin-gadget-notice');
            this.preferences = asStrings(JSON.parse(section.getAttribute('data-preferences') || '{}'));
            this.configurable = section.getAttribute('data-configurable') === 'true';
            this.listeners = {};
            this.refreshTimer = null;
            this.api = this.createApi();
        }

        start() {
            const moduleName = this.section.getAttribute('data-amd-module');
            try {
                const Item = window.require(moduleName);
                this.item = new Item(this.api, {});
            } catch (failure) {
                notice(this, 'error', 'This gadget cannot be shown: ' + failure.message);
                return;
            }
            const unconfigured = Object.keys(this.preferences).length === 0;
            if (this.configurable && unconfigured && editable) {
                this.edit();
            } else {
                this.view();
            }
        }

        /** A fresh element each time, so handlers an earlier render bound to its element go with it. */
        freshContent() {
            const old = this.section.querySelector('.standin-gadget-content');
            const content = document.createElement('div');
            content.className = 'standin-gadget-content';
            old.replaceWith(content);
            return $(content);
        }

        view() {
            this.stopRefresh();
            this.mode = 'view';
            this.section.setAttribute('data-mode', 'view');
            this.notice.replaceChildren();
            this.item.render(this.freshContent(), Object.assign({}, this.preferences));
            this.trigger('afterRender');
        }

        edit() {
            this.stopRefresh();
            this.mode = 'edit';
            this.section.setAttribute('data-mode', 'edit');
            this.notice.replaceChildren();
            if (typeof this.item.renderEdit !== 'function') {
                this.view();
                return;
            }
            this.item.renderEdit(this.freshContent(), Object.assign({}, this.preferences));
            this.trigger('afterRender');
        }

        stopRefresh() {
            window.clearInterval(this.refreshTimer);
            this.refreshTimer = null;
            this.section.removeAttribute('data-refresh-minutes');
        }

        trigger(event) {
            const handlers = this.listeners[event] || [];
            this.listeners[event] = handlers.filter((h) => !h.once);
            handlers.forEach((h) => h.handler.call(this.api));
        }

        async remove() {
            try {
                await call('DELETE', gadgetsUrl + '/' + encodeURIComponent(this.id));
                this.stopRefresh();
                const next = this.section.nextElementSibling || document.getElementById('standin-add-gadget');
                this.section.remove();
                if (next) {
                    next.focus();
                }
            } catch (failure) {
                notice(this, 'error', failure.message);
            }
        }

        confirmRemove() {
            const yes = button('Remove', 'aui-button-primary standin-gadget-remove-confirm', () => this.remove());
            const no = button('Cancel', 'aui-button-link', () => this.notice.replaceChildren());
            notice(this, 'warning', 'Remove "' + this.title.textContent + '" from the dashboard for everyone?', [yes, no]);
            yes.focus();
        }

        /** The object Jira hands a dashboard item: its whole world on the dashboard. */
        createApi() {
            const gadget = this;
            return {
                showLoadingBar() {
                    gadget.loading.hidden = false;
                    gadget.section.setAttribute('aria-busy', 'true');
                },
                hideLoadingBar() {
                    gadget.loading.hidden = true;
                    gadget.section.removeAttribute('aria-busy');
                },
                resize() {
                    // In Jira this fits a gadget's frame to its content; a dashboard item here is in the page already.
                },
                isEditable() {
                    return editable;
                },
                getGadgetId() {
                    return gadget.id;
                },
                setTitle(title) {
                    gadget.title.textContent = title;
                },
                /** Saves, then shows the item in view mode with what was saved, as Jira does. */
                savePreferences(preferences) {
                    const strings = asStrings(preferences);
                    return call('PUT', gadgetsUrl + '/' + encodeURIComponent(gadget.id) + '/prefs', strings).then(() => {
                        gadget.preferences = strings;
                        gadget.view();
                    }, (failure) => {
                        notice(gadget, 'error', failure.message);
                    });
                },
                closeEdit() {
                    gadget.view();
                },
                /** preferences.refresh: minutes between refreshes ("false" or missing: never), as Jira's refresh menu. */
                initRefresh(preferences, callback) {
                    gadget.stopRefresh();
                    const minutes = parseInt(preferences && preferences.refresh, 10);
                    if (minutes > 0 && typeof callback === 'function') {
                        gadget.section.setAttribute('data-refresh-minutes', String(minutes));
                        gadget.refreshTimer = window.setInterval(() => {
                            if (gadget.mode === 'view') {
                                callback();
                            }
                        }, minutes * 60 * 1000);
                    }
                },
                on(event, handler) {
                    (gadget.listeners[event] = gadget.listeners[event] || []).push({handler, once: false});
                },
                once(event, handler) {
                    (gadget.listeners[event] = gadget.listeners[event] || []).push({handler, once: true});
                },
                off(event, handler) {
                    gadget.listeners[event] = (gadget.listeners[event] || []).filter((h) => h.handler !== handler);
                },
                trigger(event) {
                    gadget.trigger(event);
                }
            };
        }
    }

    function openDirectory() {
        const section = document.getElementById('standin-add-gadget-dialog');
        const dialog = AJS.dialog2(section);
        section.querySelector('.standin-gadget-directory-close').onclick = () => dialog.hide();
        section.querySelectorAll('.standin-gadget-add').forEach((add) => {
            add.onclick = async () => {
                add.disabled = true;
                try {
                    const created = await call('POST', gadgetsUrl, {moduleKey: add.getAttribute('data-module-key')});
                    // The page is drawn by the server; coming back to the new gadget is simplest and what Jira users see.
                    window.location.hash = 'gadget-' + created.id;
                    window.location.reload();
                } catch (failure) {
                    add.disabled = false;
                    const error = section.querySelector('.standin-gadget-directory-error');
                    error.textContent = '';
                    const message = document.createElement('div');
                    message.className = 'aui-message aui-message-error';
                    message.setAttribute('role', 'alert');
                    message.textContent = failure.message;
                    error.append(message);
                }
            };
        });
        dialog.show();
    }

    function start() {
        root = document.getElementById('standin-dashboard');
        if (!root) {
            return;
        }
        editable = root.getAttribute('data-editable') === 'true';
        const contextPath = window.require('wrm/context-path')();
        gadgetsUrl = contextPath + '/rest/dashboards/1.0/' + encodeURIComponent(root.getAttribute('data-dashboard-id')) + '/gadget';
        const gadgets = Array.from(root.querySelectorAll('.standin-gadget')).map((section) => new Gadget(section));
        gadgets.forEach((gadget) => {
            const configure = document.querySelector('#gadget-' + gadget.id + '-menu .standin-gadget-configure');
            const remove = document.querySelector('#gadget-' + gadget.id + '-menu .standin-gadget-remove');
            if (configure) {
                configure.addEventListener('click', (event) => {
                    event.preventDefault();
                    gadget.edit();
                });
            }
            if (remove) {
                remove.addEventListener('click', (event) => {
                    event.preventDefault();
                    gadget.confirmRemove();
                });
            }
            gadget.start();
        });
        const add = document.getElementById('standin-add-gadget');
        if (add) {
            add.addEventListener('click', openDirectory);
        }
        const target = window.location.hash && document.getElementById(window.location.hash.substring(1));
        if (target && target.classList.contains('standin-gadget')) {
            target.focus();
        }
        root.setAttribute('data-ready', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document, window.jQuery, window.AJS));
