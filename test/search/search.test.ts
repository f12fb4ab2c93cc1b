import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EvidenceSearch } from '../../src/core/search/index.js';
import { fixtureReport } from './fixture.js';
import { PASSAGES } from './passages.js';

const search = EvidenceSearch.build(fixtureReport());
const locators = (q: string, opts = {}) => search.search(q, opts).map((h) => h.finding.locator);

test('a paraphrase a writer would type finds the learning point about it', () => {
  assert.equal(locators('vi manglet munnbind da pandemien kom')[0], 'lp. 3.5.1');
});

test('Nynorsk queries find the Bokmål passages', () => {
  const hits = search.search('kriseleiing');
  assert.ok(hits.length > 0);
  assert.ok(hits.every((h) => /kriseledelse/i.test(h.finding.text + h.finding.sectionTitle)), hits.map((h) => h.finding.locator).join());
  assert.equal(locators('born og unge')[0], 'lp. 7.4.6');
});

test('learning points and key experiences outrank paragraphs of equal relevance', () => {
  const text = PASSAGES['kap. 3.2 avsn. 1'];
  const report = fixtureReport([
    { locator: 'kap. 3.2 avsn. 9', kind: 'paragraph', section: '3.2', text },
    { locator: 'lp. 3.2.9', kind: 'learning-point', section: '3.2', text },
    { locator: 'se. 3.2.9', kind: 'key-experience', section: '3.2', text },
  ]);
  const s = EvidenceSearch.build(report);
  const hits = s.search('tilgangen på smittevernutstyr i starten', { limit: 20 });
  const rank = (loc: string) => hits.findIndex((h) => h.finding.locator === loc);
  assert.ok(rank('lp. 3.2.9') >= 0 && rank('lp. 3.2.9') < rank('se. 3.2.9'), hits.map((h) => h.finding.locator).join());
  assert.ok(rank('se. 3.2.9') < rank('kap. 3.2 avsn. 9'));
  assert.ok(rank('se. 3.2.9') < rank('kap. 3.2 avsn. 1'));
});

test('English queries reach the Norwegian chapters through the glossary, and the English summary still ranks', () => {
  const equipment = locators('infection control equipment');
  assert.equal(search.report.findings.find((f) => f.locator === equipment[0])?.section, '3.5', equipment.join());
  assert.ok(equipment.includes('kap. summary avsn. 8'), equipment.join());
  const plans = locators('contingency planning');
  assert.ok(plans.slice(0, 3).some((l) => l.startsWith('lp. 2.6') || l.startsWith('se. 10.2.1')), plans.join());
  assert.ok(plans.includes('kap. summary avsn. 8'), plans.join());
});

test('kinds restrict the hits', () => {
  const hits = search.search('smittevernutstyr beredskapsplaner', { kinds: ['learning-point'] });
  assert.ok(hits.length >= 2);
  assert.ok(hits.every((h) => h.finding.kind === 'learning-point'));
});

test('limit caps the hits; scores are in decreasing order', () => {
  const hits = search.search('pandemien kommunene', { limit: 3 });
  assert.equal(hits.length, 3);
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
});

test('prefix: the last word being typed matches as a prefix', () => {
  assert.deepEqual(locators('vedlike'), []);
  assert.deepEqual(locators('vedlike', { prefix: true }), ['lp. 3.5.1']);
  assert.equal(locators('beredskapsla', { prefix: true })[0], 'lp. 3.5.1');
  assert.equal(locators('beredskapspla', { prefix: true })[0], 'lp. 2.6.1');
});

test('context ranks an empty or short query (completion after [@)', () => {
  const context = '## Smittevernutstyr\n\nKommunen skal ha et lager av munnbind og annet utstyr før neste pandemi.';
  assert.equal(locators('', { context })[0], 'lp. 3.5.1');
  const plan = '## Beredskapsplan\n\nPlanen skal revideres og ta høyde for en langvarig pandemi i alle sektorer.';
  assert.equal(locators('pandemi', { context: plan })[0], 'lp. 2.6.1');
  assert.notEqual(locators('pandemi', { context })[0], 'lp. 2.6.1');
});

test('nothing to search for gives no hits and never throws', () => {
  for (const q of ['', '   ', '\n\t', '?!.,;', '–', 'og i det', '\u0000\u0001']) assert.deepEqual(search.search(q), [], JSON.stringify(q));
  assert.deepEqual(search.search('smittevern', { limit: 0 }), []);
  assert.deepEqual(search.search(undefined as unknown as string), []);
  assert.ok(search.search('smittevern', null as never).length > 0);
  assert.deepEqual(search.search('smittevern', { limit: Number.NaN }), []);
});

test('a 10 MB query returns (it is truncated), with hits', () => {
  const hits = search.search('smittevernutstyr '.repeat(600_000));
  assert.ok(hits.length > 0);
});

test('the index survives toJSON/fromJSON, and refuses another report', () => {
  const json = search.toJSON();
  const again = EvidenceSearch.fromJSON(json, fixtureReport());
  for (const q of ['vi manglet munnbind', 'kriseleiing', 'crisis management']) {
    assert.deepEqual(
      again.search(q).map((h) => [h.finding.locator, h.score]),
      search.search(q).map((h) => [h.finding.locator, h.score]),
    );
  }
  assert.throws(() => EvidenceSearch.fromJSON(json, fixtureReport([], 'other')), /npm run build/);
  assert.throws(() => EvidenceSearch.fromJSON('{not json', fixtureReport()), /npm run build/);
  assert.throws(() => EvidenceSearch.fromJSON('{}', fixtureReport()), /npm run build/);
});

