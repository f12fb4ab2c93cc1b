/**
 * Seeds and generators for property tests: the example plans, the test fixtures'
 * plans and a few generated plans, plus fast-check arbitraries for random and
 * mutated Markdown built from the fragments plans are made of (and the ones that
 * break parsers).
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { generatePlan } from '../../bench/gen.js';

const root = path.resolve(import.meta.dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (name.endsWith('.md') && name !== 'README.md') out.push(p);
  }
  return out;
}

/** Example plans, fixture plans and three generated plans (seeded), as texts. */
export function seedTexts(): string[] {
  const files = [...markdownFiles(path.join(root, 'examples')), ...markdownFiles(path.join(root, 'test', 'fixtures'))];
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  for (const seed of [1, 2, 3]) texts.push(generatePlan({ bytes: 6000, seed, language: seed === 2 ? 'nn' : 'nb' }));
  return texts;
}

/** The pieces plans are made of, and the ones that trip parsers. */
export const FRAGMENTS = [
  '[@ks2021, lp. 3.5.1]',
  '[@ks2021, kap. 2.2]',
  '[@ks2021, lp. 3.5.1; @ks2021, kap. 3.4.3]',
  '[se @ks2021, kap. 2.2]',
  '@ks2021 [kap. 2.2]',
  '[-@ks2021, fn. 45]',
  '[@ks2021, se. 10.2.2.1]',
  '[@ks2021, lp. 9.9.9]',
  '[@ks2021 lp 3.5.1]',
  '[@ks2020, lp. 3.5.1]',
  '[@]',
  '[@ks2021, ',
  '[@',
  '@',
  '«Kommunenes utstyrsberedskap var ikke dimensjonert»',
  '«',
  '»',
  '"',
  ' 75 prosent av kommunene',
  ' 45 % ',
  'halvparten av kommunene',
  'Undersøkelsen viser at ',
  'Fylkesmannen',
  'fylkesmannens',
  'rådmannen',
  'Rådmann',
  'helsesøster',
  'helsesyster',
  'kommunelegen',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '# ',
  '## Kriseledelse\n',
  '### Smittevern\n',
  '- ',
  '  - ',
  '1. ',
  '> ',
  '| a | b |\n| --- | --- |\n| x | y |\n',
  '---\nplantype: overordnet-beredskapsplan\nrevidert: 2020-01-01\nspråk: nb\n---\n',
  '---\n',
  'revidert: 2019-13-45\n',
  '```\n',
  '`',
  '*',
  '_',
  '**',
  '[',
  ']',
  '(',
  ')',
  '\\',
  '<!-- evidensplan-disable-next-line -->\n',
  '<!-- evidensplan-disable outdated-term -->',
  '<!-- evidensplan-enable -->',
  '<!--',
  '-->',
  '<img src=x>',
  '&amp;',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '\u0000',
  '😀',
  'æøå ÆØÅ',
  '\t',
  '    ',
  '.',
  ', ',
  '. ',
];

export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('kommunen skal ', 'beredskap ', 'smittevernutstyr ', 'kriseledelse ', 'og ', 'vaksinering ') },
);

/** Random Markdown built from fragments. */
export const randomMarkdown: fc.Arbitrary<string> = fc.array(fragment, { maxLength: 80 }).map((a) => a.join(''));

interface Mutation {
  kind: 'insert' | 'delete' | 'duplicate' | 'replace';
  at: number;
  len: number;
  frag: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.nat({ max: 200 }),
  frag: fragment,
});

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  const end = Math.min(text.length, at + m.len);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.frag + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(end);
    case 'duplicate':
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    case 'replace':
      return text.slice(0, at) + m.frag + text.slice(end);
  }
}

/** A window of up to `maxLength` characters of a seed plan, then 1–8 mutations. */
export function mutatedMarkdown(seeds: readonly string[], maxLength = 4000): fc.Arbitrary<string> {
  return fc
    .record({
      seed: fc.constantFrom(...seeds),
      from: fc.double({ min: 0, max: 1, noNaN: true }),
      whole: fc.boolean(),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }),
    })
    .map(({ seed, from, whole, mutations }) => {
      // Keep the front matter half of the time (start at 0), else a window anywhere.
      const start = whole ? 0 : Math.floor(from * Math.max(0, seed.length - maxLength));
      let text = seed.slice(start, start + maxLength);
      for (const m of mutations) text = mutate(text, m);
      return text;
    });
}
