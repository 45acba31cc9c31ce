/*
 * Product Ops for Jira: the metrics gadget's preferences and its one REST call. Preferences are what Jira keeps for
 * each gadget on a dashboard (strings): metric, projects ("PAY,CHK"), period (weeks), threshold, refresh (minutes or
 * "false"). The gadget sends them as GET /metrics/{metric}?projects=&from=&to=&interval=week[&threshold=].
 */
(function (window, AJS) {
    'use strict';


    // Literal keys only: Jira's jsI18n transformer replaces each call with its translation at download time.
    const METRICS = [
        {id: 'evidence-coverage', label: AJS.I18n.getText('productops.metrics.metric.evidence-coverage'),
            description: AJS.I18n.getText('productops.metrics.metric.evidence-coverage.description')},
        {id: 'insight-intake', label: AJS.I18n.getText('productops.metrics.metric.insight-intake'),
            description: AJS.I18n.getText('productops.metrics.metric.insight-intake.description')},
        {id: 'dependency-health', label: AJS.I18n.getText('productops.metrics.metric.dependency-health'),
            description: AJS.I18n.getText('productops.metrics.metric.dependency-health.description')},
        {id: 'top-evidence', label: AJS.I18n.getText('productops.metrics.metric.top-evidence'),
            description: AJS.I18n.getText('productops.metrics.metric.top-evidence.description')}
    ];
    const PERIODS = [
        {weeks: '4', label: AJS.I18n.getText('productops.metrics.period.4')},
        {weeks: '12', label: AJS.I18n.getText('productops.metrics.period.12')},
        {weeks: '26', label: AJS.I18n.getText('productops.metrics.period.26')},
        {weeks: '52', label: AJS.I18n.getText('productops.metrics.period.52')}
    ];
    const REFRESH = [
        {minutes: 'false', label: AJS.I18n.getText('productops.metrics.refresh.never')},
        {minutes: '15', label: AJS.I18n.getText('productops.metrics.refresh.15')},
        {minutes: '30', label: AJS.I18n.getText('productops.metrics.refresh.30')},
        {minutes: '60', label: AJS.I18n.getText('productops.metrics.refresh.60')}
    ];
    const DEFAULTS = {metric: 'evidence-coverage', projects: '', period: '12', threshold: '3', refresh: 'false'};
    const TOP_ISSUES = 10;
    const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;

    function metric(id) {
        return METRICS.find((m) => m.id === id);
    }

    /** Saved preferences with defaults for what is missing or no longer offered. */
    function withDefaults(preferences) {
        const chosen = Object.assign({}, DEFAULTS, preferences || {});
        if (!metric(chosen.metric)) {
            chosen.metric = DEFAULTS.metric;
        }
        if (!PERIODS.some((p) => p.weeks === chosen.period)) {
            chosen.period = DEFAULTS.period;
        }
        if (!REFRESH.some((r) => r.minutes === chosen.refresh)) {
            chosen.refresh = DEFAULTS.refresh;
        }
        return chosen;
    }

    /** Whether the gadget was ever saved: Jira gives an item no preferences at all until then. */
    function isConfigured(preferences) {
        return Boolean(preferences && preferences.metric);
    }

    /** "pay, chk ,PAY" → ["PAY", "CHK"]: upper case, in the order typed, each once. */
    function projectKeys(text) {
        const keys = [];
        String(text || '').split(/[\s,;]+/).map((k) => k.trim().toUpperCase()).filter(Boolean).forEach((key) => {
            if (keys.indexOf(key) < 0) {
                keys.push(key);
            }
        });
        return keys;
    }

    /** Field errors the form can tell without asking Jira; the server checks everything again. */
    function check(preferences) {
        const errors = {};
        const keys = projectKeys(preferences.projects);
        const wrong = keys.filter((key) => !PROJECT_KEY.test(key));
        if (wrong.length) {
            errors.projects = AJS.I18n.getText('productops.metrics.config.projects.invalid', wrong.join(', '));
        } else if (keys.length === 0 && preferences.metric !== 'insight-intake') {
            errors.projects = AJS.I18n.getText('productops.metrics.config.projects.required');
        }
        if (preferences.metric === 'evidence-coverage') {
            const threshold = Number(preferences.threshold);
            if (!/^\d+(\.\d+)?$/.test(String(preferences.threshold).trim()) || threshold <= 0 || threshold > 100) {
                errors.threshold = AJS.I18n.getText('productops.metrics.config.threshold.invalid');
            }
        }
        return errors;
    }

    /**
     * The last N weeks are asked for as a number: the server counts them back from today in the viewer's Jira time
     * zone, which the browser's clock need not share.
     */
    function query(preferences) {
        const chosen = withDefaults(preferences);
        const params = {projects: projectKeys(chosen.projects).join(','), weeks: String(chosen.period), interval: 'week'};
        if (chosen.metric === 'evidence-coverage') {
            params.threshold = String(chosen.threshold).trim();
        }
        if (chosen.metric === 'top-evidence') {
            params.maxResults = TOP_ISSUES;
        }
        return params;
    }

    /** Answers the metric's JSON, or rejects with an ApiError (productops/rest) carrying Jira's messages. */
    function load(preferences) {
        const chosen = withDefaults(preferences);
        return require('productops/rest').send('GET', '/metrics/' + encodeURIComponent(chosen.metric), {params: query(chosen)});
    }

    /**
     * A drill-down path from the API ("/issues/?jql=..."), made absolute with the context path. Anything but a path
     * inside Jira is refused, so a link can never become javascript: or another site. contextPath: WRM's function.
     */
    function drilldownUrl(path, contextPath) {
        if (typeof path !== 'string' || path.charAt(0) !== '/' || path.charAt(1) === '/' || path.charAt(1) === '\\') {
            return null;
        }
        return (typeof contextPath === 'function' ? contextPath() : require('productops/rest').contextPath()) + path;
    }

    define('productops/metrics/client', [], () => ({METRICS, PERIODS, REFRESH, DEFAULTS, metric, withDefaults, isConfigured,
        projectKeys, check, query, load, drilldownUrl}));
}(window, window.AJS));
