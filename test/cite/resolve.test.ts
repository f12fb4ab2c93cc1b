import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanCitations } from '../../src/core/cite/scan.js';
import { resolveCitation, nearestKeys } from '../../src/core/cite/resolve.js';
import { report } from '../fixtures/lint/helpers.js';

const sources = () => new Map([['ks2021', report()]]);
const resolve = (text: string) => resolveCitation(scanCitations(text)[0].items[0], sources());

test('a valid citation resolves to its finding', () => {
  const r = resolve('[@ks2021, lp. 3.5.1]');
  assert.equal(r.status, 'ok');
  if (r.status === 'ok') {
    assert.equal(r.finding.locator, 'lp. 3.5.1');
    assert.match(r.finding.text, /utstyrsberedskap/);
  }
});

test('what writers type resolves too (missing comma included)', () => {
  for (const t of ['[@ks2021, LP 3.5.1]', '[@ks2021, læringspunkt 3.5.1]', '[@ks2021 lp 3.5.1]', '@ks2021 [lp. 3.5.1]']) {
    const r = resolve(t);
    assert.equal(r.status, 'ok', t);
  }
});

test('unknown key → unknown-source with the nearest key', () => {
  const r = resolve('[@ks2012, lp. 3.5.1]');
  assert.equal(r.status, 'unknown-source');
  assert.deepEqual('nearest' in r ? r.nearest : [], ['ks2021']);
  assert.deepEqual(nearestKeys('helt-annet', ['ks2021']), []);
});

test('a locator that addresses nothing → unknown-locator with nearest by number', () => {
  const r = resolve('[@ks2021, lp. 3.5.9]');
  assert.equal(r.status, 'unknown-locator');
  if ('nearest' in r) {
    assert.equal(r.reason, 'not-found');
    assert.ok(r.nearest.length > 0);
    for (const l of r.nearest) assert.ok(report().get(l), `${l} is valid`);
    assert.ok(r.nearest[0].startsWith('lp. 3.5.'));
  }
});

test('malformed citations say why', () => {
  const cases: [string, string][] = [
    ['[@]', 'empty-key'],
    ['[@ks2021, lp. ]', 'bad-number'],
    ['[@ks2021, x. 33]', 'unknown-label'],
  ];
  for (const [t, reason] of cases) {
    const r = resolve(t);
    assert.equal(r.status, 'malformed', t);
    assert.equal('reason' in r ? r.reason : undefined, reason, t);
  }
});
