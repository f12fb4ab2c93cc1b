import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, only, report, citationRules } from '../fixtures/lint/helpers.js';
import { lintText } from '../../src/core/lint/engine.js';
import { parseConfig } from '../../src/core/lint/config.js';
import { applyFix, fixAll } from '../../src/core/lint/fix.js';
import type { RuleModule } from '../../src/core/lint/rule.js';
import { allRules, ruleIds } from '../../src/core/lint/rules/index.js';
import { ruleMeta, ruleMetas } from '../../src/core/lint/rules/meta.js';

const BAD = 'Tekst [@ks2012, lp. 3.5.1].\n\nMer [@ks2021, lp. 3.5.9].\n';

test('messages are sorted by position and carry line, column and offsets', () => {
  const ms = lint(BAD);
  assert.deepEqual(ms.map((m) => m.ruleId), ['unknown-source', 'unknown-locator']);
  const [a, b] = ms;
  assert.equal(BAD.slice(a.start, a.end), '@ks2012');
  assert.deepEqual([a.line, a.column, a.endLine, a.endColumn], [1, 8, 1, 15]);
  assert.equal(BAD.slice(b.start, b.end), 'lp. 3.5.9');
  assert.equal(b.line, 3);
});

test('config: levels change severity, "off" silences, options reach the rule', () => {
  const cfg = parseConfig('{ "rules": { "unknown-source": "warning", "unknown-locator": "off" } }');
  const ms = lint(BAD, { config: cfg });
  assert.deepEqual(ms.map((m) => [m.ruleId, m.severity]), [['unknown-source', 'warning']]);
  const quote = 'Rapporten sier «utstyrsberedskap var dimensjonert» [@ks2021, lp. 3.5.1].';
  assert.equal(only(lint(quote), 'misquote').length, 1);
  const strict = parseConfig('{ "rules": { "misquote": ["warning", { "minWords": 5 }] } }');
  assert.equal(only(lint(quote, { config: strict }), 'misquote').length, 0, 'a 4-word quote is below minWords 5');
});

test('config parse errors name the line, and the valid parts still apply', () => {
  const broken = parseConfig('{\n  "rules": {\n    "misquote": "warning",,\n  }\n}', '/x/.evidensplan.jsonc');
  assert.equal(broken.errors.length, 1);
  assert.equal(broken.errors[0].file, '/x/.evidensplan.jsonc');
  assert.equal(broken.errors[0].line, 3);
  const partly = parseConfig('{ "language": "de", "rules": { "misquote": "loud", "unknown-source": "info", "no-such-rule": "off" } }', '', ruleIds);
  assert.equal(partly.errors.length, 3);
  assert.deepEqual(partly.rules, { 'unknown-source': { level: 'info', options: {} } });
  assert.equal(lint(BAD, { config: partly })[0].severity, 'info');
  assert.equal(parseConfig('[1, 2]').errors.length, 1);
  assert.equal(parseConfig('').errors.length, 1);
});

test('inline comments disable and enable rules, also for the next line only', () => {
  const text = [
    '<!-- evidensplan-disable unknown-source -->',
    'A [@ks2012, lp. 3.5.1].',
    '<!-- evidensplan-enable unknown-source -->',
    'B [@ks2012, lp. 3.5.1].',
    '',
    '<!-- evidensplan-disable-next-line -->',
    'C [@ks2012, lp. 3.5.9].',
    'D [@ks2021, lp. 3.5.9].',
    '',
    '`<!-- evidensplan-disable -->` in code does nothing.',
    '',
    'E [@ks2012, lp. 3.5.1].',
  ].join('\n');
  const ms = lint(text);
  assert.deepEqual(ms.map((m) => [m.ruleId, m.line]), [
    ['unknown-source', 4],
    ['unknown-locator', 8],
    ['unknown-source', 12],
  ]);
});

test('broken front matter: one clear message at the key, and the rules still run', () => {
  const text = '---\nplantype: brannplan\nrevidert: 2024-02-30\n---\n# Plan\n\nTekst [@ks2012, lp. 3.5.1].\n';
  const ms = lint(text);
  assert.deepEqual(ms.map((m) => [m.ruleId, m.line]), [['front-matter', 2], ['front-matter', 3], ['unknown-source', 7]]);
  assert.match(ms[0].message, /brannplan/);
  assert.match(ms[1].message, /2024-02-30/);
  const notYaml = lint('---\nplantype: [x\n---\nTekst [@ks2012, lp. 3.5.1].\n');
  assert.equal(notYaml[0].ruleId, 'front-matter');
  assert.match(notYaml[0].message, /YAML/);
});

test('a rule that throws becomes one internal-error message; the others still report', () => {
  const boom: RuleModule = {
    meta: { id: 'boom', description: { nb: 'x', en: 'x' }, defaultSeverity: 'warning', docs: 'docs/rules/boom.md' },
    check: () => {
      throw new Error('kaboom');
    },
  };
  const ms = lintText(BAD, { report: report(), rules: [boom, ...citationRules()], treatAsPlan: true });
  const internal = only(ms, 'internal-error');
  assert.equal(internal.length, 1);
  assert.match(internal[0].message, /boom.*kaboom/);
  assert.equal(only(ms, 'unknown-source').length, 1);
});

