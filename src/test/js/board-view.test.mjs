import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadFrontend} from './load-frontend.mjs';

const view = loadFrontend('dependency/board-view.js')('productops/board/view');

test('the view read from a shared link keeps what it names and drops what it cannot be', () => {
    const read = view.readView('?projects=pay,%20chk,PAY,1x&columns=month&from=2026-11-02&to=nope&problems=1'
        + '&team=mob&state=conflict,at-risk,DROP%20TABLE&focus=pay-7&critical=1&collapsed=CHK,other-teams');
    assert.deepEqual([...read.projects], ['PAY', 'CHK'], 'each key once, though the link names PAY twice');
    assert.equal(read.columns, 'month');
    assert.equal(read.from, '2026-11-02');
    assert.equal(read.to, '', 'a date that is not yyyy-mm-dd is no date');
    assert.equal(read.problemsOnly, true);
    assert.equal(read.crossTeamOnly, false);
    assert.equal(read.team, 'MOB');
    assert.deepEqual([...read.states], ['conflict', 'at-risk']);
    assert.equal(read.focus, 'PAY-7');
    assert.equal(read.criticalPath, true);
    assert.deepEqual([...read.collapsed], ['CHK', 'other-teams']);
});

test('an unknown column mode falls back to sprints, and defaults stay out of the link', () => {
    const read = view.readView('?projects=PAY&columns=year');
    assert.equal(read.columns, 'sprint');
    assert.equal(view.viewQuery(read), '?projects=PAY');
});

test('a view survives the trip through the address bar', () => {
    const link = '?projects=PAY%2CCHK&columns=month&problems=1&crossTeam=1&team=CHK&state=conflict&focus=PAY-7&all=1';
    assert.equal(view.viewQuery(view.readView(link)), link);
});

test('issue keys sort by project, then by number, not as text', () => {
    const keys = ['PAY-12', 'CHK-3', 'PAY-7', 'PAY-100'];
    assert.deepEqual(keys.sort(view.compareKeys), ['CHK-3', 'PAY-7', 'PAY-12', 'PAY-100']);
});

test('problems are the states the server calls problems, whatever their names', () => {
    view.learnStates([{id: 'cycle', problem: true}, {id: 'conflict', problem: true}, {id: 'at-risk', problem: false},
        {id: 'ok', problem: false}]);
    assert.equal(view.isProblem('conflict'), true);
    assert.equal(view.isProblem('at-risk'), false);
    assert.equal(view.isProblem('unknown'), false);
});

test('the team filter keeps the dependencies that enter or leave that team only', () => {
    view.learnStates([{id: 'conflict', problem: true}, {id: 'ok', problem: false}]);
    const cards = [['PAY-1', 'PAY'], ['CHK-1', 'CHK'], ['MOB-1', 'MOB'], ['MOB-2', 'MOB']]
        .map(([issueKey, lane]) => ({issueKey, lane, column: 'current'}));
    const data = {cards, criticalPath: [], dependencies: [
        {from: 'PAY-1', to: 'CHK-1', state: 'conflict'},
        {from: 'MOB-1', to: 'PAY-1', state: 'ok'},
        {from: 'MOB-1', to: 'MOB-2', state: 'conflict'}]};
    const chosen = view.selectDependencies(data, view.readView('?projects=PAY,CHK,MOB&team=PAY'));
    assert.deepEqual([...chosen.shown.map((d) => d.from + '>' + d.to)], ['PAY-1>CHK-1', 'MOB-1>PAY-1']);
    const problems = view.selectDependencies(data, view.readView('?projects=PAY,CHK,MOB&problems=1&crossTeam=1'));
    assert.deepEqual([...problems.shown.map((d) => d.from + '>' + d.to)], ['PAY-1>CHK-1'],
        'a problem inside one team is not cross-team; an ok one is no problem');
});