test('highlight marks the matched words in one paragraph of the finding', () => {
  const lp = search.report.findings.find((f) => f.locator === 'lp. 3.5.1')!;
  const ex = search.highlight(lp, 'munnbind pandemien', { maxChars: 200 });
  const marked = ex.marks.map((m) => ex.text.slice(m.start, m.end));
  assert.ok(marked.includes('pandemien') && marked.includes('utstyrsberedskap'), String(marked));
  assert.ok(ex.text.length <= 205);
});

test('related finds other findings on the same subject, not the finding itself', () => {
  const lp = search.report.findings.find((f) => f.locator === 'lp. 3.5.1')!;
  const rel = search.related(lp, 3).map((h) => h.finding.locator);
  assert.ok(!rel.includes('lp. 3.5.1'));
  assert.equal(rel[0], 'kap. 3.2 avsn. 1');
});

test('a finding whose neighbours in its section match the rest of the query ranks above an equal one alone', () => {
  const report = fixtureReport([
    { locator: 'kap. 9.1 avsn. 1', kind: 'paragraph', section: '9.1', text: 'Kommunen etablerte en egen vaksinasjonsenhet i gymsalen.' },
    { locator: 'kap. 9.1 avsn. 2', kind: 'paragraph', section: '9.1', text: 'Ventelistene for timebestilling ble lange i januar.' },
    { locator: 'kap. 9.2 avsn. 1', kind: 'paragraph', section: '9.2', text: 'Bydelen etablerte en egen vaksinasjonsenhet i kinosalen.' },
    // The next finding matches too, but it is in another section: no lift for 9.2's.
    { locator: 'kap. 9.3 avsn. 1', kind: 'paragraph', section: '9.3', text: 'Ventelistene for timebestilling ble lange i februar.' },
  ]);
  const s = EvidenceSearch.build(report);
  const hits = s.search('vaksinasjonsenhet og timebestilling', { limit: 10 });
  const score = (loc: string) => hits.find((h) => h.finding.locator === loc)?.score ?? 0;
  assert.ok(score('kap. 9.1 avsn. 1') > score('kap. 9.2 avsn. 1') * 1.1, hits.map((h) => `${h.finding.locator} ${h.score.toFixed(2)}`).join(', '));
  // One word alone has nothing to gain from neighbours: the two score the same.
  const one = s.search('vaksinasjonsenhet', { limit: 10 });
  const oneScore = (loc: string) => one.find((h) => h.finding.locator === loc)?.score ?? 0;
  assert.ok(Math.abs(oneScore('kap. 9.1 avsn. 1') - oneScore('kap. 9.2 avsn. 1')) < 1e-9 && oneScore('kap. 9.1 avsn. 1') > 0);
});

test('two query words side by side count more than the same words a word apart: the term itself before a loose mention', () => {
  const report = fixtureReport([
    // The same words in another order: equal but for how close «nye» and «sårbare» stand.
    { locator: 'kap. 9.1 avsn. 1', kind: 'paragraph', section: '9.1', text: 'Kommunene fant nye, plutselig sårbare barn i skolen.' },
    { locator: 'kap. 9.2 avsn. 1', kind: 'paragraph', section: '9.2', text: 'Kommunene fant plutselig nye sårbare barn i skolen.' },
  ]);
  const s = EvidenceSearch.build(report);
  const hits = s.search('nye sårbare', { limit: 10 }).filter((h) => h.finding.locator.startsWith('kap. 9.'));
  assert.deepEqual(hits.map((h) => h.finding.locator), ['kap. 9.2 avsn. 1', 'kap. 9.1 avsn. 1']);
  assert.ok(hits[0].score > hits[1].score, hits.map((h) => h.score).join(' '));
});

test('a list item carries the words of the paragraph that leads into its list', () => {
  const report = fixtureReport([
    { locator: 'kap. 9.1 avsn. 1', kind: 'paragraph', section: '9.1', text: 'Kommunene har satt inn flere tiltak mot mangelen på helsepersonell, som å:' },
    { locator: 'kap. 9.1 avsn. 2', kind: 'paragraph', section: '9.1', text: 'Bruke pensjonister som ressurs' },
    { locator: 'kap. 9.2 avsn. 1', kind: 'paragraph', section: '9.2', text: 'Pensjonister deltok i kor og korps.' },
  ]);
  const s = EvidenceSearch.build(report);
  const top = s.search('pensjonister mot mangel på helsepersonell', { limit: 10 }).map((h) => h.finding.locator);
  assert.ok(top.indexOf('kap. 9.1 avsn. 2') >= 0 && top.indexOf('kap. 9.1 avsn. 2') < top.indexOf('kap. 9.2 avsn. 1'), top.join(', '));
  // Without a lead the two bullets-to-be weigh the same: a paragraph that ends in a full stop leads nothing.
  const plain = fixtureReport([
    { locator: 'kap. 9.1 avsn. 1', kind: 'paragraph', section: '9.1', text: 'Kommunene har satt inn flere tiltak mot mangelen på helsepersonell.' },
    { locator: 'kap. 9.1 avsn. 2', kind: 'paragraph', section: '9.1', text: 'Bruke pensjonister som ressurs' },
  ]);
  const p = EvidenceSearch.build(plain);
  const item = p.search('helsepersonell', { limit: 10 }).map((h) => h.finding.locator);
  assert.ok(!item.includes('kap. 9.1 avsn. 2'), item.join(', '));
});
