import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadFrontend} from './load-frontend.mjs';

const charts = loadFrontend('metrics/metrics-charts.js')('productops/metrics/charts');

test('the axis rounds up to a step of 1, 2 or 5 times a power of ten, in at most four steps', () => {
    const cases = [[0, 1, 1], [3, 3, 1], [4, 4, 1], [7, 8, 2], [9, 10, 5], [38, 40, 10], [41, 60, 20], [999, 1000, 500]];
    for (const [maximum, max, step] of cases) {
        assert.deepEqual({...charts.scale(maximum)}, {max, step}, 'maximum ' + maximum);
        assert.ok(max / step <= 4 || step === 1, 'at most four steps above ' + maximum);
    }
});

test('counts never get a fractional step, and nothing to show still draws an axis', () => {
    assert.deepEqual({...charts.scale(0.5)}, {max: 1, step: 1});
    assert.deepEqual({...charts.scale(NaN)}, {max: 1, step: 1});
    assert.deepEqual({...charts.scale(-3)}, {max: 1, step: 1});
});
