/**
 * The TextMate injection grammar (syntaxes/): its regexes run here with
 * JavaScript's engine (the grammar keeps to syntax Oniguruma and JavaScript
 * share), through a tiny tokenizer that applies captures and capture patterns
 * the way vscode-textmate does for single-line matches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface Rule {
  match?: string;
  name?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, { name?: string; patterns?: Rule[] }>;
}
const grammar = JSON.parse(readFileSync(new URL('../../syntaxes/evidensplan-citations.tmLanguage.json', import.meta.url), 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
};
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Flattens includes into match rules. */
function rules(list: Rule[]): Rule[] {
  return list.flatMap((r) => (r.include ? rules([grammar.repository[r.include.slice(1)]].flatMap((x) => (x.patterns && !x.match ? x.patterns : [x]))) : [r]));
}

interface Token {
  text: string;
  scopes: string[];
}

/** Scopes per character of `text` (outer scopes first). */
function tokenize(text: string, list: Rule[] = grammar.patterns, base: string[] = []): string[][] {
  const scopes: string[][] = Array.from({ length: text.length }, () => [...base]);
  const flat = rules(list);
  let pos = 0;
  while (pos < text.length) {
    let best: { m: RegExpExecArray; rule: Rule } | undefined;
    for (const rule of flat) {
      const re = new RegExp(rule.match!, 'gd');
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0].length && (!best || m.index < best.m.index)) best = { m, rule };
    }
    if (!best) break;
    const { m, rule } = best;
    const [s, e] = m.indices![0];
    const outer = rule.name ? [...base, rule.name] : base;
    for (let i = s; i < e; i++) scopes[i] = [...outer];
    for (const [k, cap] of Object.entries(rule.captures ?? {})) {
      const idx = m.indices![Number(k)];
      if (!idx) continue;
      const [cs, ce] = idx;
      const capBase = cap.name ? [...outer, cap.name] : outer;
      if (cap.patterns) {
        const inner = tokenize(text.slice(cs, ce), cap.patterns, capBase);
        for (let i = cs; i < ce; i++) scopes[i] = inner[i - cs];
      } else {
        for (let i = cs; i < ce; i++) scopes[i] = [...capBase];
      }
    }
    pos = e;
  }
  return scopes;
}

/** Runs of equal scope, leaf scope only, skipping unscoped text. */
function tokens(text: string): Token[] {
  const sc = tokenize(text);
  const out: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && i > 0 && sc[i].join(' ') === sc[i - 1].join(' ')) last.text += text[i];
    else out.push({ text: text[i], scopes: sc[i] });
  }
  return out.filter((t) => t.scopes.length);
}

function leaf(text: string): [string, string][] {
  return tokens(text).map((t) => [t.text, t.scopes[t.scopes.length - 1].replace(/\.evidensplan$/, '')]);
}

test('the grammar is contributed as an injection into Markdown', () => {
  const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === grammar.scopeName);
  assert.ok(g, 'package.json contributes the grammar');
  assert.deepEqual(g.injectTo, ['text.html.markdown']);
  assert.equal(g.path, './syntaxes/evidensplan-citations.tmLanguage.json');
  assert.match(grammar.injectionSelector, /^L:text\.html\.markdown /);
  for (const excluded of ['-markup.fenced_code', '-markup.inline.raw']) assert.ok(grammar.injectionSelector.includes(excluded));
});

test('the contract\'s examples are coloured: brackets, key, locator label and number', () => {
  assert.deepEqual(leaf('Tekst [@ks2021, lp. 3.5.1] her'), [
    ['[', 'punctuation.definition.citation.begin'],
    ['@', 'punctuation.definition.citation-key'],
    ['ks2021', 'variable.other.citation-key'],
    [',', 'punctuation.separator.locator'],
    [' ', 'meta.citation'],
    ['lp.', 'keyword.other.locator-label'],
    [' ', 'meta.citation'],
    ['3.5.1', 'constant.numeric.locator'],
    [']', 'punctuation.definition.citation.end'],
  ]);
  const several = leaf('[@ks2021, lp. 3.5.1; @ks2021, kap. 2.2]');
  assert.deepEqual(several.filter(([, s]) => s !== 'meta.citation').map(([t]) => t), ['[', '@', 'ks2021', ',', 'lp.', '3.5.1', ';', '@', 'ks2021', ',', 'kap.', '2.2', ']']);
  const prefix = leaf('[se @ks2021, kap. 2.2]');
  assert.ok(prefix.some(([t, s]) => t === 'ks2021' && s === 'variable.other.citation-key'));
  assert.ok(prefix.some(([t, s]) => t === '2.2' && s === 'constant.numeric.locator'));
  assert.ok(!prefix.some(([t, s]) => t.startsWith('se') && s === 'keyword.other.locator-label'), 'the prefix "se" is not a locator label');
  const author = leaf('Ifølge @ks2021 [kap. 2.2] er det slik');
  assert.deepEqual(author.filter(([, s]) => s !== 'meta.citation.author-in-text').map(([t, s]) => `${t}:${s}`), [
    '@:punctuation.definition.citation-key',
    'ks2021:variable.other.citation-key',
    '[:punctuation.definition.citation.begin',
    'kap.:keyword.other.locator-label',
    '2.2:constant.numeric.locator',
    ']:punctuation.definition.citation.end',
  ]);
  for (const [text, number] of [
    ['[@ks2021, se. 10.2.2.1]', '10.2.2.1'],
    ['[@ks2021, fn. 45]', '45'],
    ['[@ks2021, kap. 3.4.3 avsn. 2]', '2'],
    ['[@ks2021, fig. 16]', '16'],
    ['[@ks2021, kap. sammendrag]', 'sammendrag'],
    ['[-@ks2021, LP 3.5.1]', '3.5.1'],
  ]) {
    assert.ok(leaf(text).some(([t, s]) => t === number && s === 'constant.numeric.locator'), `${text}: ${JSON.stringify(leaf(text))}`);
  }
});

test('e-mail addresses, links and ordinary brackets are not citations', () => {
  for (const text of [
    'Send til post@kommune.no i dag',
    'Se [nettsiden](https://ks.no/@ks2021)',
    '[@ks2021](https://example.org) er en lenke',
    '[@ks2021]: https://example.org',
    'En [vanlig parentes] her',
    'Escaped \\[@ks2021, lp. 3.5.1]',
    'kari@ks2021 [kap. 2.2]',
  ]) {
    assert.deepEqual(tokens(text), [], text);
  }
});

test('malformed citations are coloured as far as they go and nothing breaks', () => {
  // As the citation scanner (core/cite) reads it, a bracket after a link text is still a citation.
  assert.ok(leaf('[referanse][@ks2021, lp. 3.5.1]').some(([t, s]) => t === 'ks2021' && s === 'variable.other.citation-key'));
  assert.ok(leaf('[@ks2021 lp 3.5.1]').some(([t, s]) => t === '3.5.1' && s === 'constant.numeric.locator'));
  assert.ok(leaf('[@ks2021, lp. ]').some(([t, s]) => t === 'ks2021' && s === 'variable.other.citation-key'));
  assert.deepEqual(tokens('[@]'), []);
  // A long line of citations tokenizes in one pass.
  const long = Array.from({ length: 500 }, () => '[@ks2021, lp. 3.5.1]').join(' ');
  assert.equal(tokens(long).filter((t) => t.text === 'ks2021').length, 500);
});
