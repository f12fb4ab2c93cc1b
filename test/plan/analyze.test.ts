import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePlan, REMARK_LIMIT } from '../../src/core/plan/analyze.js';
import { detectLanguage } from '../../src/core/plan/language.js';

const cited = (text: string) => {
  const p = analyzePlan(text);
  return p.citations.map((g) => text.slice(g.start, g.end));
};

test('front matter: values parsed, errors with their place, never a throw', () => {
  const ok = analyzePlan('---\nplantype: smittevernplan\nrevidert: 2024-05-01\nsist-øvd: 2024-06-01\nkommune: Bø\nspråk: nn\n---\n# Plan\n');
  assert.equal(ok.frontmatter.plantype, 'smittevernplan');
  assert.equal(ok.frontmatter.revidert, '2024-05-01');
  assert.equal(ok.frontmatter.sistOvd, '2024-06-01');
  assert.equal(ok.frontmatter.kommune, 'Bø');
  assert.equal(ok.language, 'nn');
  assert.equal(ok.languageSource, 'front-matter');
  assert.deepEqual(ok.frontmatter.issues, []);

  const bad = analyzePlan('---\nplantype: brannplan\nrevidert: 2024-02-30\nspråk: sv\n---\n# Plan\n');
  assert.deepEqual(bad.frontmatter.issues.map((i) => [i.code, i.key, bad.lineCol(i.start).line]), [
    ['unknown-plantype', 'plantype', 2],
    ['invalid-date', 'revidert', 3],
    ['unknown-language', 'språk', 4],
  ]);
  const notYaml = analyzePlan('---\nplantype: [uavsluttet\n---\n# Plan\n');
  assert.equal(notYaml.frontmatter.issues[0].code, 'yaml-syntax');
  assert.ok(notYaml.lineCol(notYaml.frontmatter.issues[0].start).line >= 2);
  const scalar = analyzePlan('---\nbare tekst\n---\n');
  assert.equal(scalar.frontmatter.issues[0].code, 'not-a-mapping');
});

test('language: Bokmål and Nynorsk told apart by marker words', () => {
  assert.equal(detectLanguage('Kommunen har ikke hatt nok utstyr, og vi vet hvordan det gikk.').language, 'nb');
  assert.equal(detectLanguage('Kommunen har ikkje hatt nok utstyr, og eg veit korleis det gjekk.').language, 'nn');
  assert.equal(analyzePlan('# Plan\n\nKva gjer kommunen når dei ikkje har nok tilsette?').language, 'nn');
  assert.equal(analyzePlan('').language, 'nb');
});

test('headings and sections', () => {
  const text = '# Plan\n\nInnledning.\n\n## Utstyr\n\nTekst.\n\n### Lager\n\nMer.\n\n## Personell\n\nSlutt.\n';
  const p = analyzePlan(text);
  assert.deepEqual(p.headings.map((h) => [h.depth, h.text, h.line]), [
    [1, 'Plan', 1],
    [2, 'Utstyr', 5],
    [3, 'Lager', 9],
    [2, 'Personell', 13],
  ]);
  const utstyr = p.sections.find((s) => s.heading?.text === 'Utstyr')!;
  assert.equal(text.slice(utstyr.start, utstyr.end), '## Utstyr\n\nTekst.\n\n### Lager\n\nMer.\n\n');
});

test('citations only in prose: not in code, HTML, link targets, definitions or front matter', () => {
  const text = [
    '---',
    'kilde: "[@ks2021, lp. 1.1.1]"',
    '---',
    'Prosa [@ks2021, lp. 3.5.1] og `[@ks2021, lp. 2.2.2]`.',
    '',
    '```',
    '[@ks2021, lp. 3.3.3]',
    '```',
    '',
    '<div>[@ks2021, lp. 4.4.4]</div>',
    '',
    'Lenke [tekst](https://x.no/@ks2021) og <https://x.no/[@ks2021,lp.5.5.5]>.',
    '',
    '[def]: https://x.no "[@ks2021, lp. 6.6.6]"',
    '',
    '- punkt @ks2021 [kap. 2.2]',
    '',
    '| a | b |',
    '| - | - |',
    '| [@ks2021, lp. 7.4.2] | c |',
  ].join('\n');
  assert.deepEqual(cited(text), ['[@ks2021, lp. 3.5.1]', '@ks2021 [kap. 2.2]', '[@ks2021, lp. 7.4.2]']);
});