test('rules are plain functions: they read the shared context and report through the callback', () => {
  const probe: RuleModule = {
    meta: { id: 'probe', description: { nb: 'x', en: 'x' }, defaultSeverity: 'info', docs: '' },
    check: (ctx, reportMessage) => {
      assert.equal(ctx.report.source.key, 'ks2021');
      assert.ok(ctx.sources.has('ks2021'));
      assert.equal(ctx.options.x, 1);
      assert.equal(ctx.uiLanguage, 'en');
      const h = ctx.plan.headings[0];
      reportMessage({ start: h.start, end: h.end, message: `heading ${h.text}`, evidence: ['[@ks2021, lp. 3.5.1]'] });
    },
  };
  const ms = lintText('# Tittel\n', { report: report(), rules: [probe], treatAsPlan: true, uiLanguage: 'en', config: parseConfig('{"rules":{"probe":["info",{"x":1}]}}') });
  assert.deepEqual(ms.map((m) => [m.ruleId, m.severity, m.message, m.evidence, m.line, m.column, m.endColumn]), [
    ['probe', 'info', 'heading Tittel', ['[@ks2021, lp. 3.5.1]'], 1, 1, 9],
  ]);
});

test('messages follow the UI language', () => {
  assert.match(lint(BAD, { uiLanguage: 'en' })[0].message, /Unknown source/);
  assert.match(lint(BAD, { uiLanguage: 'nn' })[0].message, /Ukjend kjelde/);
  assert.match(lint(BAD, { config: parseConfig('{"language":"en"}') })[0].message, /Unknown source/);
});

test('applyFix changes only the range; fixAll takes non-overlapping fixes and is idempotent', () => {
  const text = 'Før. [@ks2012, lp. 3.5.1] og [@ks2021 lp 3.5.2] og [@kss2021, lp. 2.6.1]. Etter.';
  const ms = lint(text);
  const first = ms.find((m) => m.fix)!;
  const once = applyFix(text, first.fix!);
  const e = first.fix!.edits[0];
  assert.equal(once.slice(0, e.start), text.slice(0, e.start));
  assert.equal(once.slice(e.start + e.text.length), text.slice(e.end));
  const r1 = fixAll(text, ms);
  assert.equal(r1.applied, 3);
  assert.equal(r1.text, 'Før. [@ks2021, lp. 3.5.1] og [@ks2021, lp. 3.5.2] og [@ks2021, lp. 2.6.1]. Etter.');
  const r2 = fixAll(r1.text, lint(r1.text));
  assert.equal(r2.applied, 0);
  assert.equal(r2.text, r1.text);
  // The first pass's messages applied to the fixed text: their edits are already there, nothing changes.
  assert.equal(fixAll(r1.text, lint(r1.text)).text, r1.text);
  // Only some rules.
  const onlyComma = fixAll(text, ms, ['unknown-locator']);
  assert.equal(onlyComma.applied, 1);
  assert.ok(onlyComma.text.includes('[@ks2012, lp. 3.5.1]'));
  // Overlapping edits: the first wins.
  const overlapping = fixAll('abcdef', [
    { ...first, start: 0, end: 3, fix: { title: 'a', edits: [{ start: 0, end: 3, text: 'X' }] } },
    { ...first, start: 2, end: 5, fix: { title: 'b', edits: [{ start: 2, end: 5, text: 'Y' }] } },
  ]);
  assert.deepEqual(overlapping, { text: 'Xdef', applied: 1 });
});

test('the registry holds all nine rules of the contract, each with meta and a check function', () => {
  assert.deepEqual(allRules.map((r) => r.meta.id), [
    'unknown-source', 'unknown-locator', 'misquote', 'number-mismatch', 'outdated-term',
    'uncited-claim', 'missing-topic', 'missing-required-section', 'stale-review',
  ]);
  for (const r of allRules) {
    assert.equal(typeof r.check, 'function');
    assert.equal(r.meta, ruleMeta(r.meta.id), 'the registry and the light meta module agree');
    assert.ok(r.meta.description.nb && r.meta.description.en);
    assert.equal(r.meta.docs, `docs/rules/${r.meta.id}.md`);
  }
  // All nine run together over one plan without an internal error.
  const ms = lintText('---\nplantype: overordnet-beredskapsplan\nrevidert: 2020-01-01\n---\n# Plan\n\nFylkesmannen sa at 80 % av kommunene [@ks2021, fn. 45] manglet utstyr.\n', { report: report(), now: new Date('2025-01-01') });
  assert.deepEqual(only(ms, 'internal-error'), []);
  for (const id of ['outdated-term', 'number-mismatch', 'stale-review']) assert.ok(only(ms, id).length, id);
});

test('a plan model computed for other text is not used', async () => {
  const { analyzePlan } = await import('../../src/core/plan/analyze.js');
  const stale = analyzePlan('# Annet\n');
  assert.equal(lint(BAD, { plan: stale }).length, 2);
  const fresh = analyzePlan(BAD);
  assert.deepEqual(lint(BAD, { plan: fresh }), lint(BAD));
});

test('rules/meta.ts lists every rule without loading any rule implementation', async () => {
  const { readFileSync } = await import('node:fs');
  assert.deepEqual(ruleMetas.map((m) => m.id), allRules.map((r) => r.meta.id));
  assert.deepEqual([...ruleIds], ruleMetas.map((m) => m.id));
  const imports = [...readFileSync('src/core/lint/rules/meta.ts', 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
  assert.deepEqual(imports.sort(), ['../../i18n.js', '../rule.js']);
  const rule = readFileSync('src/core/lint/rule.ts', 'utf8');
  assert.doesNotMatch(rule, /^import (?!type).*from/m, 'rule.ts has only type imports');
});
