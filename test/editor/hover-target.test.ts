/**
 * The one decision of what a hover is about (core/editor/hover.ts hoverTarget) and the rendering
 * of what it decided (hoverFor), over real plan models and the real glossary; and the glossary
 * matches a plan version carries (core/terms/matches.ts), computed once per version.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationHover, hoverFor, hoverTarget } from '../../src/core/editor/hover.js';
import { evidenceHover } from '../../src/core/editor/evidence.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { matchTerms, termInfo, termMatchAt, termMatches, TERM_MATCHES } from '../../src/core/terms/matches.js';
import { findTerms } from '../../src/core/terms/glossary.js';
import { at, mini } from './fixture.js';

const { report, search } = mini();
const TEXT = '# Beredskapslager for smittevernutstyr\n\n# Ok\n\nKommunen må ha nok smittevernutstyr [@ks2021, lp. 3.5.1; @egen2020] her.\n';

test('hoverTarget: the citation, else the heading, else the glossary term, else nothing', () => {
  const plan = analyzePlan(TEXT);
  const citation = hoverTarget(plan, at(TEXT, 'lp. 3.5.1'), { evidence: true });
  assert.equal(citation?.kind, 'citation');
  assert.deepEqual(citation?.kind === 'citation' && citation.keys, ['ks2021', 'egen2020']);
  assert.equal(TEXT.slice(citation!.start, citation!.end), '[@ks2021, lp. 3.5.1; @egen2020]');

  const heading = hoverTarget(plan, 4, { evidence: true });
  assert.deepEqual(heading && { kind: heading.kind, topic: heading.kind === 'heading' && heading.topic }, { kind: 'heading', topic: 'Beredskapslager for smittevernutstyr' });
  // A heading of fewer than three characters is no topic: nothing, and the term check does not run.
  assert.equal(hoverTarget(plan, at(TEXT, '# Ok', 3), { evidence: true }), undefined);

  const term = hoverTarget(plan, at(TEXT, 'smittevernutstyr [', 3), { evidence: true, lang: 'en' });
  assert.equal(term?.kind, 'term');
  if (term?.kind === 'term') {
    assert.equal(TEXT.slice(term.start, term.end), 'smittevernutstyr');
    assert.equal(term.info.definition, termInfo(term.term.id, 'nb', 'en')?.definition);
    assert.match(term.info.definition ?? '', /[a-z]/);
  }
  assert.equal(hoverTarget(plan, at(TEXT, 'her'), { evidence: true }), undefined, 'plain words');
  // The evidence hover switched off: headings and terms say nothing; citations still do.
  assert.equal(hoverTarget(plan, 4, { evidence: false }), undefined);
  assert.equal(hoverTarget(plan, at(TEXT, 'smittevernutstyr [', 3), {}), undefined);
  assert.equal(hoverTarget(plan, at(TEXT, 'lp. 3.5.1'), {})?.kind, 'citation');
});

test('hoverFor renders what hoverTarget decided, the same as the citation and evidence hovers', () => {
  const plan = analyzePlan(TEXT);
  const onCitation = at(TEXT, 'lp. 3.5.1');
  const c = hoverTarget(plan, onCitation, { evidence: true })!;
  assert.deepEqual(hoverFor(plan, onCitation, c, report, undefined, { uri: 'u' }), citationHover(plan, onCitation, report));
  const onTerm = at(TEXT, 'smittevernutstyr [', 3);
  const tgt = hoverTarget(plan, onTerm, { evidence: true })!;
  const h = hoverFor(plan, onTerm, tgt, report, search, { uri: 'mem:/p.md', version: 2 })!;
  assert.deepEqual(h, evidenceHover(plan, onTerm, report, search, { uri: 'mem:/p.md', version: 2 }));
  assert.match(h.markdown, /Evidens for «smittevernutstyr/);
  assert.match(h.markdown, /openInReport\?%5B%22lp\.%203\.5\.1%22%5D/, "the glossary's own evidence first");
});

test('the glossary matches of a plan version are computed once and shared; a new version has its own', () => {
  const plan = analyzePlan(TEXT);
  let computed = 0;
  const counting = { derived: <T>(key: string, compute: (p: typeof plan) => T): T => plan.derived(key, (p) => (computed++, compute(p))) };
  const first = termMatches(counting);
  const again = termMatches(counting);
  assert.equal(first, again, 'the same array: read from the version, not matched again');
  assert.equal(computed, 1);
  // Hover decisions read the same matches (no second matching).
  hoverTarget(plan, at(TEXT, 'smittevernutstyr [', 3), { evidence: true });
  assert.equal(plan.derived(TERM_MATCHES, () => []), first);
  // Matches are the glossary's, in text order and not overlapping.
  assert.deepEqual(first, findTerms(TEXT).map((h) => ({ start: h.start, end: h.end, id: h.termId })));
  const next = analyzePlan(`${TEXT}\nKarantene og smittesporing.\n`, plan);
  assert.notEqual(termMatches(next), first);
  assert.ok(termMatches(next).length > first.length);
});

test('termMatchAt finds the match under an offset (start inclusive, end exclusive); junk input gives no matches', () => {
  const text = 'Om smittevernutstyr og karantene.';
  const matches = matchTerms(text);
  const s = text.indexOf('smittevernutstyr');
  assert.equal(termMatchAt(matches, s)?.start, s);
  assert.equal(termMatchAt(matches, s + 'smittevernutstyr'.length), undefined);
  assert.equal(termMatchAt(matches, 0), undefined);
  assert.equal(termMatchAt(matches, text.indexOf('karantene') + 2)?.id, 'karantene');
  assert.deepEqual(matchTerms(''), []);
  assert.deepEqual(matchTerms(null as unknown as string), []);
});

test('termInfo: the label in the plan\'s language, the definition in the UI language (Nynorsk falls back to Bokmål)', () => {
  const nb = termInfo('karantene', 'nb', 'nb')!;
  const nn = termInfo('karantene', 'nn', 'nn')!;
  const en = termInfo('karantene', 'nb', 'en')!;
  assert.ok(nb.label && nn.label);
  assert.ok(nb.definition && en.definition && nb.definition !== en.definition);
  assert.ok(nn.definition);
  assert.ok(nb.queries.length >= 1);
  assert.equal(termInfo('no-such-term', 'nb', 'nb'), undefined);
});
