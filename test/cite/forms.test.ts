/**
 * Citations as pandoc allows them (issue 9), against the real built report:
 * a bare `[@ks2021]` is the whole source; `s. N` / `side N` / `p. N` are the
 * findings on that printed page; ranges (`lp. 3.5.1–3.5.4`, `lp. 3.5.1-4`,
 * `kap. 2.1–2.3`) are every finding in them; and the messages for the new
 * forms when they address nothing. Appendix figures by their own number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanCitations } from '../../src/core/cite/scan.js';
import { resolveCitation } from '../../src/core/cite/resolve.js';
import { citationHover } from '../../src/core/editor/hover.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { lint, only, report } from '../fixtures/lint/helpers.js';

const sources = () => new Map([['ks2021', report()]]);
const resolve = (text: string) => resolveCitation(scanCitations(text)[0].items[0], sources());
const locs = (text: string) => {
  const r = resolve(text);
  return r.status === 'ok' ? (r.findings ?? [r.finding]).map((f) => f.locator) : [];
};

test('a bare [@ks2021] is the whole report: valid, no diagnostic, and the hover says so', () => {
  assert.equal(resolve('[@ks2021]').status, 'whole-source');
  assert.equal(only(lint('## Kilder\n\n- Deloitte for KS (2021) [@ks2021].\n'), 'unknown-locator').length, 0);
  const text = 'Se [@ks2021] for bakgrunn.';
  const h = citationHover(analyzePlan(text), text.indexOf('ks2021'), report());
  assert.ok(h);
  assert.match(h.markdown, /Hele rapporten/);
  assert.match(h.markdown, /Kommunenes erfaringer fra koronapandemien/);
});

test('ranges resolve to every finding in them, the short form included', () => {
  const all = ['lp. 3.5.1', 'lp. 3.5.2', 'lp. 3.5.3', 'lp. 3.5.4'];
  assert.deepEqual(locs('[@ks2021, lp. 3.5.1–3.5.4]'), all);
  assert.deepEqual(locs('[@ks2021, lp. 3.5.1-3.5.4]'), all);
  assert.deepEqual(locs('[@ks2021, lp. 3.5.1-4]'), all);
  assert.deepEqual(locs('[@ks2021, lp. 7.4.2–7.4.3]'), ['lp. 7.4.2', 'lp. 7.4.3']);
  // A range of sections: everything in 2.1, 2.2 (with 2.2.1) and 2.3.
  const secs = locs('[@ks2021, kap. 2.1–2.3]');
  for (const l of ['kap. 2.1', 'kap. 2.1 avsn. 1', 'kap. 2.2.1 avsn. 2', 'fig. 1', 'kap. 2.3 avsn. 3']) assert.ok(secs.includes(l), l);
  assert.ok(!secs.includes('kap. 2.4'), 'the range ends with 2.3');
  assert.equal(only(lint('Kommunene manglet utstyr [@ks2021, lp. 3.5.1-4].'), 'unknown-locator').length, 0);
});

test('a page locator resolves to the findings printed on that page; the hover lists them', () => {
  const idx = report();
  const lp = idx.get('lp. 3.5.1')!;
  assert.ok(lp.pages && lp.pages[0] > 0, 'every finding records its printed pages');
  const page = lp.pages![0];
  for (const form of [`s. ${page}`, `side ${page}`, `p. ${page}`]) {
    const got = locs(`[@ks2021, ${form}]`);
    assert.ok(got.includes('lp. 3.5.1'), `${form}: ${got.join()}`);
    for (const l of got) {
      const p = idx.get(l)!.pages!;
      assert.ok(p[0] <= page && p[1] >= page, `${l} is on page ${page}`);
    }
  }
  // Pages increase through the report.
  const pages = idx.findings.filter((f) => f.pages).map((f) => f.pages![0]);
  for (let i = 1; i < pages.length; i++) assert.ok(pages[i] >= pages[i - 1] - 1, `pages in reading order at ${i}`);
  const text = `Se [@ks2021, s. ${page}].`;
  const h = citationHover(analyzePlan(text), text.indexOf('s. '), idx);
  assert.ok(h);
  const plain = h.markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  assert.match(plain, new RegExp(`\\d+ funn på side ${page}`));
  assert.ok(plain.includes(locs(text.slice(3, -1))[0]), 'the first finding on the page is listed');
  assert.equal(only(lint(text), 'unknown-locator').length, 0);
});

test('the unknown-locator messages for the new forms say what is wrong', () => {
  const back = only(lint('Se [@ks2021, lp. 3.5.4–3.5.1].'), 'unknown-locator');
  assert.equal(back.length, 1);
  assert.match(back[0].message, /går baklengs.*lp\. 3\.5\.1–3\.5\.4/);
  const beyond = only(lint('Se [@ks2021, s. 900].'), 'unknown-locator');
  assert.equal(beyond.length, 1);
  assert.match(beyond[0].message, /ingen side 900.*sidene går fra \d+ til \d+/);
  const badEnd = only(lint('Se [@ks2021, lp. 3.5.1–3.5.9].'), 'unknown-locator');
  assert.equal(badEnd.length, 1);
  assert.match(badEnd[0].message, /Området «lp\. 3\.5\.1–3\.5\.9».*Nærmeste gyldige: lp\. 3\.5\./);
});

test('appendix figures: "fig. 45" is the one appendix figure 45; "fig. 44" is ambiguous and the error names both', () => {
  const idx = report();
  assert.equal(idx.get('fig. 45')?.locator, 'fig. vedlegg-3.45');
  assert.equal(resolve('[@ks2021, fig. 45]').status, 'ok');
  assert.equal(idx.get('fig. 44'), undefined);
  const [m] = only(lint('Se [@ks2021, fig. 44].'), 'unknown-locator');
  assert.ok(m);
  assert.match(m.message, /fig\. vedlegg-1\.44/);
  assert.match(m.message, /fig\. vedlegg-3\.44/);
  assert.equal(idx.get('fig. 16')?.locator, 'fig. 16', 'a main-text figure is still itself');
});

test('a quote cited by a range is checked against every finding in it, not only the first', () => {
  const lp353 = report().get('lp. 3.5.3')!;
  const quote = lp353.text.split('. ')[0];
  const text = `Rapporten sier: «${quote}» [@ks2021, lp. 3.5.1-4].`;
  assert.equal(only(lint(text, { rules: undefined }), 'misquote').length, 0, 'the quote is in lp. 3.5.3, inside the range');
});
