/**
 * Config problems are located on the key or value they are about (jsonc-parser's tree),
 * never on the first place the same text occurs; bad files of every kind give one
 * clear message and never a throw.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeConfig, parseConfig, MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH, type ConfigError } from '../../src/core/lint/config.js';
import { ruleIds } from '../../src/core/lint/rules/index.js';

/** The text an error's range covers (1-based line/column, end exclusive). */
function covered(text: string, e: ConfigError): string {
  const lines = text.split('\n');
  const offset = (line: number, col: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
  return text.slice(offset(e.line, e.column), offset(e.endLine ?? e.line, e.endColumn ?? e.column));
}

const TRAP = `{
  // Before: "language": "sv" and "rules": { "no-such-rule": "off", "misquote": "loud" }
  /* "plans": 3 */
  "plans": ["planer/**/*.md"],
  "rules": {
    "unknown-source": "info",
    "no-such-rule": "off",
    "misquote": "loud",
    "uncited-claim": ["warning", 5],
  },
  "language": "sv",
}`;

test('each problem is located on its own key or value, not on the same text in a comment above it', () => {
  const cfg = parseConfig(TRAP, 'x.jsonc', ruleIds, 'en');
  const at = cfg.errors.map((e) => [e.line, e.column, covered(TRAP, e), e.message]);
  assert.deepEqual(at, [
    [11, 15, '"sv"', '"language" must be "nb", "nn" or "en", not "sv"'],
    [7, 5, '"no-such-rule"', 'unknown rule "no-such-rule"'],
    [8, 17, '"loud"', 'rule "misquote": invalid level "loud" (use "off", "info", "warning" or "error")'],
    [9, 34, '5', 'rule "uncited-claim": invalid options (write [level] or [level, { … }])'],
  ]);
  // The valid parts still apply.
  assert.deepEqual(cfg.plans, ['planer/**/*.md']);
  assert.deepEqual(cfg.rules, { 'unknown-source': { level: 'info', options: {} } });
  assert.equal(cfg.language, undefined);
});

test('a key written twice: the last one counts, and the problem is shown there', () => {
  const text = '{\n  "language": "nn",\n  "language": "de"\n}';
  const cfg = parseConfig(text);
  assert.equal(cfg.errors.length, 1);
  assert.equal(cfg.errors[0].line, 3);
  assert.equal(covered(text, cfg.errors[0]), '"de"');
});

test('a bad element of a list is pointed at, and the messages are in the three languages', () => {
  const text = '{ "bibliography": ["kilder.bib", "   "] }';
  const [nb] = parseConfig(text).errors;
  assert.equal(covered(text, nb), '"   "');
  assert.match(nb.message, /må være en sti/);
  assert.match(parseConfig(text, '', undefined, 'nn').errors[0].message, /må vere ein sti/);
  assert.match(parseConfig(text, '', undefined, 'en').errors[0].message, /must be a path/);
  assert.deepEqual(parseConfig('{ "bibliography": "  kilder.bib " }').bibliography, ['kilder.bib']);
});

test('syntax errors say what is missing, at the place it is missing', () => {
  const text = '{\n  // "rules": {,\n  "rules": { "misquote": "warning" }\n  "language": "en"\n}';
  const [e] = parseConfig(text, '', undefined, 'en').errors;
  assert.deepEqual([e.line, e.column], [4, 3]);
  assert.equal(e.message, 'invalid JSONC: comma expected (CommaExpected)');
  assert.match(parseConfig(text).errors[0].message, /^ugyldig JSONC: her mangler komma/);
});

test('level spellings other than the four are accepted as before (warn, Error, hint)', () => {
  const cfg = parseConfig('{ "rules": { "misquote": "warn", "unknown-source": ["Error", { "x": 1 }], "uncited-claim": "hint" } }', '', ruleIds);
  assert.deepEqual(cfg.errors, []);
  assert.deepEqual(cfg.rules, {
    misquote: { level: 'warning', options: {} },
    'unknown-source': { level: 'error', options: { x: 1 } },
    'uncited-claim': { level: 'info', options: {} },
  });
});

test('not an object, empty, too deep, too large, binary, not UTF-8: one message each, at the place', () => {
  for (const text of ['[1, 2]', '', '   // only a comment\n', '"nb"']) {
    const cfg = parseConfig(text);
    assert.equal(cfg.errors.length, 1, text);
  }
  const deep = parseConfig(`{ "rules": ${'['.repeat(100_000)} }`);
  assert.equal(deep.errors.length, 1);
  assert.match(deep.errors[0].message, new RegExp(`mer enn ${MAX_CONFIG_DEPTH}`));
  const big = decodeConfig(new Uint8Array(MAX_CONFIG_BYTES + 1).fill(0x20));
  assert.match(big.errors[0].message, /for stor/);
  const binary = decodeConfig(Uint8Array.from([0x7b, 0x0a, 0x0a, 0x20, 0, 1, 2]));
  assert.deepEqual([binary.errors[0].line, binary.errors[0].column], [3, 2]);
  assert.match(binary.errors[0].message, /binær/);
  const latin1 = decodeConfig(new Uint8Array([...new TextEncoder().encode('{ "kommune": "B'), 0xf8, 0x22, 0x7d]), 'k.jsonc', undefined, 'en');
  assert.deepEqual([latin1.errors[0].line, latin1.errors[0].column], [1, 16]);
  assert.match(latin1.errors[0].message, /not UTF-8 \(invalid byte no\. 16\)/);
});

test('any text: parseConfig never throws, and every error lies inside the text', () => {
  const jsonish = fc.oneof(
    fc.string(),
    fc.json(),
    fc.json().map((j) => `{ "rules": ${j} }`),
    fc.json().map((j) => `// c\n{ "language": ${j}, "plans": ${j}, "export": ${j}, }`),
    fc.array(fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '//', '/*', '*/', '\n', 'rules', '"off"', '\u0000', '\ufeff')).map((a) => a.join('')),
  );
  fc.assert(
    fc.property(jsonish, (text) => {
      const cfg = parseConfig(text, 'f', ruleIds);
      const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
      for (const e of cfg.errors) {
        assert.ok(e.line >= 1 && e.line <= lines.length, `${e.line} in ${JSON.stringify(text)}`);
        assert.ok(e.column >= 1 && e.column <= lines[e.line - 1].length + 1, `${e.line}:${e.column} in ${JSON.stringify(text)}`);
      }
    }),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      decodeConfig(bytes, 'f', ruleIds);
    }),
    { numRuns: 300 },
  );
});
