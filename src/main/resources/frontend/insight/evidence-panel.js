/*
 * Product Ops for Jira: the issue view's Customer evidence panel. The panel's markup is rendered on the
 * server (templates/insight/evidence-panel.vm); after every change this script fetches a fresh rendering of
 * the same template and swaps it in, so the score and counts are always the server's. All listeners are
 * delegated from the document, so they keep working for re-rendered panels and for issues Jira loads
 * without a page load.
 */
(function (window, document, AJS) {
    'use strict';

    const api = require('productops/insight/api');
    const ui = require('productops/insight/ui');
    const insightForm = require('productops/insight/form');
    const el = ui.el;

    const PANEL = '.productops-evidence';
    const SEARCH_DELAY_MS = 250;
    const SEARCH_PAGE_SIZE = 10;

    function panelOf(node) {
        return node.closest(PANEL);
    }

    function issueKeyOf(panel) {
        return panel.dataset.issueKey;
    }

    function insightTitle(panel, insightId) {
        const item = panel.querySelector('.productops-evidence-item[data-insight-id="' + CSS.escape(insightId) + '"]');
        return item ? item.querySelector('.productops-evidence-title').textContent : '';
    }

    function showMessage(panel, messageElement) {
        ui.replaceChildren(panel.querySelector('.productops-evidence-messages'), messageElement);
    }

    function setBusy(panel, busy) {
        panel.setAttribute('aria-busy', busy ? 'true' : 'false');
        panel.classList.toggle('productops-busy', busy);
    }

    // ---- Re-rendering -------------------------------------------------------------------------------

    /** Which insights the user had expanded, so a refresh does not fold them away under their eyes. */
    function openInsightIds(panel) {
        return Array.from(panel.querySelectorAll('.productops-evidence-item details[open]'))
            .map((details) => details.closest('.productops-evidence-item').dataset.insightId);
    }

    /**
     * Replaces the panel with a fresh server rendering and puts focus on focusSelector inside it (keyboard
     * users would otherwise be thrown back to the top of the page when the focused element disappears).
     */
    async function refresh(panel, focusSelector) {
        const openIds = openInsightIds(panel);
        const html = await api.evidencePanelHtml(issueKeyOf(panel));
        // The HTML is our own template rendered by the server, where every value is escaped.
        const template = document.createElement('template');
        template.innerHTML = html.trim();
        const fresh = template.content.querySelector(PANEL);
        openIds.forEach((id) => {
            const details = fresh.querySelector('.productops-evidence-item[data-insight-id="' + CSS.escape(id) + '"] details');
            if (details) {
                details.open = true;
            }
        });
        panel.replaceWith(fresh);
        const focusTarget = focusSelector && fresh.querySelector(focusSelector);
        (focusTarget || fresh.querySelector('.productops-evidence-capture') || fresh).focus();
        return fresh;
    }

    /** Runs a change, then re-renders; a failure is shown in the panel and nothing else changes. */
    async function change(panel, action, successText, focusSelector) {
        setBusy(panel, true);
        showMessage(panel, ui.loading(AJS.I18n.getText('productops.ui.saving')));
        try {
            await action();
        } catch (error) {
            setBusy(panel, false);
            showMessage(panel, ui.errorMessage(error));
            return false;
        }
        try {
            await refresh(panel, focusSelector);
        } catch (error) {
            setBusy(panel, false);
            showMessage(panel, ui.errorMessage(error));
            return false;
        }
        ui.flagSuccess(successText);
        return true;
    }

    // ---- Importance and unlinking -------------------------------------------------------------------

    function onImportanceChange(select) {
        const panel = panelOf(select);
        const insightId = select.dataset.insightId;
        const importance = Number(select.value);
        // The link's note is sent back unchanged: posting a link replaces its importance and note together.
        const note = select.dataset.note || null;
        change(panel, () => api.linkInsight(insightId, {issueKey: issueKeyOf(panel), importance, note}),
            AJS.I18n.getText('productops.ui.panel.importance.changed', insightTitle(panel, insightId), ui.importanceLabel(importance)),
            '#' + CSS.escape(select.id));
    }

    /**
     * Unlinks at once and offers Undo in the flag, which links the insight again with the importance and note it had
     * (the note exists only on the link, so it would otherwise be lost).
     */
    async function onUnlink(button) {
        const panel = panelOf(button);
        const issueKey = issueKeyOf(panel);
        const insightId = button.dataset.insightId;
        const title = insightTitle(panel, insightId);
        const select = panel.querySelector('.productops-evidence-importance[data-insight-id="' + CSS.escape(insightId) + '"]');
        const link = {issueKey, importance: Number(select ? select.value : ui.DEFAULT_IMPORTANCE), note: (select && select.dataset.note) || null};
        setBusy(panel, true);
        showMessage(panel, ui.loading(AJS.I18n.getText('productops.ui.saving')));
        try {
            await api.unlinkInsight(insightId, issueKey);
            await refresh(panel, '.productops-evidence-link-start');
        } catch (error) {
            const current = document.querySelector(PANEL + '[data-issue-key="' + CSS.escape(issueKey) + '"]') || panel;
            setBusy(current, false);
            showMessage(current, ui.errorMessage(error));
            return;
        }
        // AJS.flag takes HTML: the title is escaped; the flag stays until closed, so there is time to find Undo.
        const flag = AJS.flag({type: 'success', close: 'manual', body: '<p>' + AJS.escapeHtml(AJS.I18n.getText('productops.ui.panel.unlinked', title, issueKey))
            + '</p><ul class="aui-nav-actions-list"><li><button type="button" class="aui-button aui-button-link productops-evidence-undo">'
            + AJS.escapeHtml(AJS.I18n.getText('productops.ui.panel.undo')) + '</button></li></ul>'});
        const undo = flag.querySelector('.productops-evidence-undo');
        // Keyboard users are taken to Undo, as a mouse user sees it at once; closing the flag without it brings them back
        // to the panel instead of leaving focus on the page's body.
        undo.focus();
        flag.addEventListener('aui-flag-close', () => window.setTimeout(() => {
            const current = document.querySelector(PANEL + '[data-issue-key="' + CSS.escape(issueKey) + '"]');
            if (current && (document.activeElement === document.body || flag.contains(document.activeElement))) {
                const start = current.querySelector('.productops-evidence-link-start');
                if (start) {
                    start.focus();
                }
            }
        }));
        undo.addEventListener('click', (event) => {
            event.currentTarget.disabled = true;
            flag.close();
            const current = document.querySelector(PANEL + '[data-issue-key="' + CSS.escape(issueKey) + '"]');
            if (current) {
                change(current, () => api.linkInsight(insightId, link), AJS.I18n.getText('productops.ui.panel.relinked', title, issueKey),
                    '.productops-evidence-item[data-insight-id="' + CSS.escape(insightId) + '"] summary');
            }
        });
    }

    // ---- Linking an existing insight (search as you type) -------------------------------------------

    const latestSearch = new WeakMap();

    function linkerOf(panel) {
        return panel.querySelector('.productops-evidence-linker');
    }

    function openLinker(panel) {
        const linker = linkerOf(panel);
        linker.hidden = false;
        panel.querySelector('.productops-evidence-link-start').setAttribute('aria-expanded', 'true');
        linker.querySelector('.productops-evidence-search').focus();
    }

    function closeLinker(panel) {
        const linker = linkerOf(panel);
        linker.reset();
        linker.hidden = true;
        delete linker.dataset.insightId;
        ui.replaceChildren(linker.querySelector('.productops-evidence-results'), []);
        linker.querySelector('.productops-evidence-search-status').textContent = '';
        linker.querySelector('.productops-evidence-chosen').hidden = true;
        linker.querySelector('.productops-evidence-link-submit').disabled = true;
        const start = panel.querySelector('.productops-evidence-link-start');
        start.setAttribute('aria-expanded', 'false');
        start.focus();
    }

    function linkTo(insight, issueKey) {
        return (insight.links || []).find((link) => link.issueKey === issueKey);
    }

    function resultMeta(insight) {
        const customer = insight.customer ? insight.customer.name : null;
        return [customer, ui.sourceLabel(insight.source)].filter(Boolean).join(' · ');
    }

    function resultItem(insight, issueKey) {
        const existing = linkTo(insight, issueKey);
        const choose = el('button', {type: 'button', className: 'productops-evidence-result',
            'data-insight-id': String(insight.id), 'data-title': insight.title,
            'data-importance': existing ? String(existing.importance) : '', 'aria-pressed': 'false'}, [
            el('span', {className: 'productops-evidence-result-title', text: insight.title}),
            el('span', {className: 'productops-evidence-result-meta', text: resultMeta(insight)}),
            existing ? el('span', {className: 'productops-evidence-result-linked',
                text: AJS.I18n.getText('productops.ui.panel.search.alreadyLinked', ui.importanceLabel(existing.importance))}) : null
        ]);
        return el('li', {}, [choose]);
    }

    async function search(panel, query) {
        const linker = linkerOf(panel);
        const status = linker.querySelector('.productops-evidence-search-status');
        const results = linker.querySelector('.productops-evidence-results');
        const ticket = {};
        latestSearch.set(linker, ticket);
        if (!query.trim()) {
            status.textContent = '';
            ui.replaceChildren(results, []);
            return;
        }
        status.textContent = AJS.I18n.getText('productops.ui.searching');
        let page;
        try {
            page = await api.searchInsights({query: query.trim(), maxResults: SEARCH_PAGE_SIZE});
        } catch (error) {
            if (latestSearch.get(linker) === ticket) {
                status.textContent = error.allMessages ? error.allMessages().join(' ') : AJS.I18n.getText('productops.ui.error.unexpected');
                ui.replaceChildren(results, []);
            }
            return;
        }
        // Answers can arrive out of order while the user types; only the latest question counts.
        if (latestSearch.get(linker) !== ticket) {
            return;
        }
        const insights = page.values || [];
        status.textContent = insights.length === 0 ? AJS.I18n.getText('productops.ui.panel.search.none', query.trim())
            : page.total > insights.length ? AJS.I18n.getText('productops.ui.panel.search.more', insights.length, page.total)
                : AJS.I18n.getText('productops.ui.panel.search.count', insights.length);
        ui.replaceChildren(results, insights.map((insight) => resultItem(insight, issueKeyOf(panel))));
    }

    const searchSoon = ui.debounce((panel, query) => search(panel, query), SEARCH_DELAY_MS);

    function choose(result) {
        const linker = result.closest('.productops-evidence-linker');
        linker.querySelectorAll('.productops-evidence-result').forEach((other) => other.setAttribute('aria-pressed', 'false'));
        result.setAttribute('aria-pressed', 'true');
        linker.dataset.insightId = result.dataset.insightId;
        linker.dataset.title = result.dataset.title;
        const chosen = linker.querySelector('.productops-evidence-chosen');
        chosen.hidden = false;
        chosen.querySelector('.productops-evidence-chosen-title').textContent =
            AJS.I18n.getText('productops.ui.panel.search.chosen', result.dataset.title);
        linker.querySelector('.productops-evidence-link-importance').value = result.dataset.importance || String(ui.DEFAULT_IMPORTANCE);
        linker.querySelector('.productops-evidence-link-submit').disabled = false;
        linker.querySelector('.productops-evidence-link-importance').focus();
    }

    function submitLink(linker) {
        const panel = panelOf(linker);
        const insightId = linker.dataset.insightId;
        if (!insightId) {
            linker.querySelector('.productops-evidence-search').focus();
            return;
        }
        const issueKey = issueKeyOf(panel);
        const note = linker.querySelector('.productops-evidence-link-note').value.trim();
        const link = {issueKey, importance: Number(linker.querySelector('.productops-evidence-link-importance').value), note: note || null};
        linker.querySelector('.productops-evidence-link-submit').disabled = true;
        change(panel, () => api.linkInsight(insightId, link),
            AJS.I18n.getText('productops.ui.panel.linked', linker.dataset.title, issueKey),
            '.productops-evidence-item[data-insight-id="' + CSS.escape(insightId) + '"] summary')
            .then((done) => {
                if (!done) {
                    linker.querySelector('.productops-evidence-link-submit').disabled = false;
                }
            });
    }

    /** Arrow keys move between the search box and the results, Escape gives up. */
    function onLinkerKeydown(event) {
        const linker = event.target.closest('.productops-evidence-linker');
        const results = Array.from(linker.querySelectorAll('.productops-evidence-result'));
        const index = results.indexOf(event.target);
        if (event.key === 'Escape') {
            event.preventDefault();
            closeLinker(panelOf(linker));
        } else if (event.key === 'ArrowDown' && results.length) {
            event.preventDefault();
            results[Math.min(index + 1, results.length - 1)].focus();
        } else if (event.key === 'ArrowUp' && index >= 0) {
            event.preventDefault();
            (index === 0 ? linker.querySelector('.productops-evidence-search') : results[index - 1]).focus();
        } else if (event.key === 'Enter' && event.target.classList.contains('productops-evidence-search')) {
            // Enter in the search box picks the only match rather than submitting an empty choice.
            event.preventDefault();
            if (results.length === 1) {
                choose(results[0]);
            }
        }
    }

    // ---- Capturing a new insight in a dialog --------------------------------------------------------

    function openCaptureDialog(panel) {
        const issueKey = issueKeyOf(panel);
        insightForm.openCaptureDialog({issueKey, captured: async (created, input) => {
            const current = document.querySelector(PANEL + '[data-issue-key="' + CSS.escape(issueKey) + '"]');
            if (!current) {
                return;
            }
            try {
                await refresh(current, '.productops-evidence-capture');
                ui.flagSuccess(AJS.I18n.getText('productops.ui.capture.done', input.title, issueKey));
            } catch (error) {
                showMessage(current, ui.errorMessage(error));
            }
        }});
    }

    // ---- Links to the library -----------------------------------------------------------------------

    /**
     * The template cannot know Jira's context path, so library links get their address here, just before
     * anyone can use them: on hover and focus (so the browser shows the target) and at the latest on click.
     */
    function giveLibraryAddress(link) {
        const panel = panelOf(link);
        const params = link.dataset.insightId ? {insight: link.dataset.insightId} : {issueKey: issueKeyOf(panel)};
        link.href = ui.libraryUrl(params);
    }

    // ---- Wiring -------------------------------------------------------------------------------------

    function within(event, selector) {
        const target = event.target.closest && event.target.closest(selector);
        return target && panelOf(target) ? target : null;
    }

    document.addEventListener('click', (event) => {
        let target;
        if ((target = within(event, '.productops-evidence-link-start'))) {
            openLinker(panelOf(target));
        } else if ((target = within(event, '.productops-evidence-link-cancel'))) {
            closeLinker(panelOf(target));
        } else if ((target = within(event, '.productops-evidence-result'))) {
            choose(target);
        } else if ((target = within(event, '.productops-evidence-capture'))) {
            openCaptureDialog(panelOf(target));
        } else if ((target = within(event, '.productops-evidence-unlink'))) {
            onUnlink(target);
        } else if ((target = within(event, '.productops-evidence-library-link, .productops-evidence-open'))) {
            giveLibraryAddress(target);
        }
    });

    ['mouseover', 'focusin'].forEach((type) => document.addEventListener(type, (event) => {
        const link = within(event, '.productops-evidence-library-link, .productops-evidence-open');
        if (link) {
            giveLibraryAddress(link);
        }
    }));

    document.addEventListener('change', (event) => {
        const select = within(event, '.productops-evidence-importance');
        if (select) {
            onImportanceChange(select);
        }
    });

    document.addEventListener('input', (event) => {
        const input = within(event, '.productops-evidence-search');
        if (input) {
            searchSoon(panelOf(input), input.value);
        }
    });

    document.addEventListener('keydown', (event) => {
        if (within(event, '.productops-evidence-linker')) {
            onLinkerKeydown(event);
        }
    });

    document.addEventListener('submit', (event) => {
        const linker = within(event, '.productops-evidence-linker');
        if (linker) {
            event.preventDefault();
            submitLink(linker);
        }
    });
}(window, document, window.AJS));
