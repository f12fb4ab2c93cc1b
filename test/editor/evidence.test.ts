import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationInsertionPoint, evidenceHover, type TermInfo } from '../../src/core/editor/evidence.js';
import { findTerms, glossaryTerm } from '../../src/core/terms/glossary.js';
import { at, doc, mini } from './fixture.js';

const { report, search } = mini();

function insertLinks(markdown: string): { uri: string; version: number | null; offset: number; text: string }[] {
  return [...markdown.matchAll(/\(command:evidensplan\.insertCitation\?([^)\s]*)\)/g)].map((m) => JSON.parse(decodeURIComponent(m[1]))[0]);
}

test('evidence hover on a heading: the strongest findings with "Insert citation" links that insert them', () => {
  const text = '# Beredskapslager for smittevernutstyr\n\nKommunen skal ha et lager.\n\n# Neste\n';
  const d = doc(text);
  const h = evidenceHover(d.plan, 4, report, search, { uri: 'mem:/p.md', version: 3 })!;
  assert.ok(h);
  assert.match(h.markdown, /Evidens for «Beredskapslager for smittevernutstyr»/);
  const links = insertLinks(h.markdown);
  assert.ok(links.length >= 1 && links.length <= 3);
  assert.equal(links[0].text, ' [@ks2021, lp. 3.5.1]');
  assert.equal(links[0].uri, 'mem:/p.md');
  assert.equal(links[0].version, 3);
  // Inserting lands at the end of the first paragraph under the heading, before its full stop.
  const after = text.slice(0, links[0].offset) + links[0].text + text.slice(links[0].offset);
  assert.ok(after.includes('Kommunen skal ha et lager [@ks2021, lp. 3.5.1].'), after);
});

test('evidence hover on a glossary term (real glossary): definition and the glossary\'s own evidence first', () => {
  const text = 'Kommunen må ha nok smittevernutstyr når neste pandemi kommer. Mer tekst.';
  const d = doc(text);
  const terms = findTerms(text).map((h) => ({ start: h.start, end: h.end, id: h.termId }));
  assert.ok(terms.length > 0);
  const info = (id: string): TermInfo | undefined => {
    const t = glossaryTerm(id);
    return t && { id, label: t.nb.term, definition: t.definition.nb, queries: [t.query], locators: t.locators };
  };
  const h = evidenceHover(d.plan, at(text, 'smittevernutstyr', 3), report, search, { uri: 'u', terms, termInfo: info })!;
  assert.ok(h);
  assert.equal(text.slice(h.start, h.end), 'smittevernutstyr');
  const links = insertLinks(h.markdown);
  assert.equal(links[0].text, ' [@ks2021, lp. 3.5.1]');
  // The citation goes before the end of the term's sentence.
  const after = text.slice(0, links[0].offset) + links[0].text + text.slice(links[0].offset);
  assert.ok(after.startsWith('Kommunen må ha nok smittevernutstyr når neste pandemi kommer [@ks2021, lp. 3.5.1]. Mer tekst.'), after);
  assert.ok(h.markdown.includes('munnbind'), 'the definition is shown');
});

test('no evidence hover inside a citation, on plain words, or on a heading with nothing to say', () => {
  const d = doc('# Ok\n\nTekst [@ks2021, lp. 3.5.1] her.');
  assert.equal(evidenceHover(d.plan, at(d.text, 'lp.'), report, search, { uri: 'u' }), undefined);
  assert.equal(evidenceHover(d.plan, at(d.text, 'her'), report, search, { uri: 'u' }), undefined);
  assert.equal(evidenceHover(d.plan, 2, report, search, { uri: 'u' }), undefined, 'a two-letter heading is no topic');
});

test('a heading whose topic the report does not cover says so', () => {
  const d = doc('# Xylofonundervisning i kvantefysikk\n');
  const h = evidenceHover(d.plan, 3, report, search, { uri: 'u' })!;
  assert.match(h.markdown, /Fant ingen funn i rapporten/);
});

test('insertion point: a heading with no paragraph under it gets the citation on a new line', () => {
  const text = '# Tittel\n\n## Under\n';
  const d = doc(text);
  const p = citationInsertionPoint(d.plan, { start: 0, end: 8 }, true);
  assert.equal(p.offset, 8);
  assert.equal(p.prefix, '\n\n');
});
