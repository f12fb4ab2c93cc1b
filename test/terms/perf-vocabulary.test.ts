import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { VocabularyMatcher, INFLECTION_ENDINGS, type VocabularyPattern } from '../../src/core/terms/vocabulary.js';
import { tokenize, splitPhrase, normaliseSeparator } from '../../src/core/terms/tokenize.js';

/** Brute force: every pattern tried at every word, the longest (in words) taken, left to right, no overlaps. */
function reference(patterns: VocabularyPattern<number>[], text: string): Array<{ start: number; end: number; values: Set<number> }> {
  const toks = tokenize(text);
  const endings = new Set<string>(INFLECTION_ENDINGS);
  const compiled = patterns.map((p) => {
    const stem = p.phrase.endsWith('*');
    const { words, seps } = splitPhrase(stem ? p.phrase.slice(0, -1) : p.phrase);
    return { words: words.map((w) => w.toLowerCase()), seps, stem, value: p.value };
  });
  const out: Array<{ start: number; end: number; values: Set<number> }> = [];
  for (let i = 0; i < toks.length; i++) {
    let best = 0;
    const values = new Set<number>();
    for (const c of compiled) {
      const n = c.words.length;
      if (!n || i + n > toks.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = toks[i + k].lower;
        if (k > 0 && normaliseSeparator(text.slice(toks[i + k - 1].end, toks[i + k].start)) !== c.seps[k - 1]) ok = false;
        else if (k < n - 1) ok = t === c.words[k];
        else if (c.stem) ok = t.startsWith(c.words[k]);
        else ok = t.startsWith(c.words[k]) && endings.has(t.slice(c.words[k].length));
      }
      if (!ok) continue;
      if (n > best) {
        best = n;
        values.clear();
      }
      if (n === best) values.add(c.value);
    }
    if (best) {
      out.push({ start: toks[i].start, end: toks[i + best - 1].end, values });
      i += best - 1;
    }
  }
  return out;
}

test('vocabulary matcher (one lookup per word) finds what trying every pattern at every word finds', () => {
  const words = ['smittevern', 'beredskap', 'plan', 'kriseledelse', 'ros', 'analyse', 'barn', 'og', 'unge', 'sårbare', 'e', 'helse', 'kommune'];
  const endings = ['', 'en', 'et', 'a', 'er', 'ene', 'ane', 's', 'ing', 'x', 'planen'];
  const word = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...endings)).map(([w, e]) => w + e);
  const phrase = fc.tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-'), fc.boolean())
    .map(([ws, sep, stem]) => ws.join(sep) + (stem ? '*' : ''));
  fc.assert(
    fc.property(
      fc.array(phrase, { minLength: 1, maxLength: 12 }),
      fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '-', ', ', '. ')), { maxLength: 60 }),
      (phrases, parts) => {
        const patterns = phrases.map((p, i) => ({ phrase: p, value: i }));
        const text = parts.map(([w, s]) => w + s).join('');
        const got = new VocabularyMatcher(patterns).find(text);
        const want = reference(patterns, text);
        assert.deepEqual(got.map((h) => [h.start, h.end]), want.map((h) => [h.start, h.end]), text);
        for (const [i, h] of got.entries()) {
          assert.ok(want[i].values.has(h.value), `${h.text}: ${h.phrase}`);
          assert.equal(h.text, text.slice(h.start, h.end));
        }
      },
    ),
    { seed: 2026, numRuns: 300 },
  );
});