test('sentences: abbreviations and decimals do not split; trailing citations stay with their sentence', () => {
  const text = 'Vi har bl.a. lager, f.eks. masker, jf. kap. 2 i planen. Lageret dekker 3,5 mnd. og 2.5 uker. Det var krevende. [@ks2021, lp. 3.5.1] Neste setning kommer her!';
  const p = analyzePlan(text);
  const s = p.sentences.map((x) => text.slice(x.start, x.end));
  assert.deepEqual(s, [
    'Vi har bl.a. lager, f.eks. masker, jf. kap. 2 i planen.',
    'Lageret dekker 3,5 mnd. og 2.5 uker.',
    'Det var krevende. [@ks2021, lp. 3.5.1]',
    'Neste setning kommer her!',
  ]);
  const at = p.sentenceAt(text.indexOf('krevende'));
  assert.equal(text.slice(at!.start, at!.end), s[2]);
});

test('citationAt finds the group and the item under the cursor', () => {
  const text = 'Tekst [@ks2021, lp. 3.5.1; @ks2021, kap. 2.2] slutt.';
  const p = analyzePlan(text);
  const hit = p.citationAt(text.indexOf('kap.'));
  assert.equal(hit?.item?.locator?.canonical, 'kap. 2.2');
  assert.equal(p.citationAt(text.indexOf('lp.'))?.item?.locator?.canonical, 'lp. 3.5.1');
  assert.equal(p.citationAt(text.indexOf('slutt')), undefined);
  assert.equal(p.citationAt(2), undefined);
});

test('line/column conversions round-trip, with CRLF and a BOM', () => {
  const text = '\ufeff# Plan\r\n\r\nTekst [@ks2021, lp. 3.5.1].\r\n';
  const p = analyzePlan(text);
  assert.equal(p.headings[0].text, 'Plan');
  assert.equal(p.headings[0].start, 1);
  const off = text.indexOf('[@');
  assert.equal(p.citations[0].start, off);
  const lc = p.lineCol(off);
  assert.deepEqual(lc, { line: 3, column: 7 });
  assert.equal(p.offsetAt(lc.line, lc.column), off);
  for (let o = 0; o <= text.length; o += 3) {
    const x = p.lineCol(o);
    assert.equal(p.offsetAt(x.line, x.column), o);
  }
});

test('bad input: empty, binary junk, deep nesting and huge text give a model, never a throw', () => {
  const empty = analyzePlan('');
  assert.deepEqual([empty.citations, empty.headings, empty.sentences], [[], [], []]);
  const junk = analyzePlan('\u0000\u0001\ufffd[@\u0000ks2021, lp. 3.5.1]\u0007'.repeat(50));
  assert.ok(Array.isArray(junk.citations));
  const deep = analyzePlan('>'.repeat(5000) + ' tekst [@ks2021, lp. 3.5.1]');
  assert.ok(deep.citations.length <= 1);
  const huge = ('# Kapittel\n\nKommunen hadde 75 % [@ks2021, lp. 3.5.1]. `[@ks2021, lp. 9.9.9]`\n\n```\n[@ks2021, lp. 8.8.8]\n```\n\n').repeat(Math.ceil((REMARK_LIMIT + 10) / 70));
  const p = analyzePlan(huge);
  assert.equal(p.degraded, true);
  assert.ok(p.citations.length > 0);
  assert.ok(p.citations.every((g) => huge.slice(g.start, g.end) === '[@ks2021, lp. 3.5.1]'), 'code stays excluded in the light reading');
  assert.ok(p.headings.length > 0);
});
