import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadReportIndexSync } from '../../src/node/resources.js';
import {
  learningPointCompletions,
  learningPointInsert,
  matchLinePrefix,
  matchesWords,
  shortText,
} from '../../src/core/snippets/learning-point.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { expandSnippet } from './expand-snippet.js';

const report = loadReportIndexSync();
const lp351 = report.get('lp. 3.5.1')!;
const lp851 = report.get('lp. 8.5.1')!;

test('verbatim: the full text as a blockquote ending with the canonical citation', () => {
  const r = learningPointInsert(lp351, 'verbatim', 'nb');
  assert.match(r.text, /^> Kommunenes utstyrsberedskap var ikke dimensjonert/);
  assert.ok(r.text.trimEnd().endsWith('tilstrekkelig tilgjengelig utstyr. [@ks2021, lp. 3.5.1]'));
  for (const line of r.text.trimEnd().split('\n')) assert.match(line, /^>( |$)/);
  // Read back: one citation, resolving to the same finding; the quote is the finding's text.
  const plan = analyzePlan(r.text);
  const items = plan.citations.flatMap((g) => g.items);
  assert.equal(items.length, 1);
  assert.equal(report.get(items[0].locator!.canonical), lp351);
  const quoted = r.text.replace(/^> ?/gm, '').replace(/ \[@ks2021, lp\. 3\.5\.1\]\s*$/, '').replace(/\s+/g, ' ').trim();
  assert.equal(quoted, lp351.text.replace(/\s+/g, ' ').trim());
  // The snippet inserts the same text, nothing read as snippet syntax.
  assert.equal(expandSnippet(r.snippet).text, `${r.text}\n`);
});

test('verbatim keeps continuation paragraphs as quoted paragraphs', () => {
  const paras = lp851.text.split(/\n\s*\n/).filter((p) => p.trim());
  assert.ok(paras.length >= 3, 'lp. 8.5.1 has continuation paragraphs');
  const r = learningPointInsert(lp851, 'verbatim', 'nn');
  assert.equal(r.text.split('\n').filter((l) => l === '>').length, paras.length - 1);
});

test('paraphrase: a placeholder in the plan language, then the citation', () => {
  const nb = learningPointInsert(lp351, 'paraphrase', 'nb');
  const nn = learningPointInsert(lp351, 'paraphrase', 'nn');
  assert.equal(nb.text, '[Skriv med egne ord hva dette betyr for kommunen vår] [@ks2021, lp. 3.5.1]\n');
  assert.match(nn.text, /^\[Skriv med eigne ord kva dette tyder for kommunen vår\] \[@ks2021, lp\. 3\.5\.1\]/);
  const ex = expandSnippet(nb.snippet);
  assert.deepEqual(ex.placeholders, [{ n: 1, value: 'Skriv med egne ord hva dette betyr for kommunen vår' }]);
  assert.equal(ex.text, 'Skriv med egne ord hva dette betyr for kommunen vår [@ks2021, lp. 3.5.1]\n');
});

test('every learning point and key experience inserts cleanly both ways', () => {
  const all = report.findings.filter((f) => f.kind === 'learning-point' || f.kind === 'key-experience');
  assert.equal(all.filter((f) => f.kind === 'learning-point').length, 37);
  for (const f of all) {
    for (const mode of ['verbatim', 'paraphrase'] as const) {
      const r = learningPointInsert(f, mode, 'nb');
      assert.ok(r.text.includes(f.citation), f.locator);
      expandSnippet(r.snippet); // throws on bad syntax
      const plan = analyzePlan(r.text);
      assert.equal(plan.citations.flatMap((g) => g.items).map((i) => i.locator?.canonical).join(), f.locator);
    }
  }
});

test('the prefix is recognised after indentation, list and quote markers, case-insensitively', () => {
  assert.deepEqual(matchLinePrefix('lp: utstyr'), { start: 0, prefixEnd: 3, query: ' utstyr' });
  assert.deepEqual(matchLinePrefix('  - LP:lager'), { start: 4, prefixEnd: 7, query: 'lager' });
  assert.equal(matchLinePrefix('> 1. lp:')?.start, 5);
  assert.equal(matchLinePrefix('Her står lp: midt i'), undefined);
  assert.equal(matchLinePrefix('læringspunkt: x', 'læringspunkt:')?.query, ' x');
  assert.equal(matchLinePrefix('lp: x', ''), undefined);
});

test('completion items are filtered by the words typed after the prefix', () => {
  const all = learningPointCompletions('lp:', report.findings)!;
  assert.equal(all.items.length, report.findings.filter((f) => f.kind === 'learning-point' || f.kind === 'key-experience').length);
  assert.equal(all.items[0].label, report.findings.find((f) => f.kind === 'learning-point' || f.kind === 'key-experience')!.locator);

  const utstyr = learningPointCompletions('lp: smittevernutstyr lager', report.findings)!;
  const labels = utstyr.items.map((i) => i.label);
  assert.ok(labels.includes('lp. 3.5.1'), labels.join());
  for (const i of utstyr.items) assert.ok(matchesWords(i.finding, 'smittevernutstyr lager'));
  assert.ok(labels.length < 10);

  const byNumber = learningPointCompletions('- lp: 3.5', report.findings)!;
  assert.deepEqual(byNumber.items.map((i) => i.label), ['lp. 3.5.1', 'lp. 3.5.2', 'lp. 3.5.3', 'lp. 3.5.4']);
  assert.equal(byNumber.match.start, 2);

  const none = learningPointCompletions('lp: qqqzzz', report.findings)!;
  assert.deepEqual(none.items, []);
  assert.equal(learningPointCompletions('ingen prefiks', report.findings), undefined);
});

test('completion expands to a paraphrase snippet by default, verbatim when asked', () => {
  const r = learningPointCompletions('lp: 9.3.8', report.findings, { lang: 'nn' })!;
  assert.equal(r.items.length, 1);
  assert.match(r.items[0].text, /eigne ord.*\[@ks2021, lp\. 9\.3\.8\]/);
  assert.match(r.items[0].documentation, /omsorgsbygg/);
  const v = learningPointCompletions('lp: 9.3.8', report.findings, { mode: 'verbatim' })!;
  assert.match(v.items[0].text, /^> Utformingen av omsorgsbygg/);
});

test('short text is the first sentence, cut at a word', () => {
  assert.equal(shortText('Kort. Lang setning her.'), 'Kort. Lang setning her.');
  assert.equal(shortText('Dette er den første setningen her. Og så den andre.'), 'Dette er den første setningen her.');
  const s = shortText(lp351.text, 40);
  assert.ok(s.length <= 40 && s.endsWith('…'), s);
});
