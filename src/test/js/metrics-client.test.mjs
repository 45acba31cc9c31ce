import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadFrontend} from './load-frontend.mjs';

const metrics = loadFrontend('metrics/metrics-client.js')('productops/metrics/client');

test('project keys are upper case, in the order typed, each once', () => {
    assert.deepEqual([...metrics.projectKeys(' pay, chk ;PAY\nmob ')], ['PAY', 'CHK', 'MOB']);
    assert.deepEqual([...metrics.projectKeys('')], []);
});

test('a gadget never saved gets twelve weeks of evidence coverage at threshold 3', () => {
    const chosen = metrics.withDefaults(undefined);
    assert.equal(chosen.metric, 'evidence-coverage');
    assert.equal(chosen.period, '12');
    assert.equal(chosen.threshold, '3');
    assert.equal(metrics.isConfigured(undefined), false);
    assert.equal(metrics.isConfigured({metric: 'top-evidence'}), true);
});

test('a period or metric no longer offered falls back to the default, the rest is kept', () => {
    const chosen = metrics.withDefaults({metric: 'velocity', period: '7', projects: 'PAY'});
    assert.equal(chosen.metric, 'evidence-coverage');
    assert.equal(chosen.period, '12');
    assert.equal(chosen.projects, 'PAY');
});

test('the period is asked as a number of weeks: the server counts back from today in the viewer\'s zone', () => {
    assert.deepEqual({...metrics.query({metric: 'evidence-coverage', projects: 'pay,chk', period: '26', threshold: ' 2.5 '})},
        {projects: 'PAY,CHK', weeks: '26', interval: 'week', threshold: '2.5'});
    assert.deepEqual({...metrics.query({metric: 'top-evidence', projects: 'PAY', period: '4'})},
        {projects: 'PAY', weeks: '4', interval: 'week', maxResults: 10});
    assert.equal('threshold' in metrics.query({metric: 'insight-intake', period: '4'}), false);
});

test('the form names each field it can tell is wrong before asking Jira', () => {
    assert.deepEqual({...metrics.check({metric: 'evidence-coverage', projects: 'PAY, 9X', threshold: '3'})},
        {projects: 'productops.metrics.config.projects.invalid 9X'});
    assert.deepEqual({...metrics.check({metric: 'top-evidence', projects: ''})},
        {projects: 'productops.metrics.config.projects.required'});
    assert.deepEqual({...metrics.check({metric: 'insight-intake', projects: ''})}, {}, 'intake is organisation-wide');
    for (const threshold of ['0', '101', '-1', 'three', '']) {
        assert.deepEqual({...metrics.check({metric: 'evidence-coverage', projects: 'PAY', threshold})},
            {threshold: 'productops.metrics.config.threshold.invalid'}, 'threshold ' + JSON.stringify(threshold));
    }
});

test('a drill-down link stays inside Jira', () => {
    const contextPath = () => '/jira';
    assert.equal(metrics.drilldownUrl('/issues/?jql=key%20in%20(PAY-1)', contextPath), '/jira/issues/?jql=key%20in%20(PAY-1)');
    for (const path of ['javascript:alert(1)', '//evil.example/x', '/\\evil.example', 'https://evil.example/', null]) {
        assert.equal(metrics.drilldownUrl(path, contextPath), null, String(path));
    }
});
