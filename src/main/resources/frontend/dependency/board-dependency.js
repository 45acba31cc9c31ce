/*
 * Product Ops for Jira: one dependency up close, in an inline dialog next to its arrow or list entry. Hovering
 * or focusing shows a preview (why it is in its state); clicking or pressing Enter pins it, and from there the
 * planning attributes (needed-by, owner, agreement, note) are edited in place. Saving reloads the board, so
 * the state and reasons the server works out are what the user sees next.
 */
(function (window, document, AJS) {
    'use strict';

    const board = {api: require('productops/board/api'), dom: require('productops/board/dom')};
    const el = board.dom.el;

    const PREVIEW_LINGER_MS = 250;
    /** Changes listed in the popover, newest first; the API has them all. */
    const HISTORY_SHOWN = 5;
    const FIELD_LABELS = {
        neededBy: AJS.I18n.getText('productops.board.dependency.neededBy'),
        owner: AJS.I18n.getText('productops.board.dependency.owner'),
        state: AJS.I18n.getText('productops.board.dependency.agreement'),
        note: AJS.I18n.getText('productops.board.dependency.note')
    };

    function fieldLabel(field) {
        return FIELD_LABELS[field] || field;
    }

    const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex="0"]';
    const NOTE_MAX = 255;
    const AGREEMENTS = [
        {id: 'proposed', label: AJS.I18n.getText('productops.board.agreement.proposed')},
        {id: 'committed', label: AJS.I18n.getText('productops.board.agreement.committed')},
        {id: 'at-risk', label: AJS.I18n.getText('productops.board.agreement.at-risk')},
        {id: 'done', label: AJS.I18n.getText('productops.board.agreement.done')},
        {id: 'declined', label: AJS.I18n.getText('productops.board.agreement.declined')}
    ];
    const STATE_LABELS = {
        conflict: AJS.I18n.getText('productops.board.state.conflict'),
        blocked: AJS.I18n.getText('productops.board.state.blocked'),
        'at-risk': AJS.I18n.getText('productops.board.state.at-risk'),
        declined: AJS.I18n.getText('productops.board.state.declined'),
        ok: AJS.I18n.getText('productops.board.state.ok'),
        done: AJS.I18n.getText('productops.board.state.done')
    };

    function stateLabel(state) {
        return STATE_LABELS[state] || String(state);
    }

    function agreementLabel(id) {
        const agreement = AGREEMENTS.find((a) => a.id === id);
        return agreement ? agreement.label : String(id);
    }

    function stateLozenge(state) {
        return el('span', {className: 'aui-lozenge productops-board-lozenge productops-board-state-' + state, text: stateLabel(state)});
    }

    function title(dependency) {
        return dependency.from + ' → ' + dependency.to;
    }

    /** "PAY-7 blocks CHK-12: Conflict", for screen readers on arrows and list entries. */
    function describe(dependency) {
        return AJS.I18n.getText('productops.board.dependency.describe', dependency.from, dependency.to, stateLabel(dependency.state));
    }

    /**
     * Each reason's text from the bundle, by code, filled with the reason's parameters in order (whole numbers as
     * numbers, so "1 day" and "3 days" come out right). The keys are literal so that Jira's jsI18n transformer
     * translates them; a code this page does not know yet shows the server's text.
     */
    const REASON_TEXTS = {
        BLOCKER_DONE: (p) => AJS.I18n.getText('productops.board.reason.BLOCKER_DONE', p[0]),
        MARKED_DONE: () => AJS.I18n.getText('productops.board.reason.MARKED_DONE'),
        MARKED_DECLINED: () => AJS.I18n.getText('productops.board.reason.MARKED_DECLINED'),
        IN_CYCLE: (p) => AJS.I18n.getText('productops.board.reason.IN_CYCLE', p[0], p[1]),
        NEEDED_BY_PASSED: (p) => AJS.I18n.getText('productops.board.reason.NEEDED_BY_PASSED', p[0], p[1]),
        BLOCKER_IN_LATER_WINDOW: (p) => AJS.I18n.getText('productops.board.reason.BLOCKER_IN_LATER_WINDOW', p[0], p[1]),
        BLOCKER_ENDS_AFTER_DEPENDENT: (p) => AJS.I18n.getText('productops.board.reason.BLOCKER_ENDS_AFTER_DEPENDENT', p[0], p[1]),
        BLOCKER_FINISHES_AFTER_NEEDED_BY: (p) => AJS.I18n.getText('productops.board.reason.BLOCKER_FINISHES_AFTER_NEEDED_BY', p[0], p[1]),
        DEPENDENT_IN_PROGRESS: (p) => AJS.I18n.getText('productops.board.reason.DEPENDENT_IN_PROGRESS', p[0], p[1]),
        DEPENDENT_WINDOW_STARTED: (p) => AJS.I18n.getText('productops.board.reason.DEPENDENT_WINDOW_STARTED', p[0], p[1], p[2], p[3]),
        MARKED_AT_RISK: () => AJS.I18n.getText('productops.board.reason.MARKED_AT_RISK'),
        BLOCKER_OVERDUE: (p) => AJS.I18n.getText('productops.board.reason.BLOCKER_OVERDUE', p[0], p[1]),
        BLOCKER_IN_SAME_WINDOW: (p) => AJS.I18n.getText('productops.board.reason.BLOCKER_IN_SAME_WINDOW', p[0]),
        BLOCKER_ENDS_AFTER_DEPENDENT_STARTS: (p) => AJS.I18n.getText('productops.board.reason.BLOCKER_ENDS_AFTER_DEPENDENT_STARTS', p[0], p[1]),
        BLOCKER_UNASSIGNED: (p) => AJS.I18n.getText('productops.board.reason.BLOCKER_UNASSIGNED', p[0]),
        BLOCKER_STALE: (p) => AJS.I18n.getText('productops.board.reason.BLOCKER_STALE', p[0], p[1], p[2]),
        BLOCKER_PROJECT_UNPLANNED: (p) => AJS.I18n.getText('productops.board.reason.BLOCKER_PROJECT_UNPLANNED', p[0]),
        ON_CRITICAL_PATH: (p) => AJS.I18n.getText('productops.board.reason.ON_CRITICAL_PATH', p[0])
    };

    function reasonText(reason) {
        const render = REASON_TEXTS[reason.code];
        if (!render || !reason.parameters) {
            return reason.message;
        }
        const values = Object.keys(reason.parameters).map((name) => {
            const value = reason.parameters[name];
            return /^-?\d{1,9}$/.test(value || '') ? Number(value) : value;
        });
        return render(values);
    }

    function reasonList(dependency) {
        if (dependency.reasons.length === 0) {
            return el('p', {className: 'productops-board-muted', text: AJS.I18n.getText('productops.board.dependency.noReasons')});
        }
        return el('ul', {className: 'productops-board-reasons'}, dependency.reasons.map((reason) =>
            el('li', {'data-reason': reason.code, text: reasonText(reason)})));
    }

    function planFacts(dependency) {
        const none = AJS.I18n.getText('productops.board.dependency.notSet');
        const fact = (label, value) => [el('dt', {text: label}), el('dd', {text: value || none})];
        return el('dl', {className: 'productops-board-facts'}, [].concat(
            fact(AJS.I18n.getText('productops.board.dependency.neededBy'), dependency.neededBy),
            fact(AJS.I18n.getText('productops.board.dependency.owner'), dependency.owner),
            fact(AJS.I18n.getText('productops.board.dependency.agreement'), dependency.agreement && agreementLabel(dependency.agreement))));
    }

    // ---- The edit form ------------------------------------------------------------------------------------

    function field(id, label, control) {
        control.id = id;
        return el('div', {className: 'field-group'}, [el('label', {for: id, text: label}), control,
            el('div', {className: 'error', 'data-error-for': control.name, hidden: true})]);
    }

    function editForm(dependency, plan) {
        const agreement = el('select', {className: 'select', name: 'state'}, [el('option', {value: '',
            text: AJS.I18n.getText('productops.board.dependency.notSet')})].concat(AGREEMENTS.map((a) =>
            el('option', {value: a.id, text: a.label, selected: a.id === plan.state}))));
        return el('form', {className: 'aui productops-board-edit', novalidate: true}, [
            el('div', {className: 'productops-board-edit-messages'}),
            field('productops-board-edit-needed-by', AJS.I18n.getText('productops.board.dependency.neededBy'),
                el('input', {type: 'date', className: 'text', name: 'neededBy', value: plan.neededBy || ''})),
            field('productops-board-edit-owner', AJS.I18n.getText('productops.board.dependency.owner.username'),
                el('input', {type: 'text', className: 'text', name: 'owner', value: plan.owner || '', autocomplete: 'off',
                    list: 'productops-board-owner-options', placeholder: AJS.I18n.getText('productops.board.dependency.owner.placeholder')})),
            el('datalist', {id: 'productops-board-owner-options'}),
            field('productops-board-edit-state', AJS.I18n.getText('productops.board.dependency.agreement'), agreement),
            field('productops-board-edit-note', AJS.I18n.getText('productops.board.dependency.note'),
                el('textarea', {className: 'textarea', name: 'note', rows: '3', maxlength: String(NOTE_MAX), value: plan.note || ''})),
            el('div', {className: 'buttons-container'}, [el('div', {className: 'buttons'}, [
                el('button', {type: 'submit', className: 'aui-button aui-button-primary productops-board-edit-save',
                    text: AJS.I18n.getText('productops.board.dependency.save')}),
                el('button', {type: 'button', className: 'aui-button aui-button-link productops-board-edit-cancel',
                    text: AJS.I18n.getText('productops.board.dependency.cancel')})
            ])])
        ]);
    }

    function formValues(form) {
        const value = (name) => form.elements[name].value.trim();
        return {neededBy: value('neededBy') || null, owner: value('owner') || null, state: value('state') || null,
            note: value('note') || null};
    }

    /** A 422 names the fields; each message goes under its field, anything else above the form. */
    function showErrors(form, error) {
        const general = error.messages.slice();
        form.querySelectorAll('[data-error-for]').forEach((slot) => {
            const text = error.fieldErrors[slot.getAttribute('data-error-for')];
            slot.textContent = text || '';
            slot.hidden = !text;
        });
        Object.keys(error.fieldErrors).filter((name) => !form.querySelector('[data-error-for="' + CSS.escape(name) + '"]'))
            .forEach((name) => general.push(error.fieldErrors[name]));
        board.dom.replaceChildren(form.querySelector('.productops-board-edit-messages'),
            general.length ? board.dom.message('error', general) : []);
        const firstWrong = Object.keys(error.fieldErrors).map((name) => form.elements[name]).find(Boolean);
        if (firstWrong) {
            firstWrong.focus();
        }
    }

    /** The owner as a user picker: Jira's user search suggests people by name as one types; the field keeps the username. */
    function userPicker(input, list) {
        let asked = 0;
        input.addEventListener('input', () => {
            const query = input.value.trim();
            const ask = ++asked;
            if (query.length < 1) {
                return;
            }
            board.api.users(query).then((answer) => {
                if (ask === asked) {
                    board.dom.replaceChildren(list, (answer.users || []).map((user) =>
                        el('option', {value: user.name, text: user.displayName + ' (' + user.name + ')'})));
                }
            }, () => null);
        });
    }

    // ---- The inline dialog ----------------------------------------------------------------------------------

    /** options.onSaved(dependency) runs after a successful save (the page reloads the board). */
    function create(options) {
        const popover = el('div', {id: 'productops-board-dependency', className: 'productops-board-popover', hidden: true,
            role: 'dialog', 'aria-labelledby': 'productops-board-dependency-title'});
        document.body.append(popover);
        let shown = null;
        let pinned = false;
        let returnFocusTo = null;
        let lingering = 0;
        let restoringFocus = false;

        function place(anchor) {
            popover.hidden = false;
            const width = popover.offsetWidth;
            const height = popover.offsetHeight;
            const maxX = window.scrollX + document.documentElement.clientWidth - width - 8;
            const below = anchor.y + 12;
            const fitsBelow = below + height < window.scrollY + window.innerHeight;
            popover.style.left = Math.max(window.scrollX + 8, Math.min(anchor.x - width / 2, maxX)) + 'px';
            popover.style.top = (fitsBelow ? below : Math.max(window.scrollY + 8, anchor.y - height - 12)) + 'px';
        }

        function detail(dependency) {
            return [
                el('header', {className: 'productops-board-popover-header'}, [
                    el('h3', {id: 'productops-board-dependency-title', text: title(dependency)}), stateLozenge(dependency.state)
                ]),
                el('p', {className: 'productops-board-muted', text: AJS.I18n.getText('productops.board.dependency.meaning',
                    dependency.type, dependency.from, dependency.to)}),
                reasonList(dependency),
                planFacts(dependency),
                el('div', {className: 'productops-board-popover-actions'}, [
                    el('button', {type: 'button', className: 'aui-button productops-board-dependency-edit',
                        text: AJS.I18n.getText('productops.board.dependency.edit')}),
                    el('button', {type: 'button', className: 'aui-button aui-button-link productops-board-dependency-close',
                        text: AJS.I18n.getText('productops.board.dependency.close')})
                ])
            ];
        }

        function render(dependency, anchor, asDialog) {
            window.clearTimeout(lingering);
            shown = {dependency, anchor};
            popover.setAttribute('role', asDialog ? 'dialog' : 'tooltip');
            popover.setAttribute('data-link-id', dependency.linkId);
            popover.classList.toggle('is-pinned', asDialog);
            board.dom.replaceChildren(popover, detail(dependency));
            place(anchor);
        }

        function preview(dependency, anchor) {
            if (!pinned && !restoringFocus) {
                render(dependency, anchor, false);
            }
        }

        function open(dependency, anchor, opener) {
            pinned = true;
            returnFocusTo = opener || document.activeElement;
            render(dependency, anchor, true);
            popover.querySelector('.productops-board-dependency-edit').focus();
            accountability(dependency, anchor);
        }

        /** The note and who changed what, read when the dependency is pinned (the board itself carries neither). */
        async function accountability(dependency, anchor) {
            const section = el('section', {className: 'productops-board-accountability', 'aria-live': 'polite'});
            const actions = popover.querySelector('.productops-board-popover-actions');
            if (!actions) {
                return;
            }
            popover.insertBefore(section, actions);
            try {
                const [plan, changes] = await Promise.all([board.api.getDependency(dependency.linkId), board.api.getHistory(dependency.linkId)]);
                if (!shown || shown.dependency.linkId !== dependency.linkId || !section.isConnected) {
                    return;
                }
                board.dom.replaceChildren(section, [
                    el('h4', {text: AJS.I18n.getText('productops.board.dependency.note')}),
                    el('p', {className: 'productops-board-note' + (plan.note ? '' : ' productops-board-muted'),
                        text: plan.note || AJS.I18n.getText('productops.board.dependency.notSet')}),
                    el('h4', {text: AJS.I18n.getText('productops.board.dependency.history')}),
                    changes.length ? el('ol', {className: 'productops-board-history'}, changes.slice(0, HISTORY_SHOWN).map((change) =>
                        el('li', {'data-field': change.field, text: AJS.I18n.getText('productops.board.dependency.change',
                            change.author || '?', fieldLabel(change.field), change.from || '–', change.to || '–',
                            new Date(change.at).toLocaleString())})))
                        : el('p', {className: 'productops-board-muted', text: AJS.I18n.getText('productops.board.dependency.history.none')})
                ]);
                place(anchor);
            } catch (error) {
                board.dom.replaceChildren(section, []);
            }
        }

        async function edit(dependency, anchor, opener) {
            if (!pinned) {
                pinned = true;
                returnFocusTo = opener || document.activeElement;
            }
            render(dependency, anchor, true);
            const body = el('div', {className: 'productops-board-popover-body'}, [board.dom.loading(AJS.I18n.getText('productops.board.loading'))]);
            board.dom.replaceChildren(popover, [popover.querySelector('header'), body]);
            try {
                // The board shows the owner's display name; the form needs the username and the note.
                const plan = await board.api.getDependency(dependency.linkId);
                const form = editForm(dependency, plan);
                form.addEventListener('submit', (event) => save(event, form, dependency));
                userPicker(form.elements.owner, form.querySelector('#productops-board-owner-options'));
                form.querySelector('.productops-board-edit-cancel').addEventListener('click', () => render(dependency, anchor, true));
                board.dom.replaceChildren(body, form);
                place(anchor);
                form.elements.neededBy.focus();
            } catch (error) {
                board.dom.replaceChildren(body, board.dom.message('error', error.allMessages ? error.allMessages() : [String(error)]));
            }
        }

        async function save(event, form, dependency) {
            event.preventDefault();
            const button = form.querySelector('.productops-board-edit-save');
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            try {
                await board.api.saveDependency(dependency.linkId, formValues(form));
                close();
                AJS.flag({type: 'success', close: 'auto',
                    body: AJS.escapeHtml(AJS.I18n.getText('productops.board.dependency.saved', title(dependency)))});
                options.onSaved(dependency);
            } catch (error) {
                button.disabled = false;
                button.removeAttribute('aria-busy');
                showErrors(form, error.fieldErrors ? error : {messages: [String(error)], fieldErrors: {}});
            }
        }

        function close() {
            window.clearTimeout(lingering);
            const focusBack = pinned && popover.contains(document.activeElement) ? returnFocusTo : null;
            popover.hidden = true;
            pinned = false;
            shown = null;
            if (focusBack && focusBack.isConnected) {
                // Focus goes back to the arrow without opening its preview again.
                restoringFocus = true;
                focusBack.focus();
                restoringFocus = false;
            }
        }

        /** A preview stays while the pointer travels from the arrow into it. */
        function leave() {
            if (!pinned) {
                window.clearTimeout(lingering);
                lingering = window.setTimeout(() => {
                    if (!pinned && !popover.matches(':hover')) {
                        close();
                    }
                }, PREVIEW_LINGER_MS);
            }
        }

        /**
         * The pinned popover lives at the end of the page (so it can float over the board) but takes its place in the
         * Tab order right after the element that opened it: Shift+Tab from its first control goes back to the opener,
         * Tab from its last control goes on to whatever follows the opener.
         */
        popover.addEventListener('keydown', (event) => {
            if (event.key !== 'Tab' || !pinned || !returnFocusTo || !returnFocusTo.isConnected) {
                return;
            }
            const inside = Array.from(popover.querySelectorAll(FOCUSABLE)).filter((node) => !node.closest('[hidden]'));
            if (!inside.length) {
                return;
            }
            if (event.shiftKey && document.activeElement === inside[0]) {
                event.preventDefault();
                returnFocusTo.focus();
            } else if (!event.shiftKey && document.activeElement === inside[inside.length - 1]) {
                const all = Array.from(document.querySelectorAll(FOCUSABLE)).filter((node) => !popover.contains(node) && node.getClientRects().length);
                const next = all[all.indexOf(returnFocusTo) + 1];
                if (next) {
                    event.preventDefault();
                    next.focus();
                }
            }
        });
        popover.addEventListener('mouseleave', leave);
        popover.addEventListener('click', (event) => {
            if (event.target.closest('.productops-board-dependency-edit') && shown) {
                edit(shown.dependency, shown.anchor, returnFocusTo);
            } else if (event.target.closest('.productops-board-dependency-close')) {
                close();
            }
        });
        document.addEventListener('keydown', (event) => {
            if (event.key === 'Escape' && !popover.hidden) {
                close();
            }
        });
        document.addEventListener('mousedown', (event) => {
            if (pinned && !popover.contains(event.target) && !event.target.closest('.productops-board-arrow')) {
                close();
            }
        });

        return {preview, open, edit, leave, close, isPinned: () => pinned};
    }

    define('productops/board/dependency', [], () => ({create, describe, stateLabel, stateLozenge, title, reasonList, reasonText}));
}(window, document, window.AJS));
