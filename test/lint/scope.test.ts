/**
 * Plans, and only plans, get plan rules: a README or notes in a workspace keep the
 * citation checks; a file is a plan by `plantype` in its front matter or by the
 * `plans` globs of `.evidensplan.jsonc`. Driven through the CLI as a writer runs it.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse as parseJsonc } from 'jsonc-parser';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/core/lint/config.js';
import { CITATION_RULES, globToRegExp, matchesPlanGlobs, planTreatment } from '../../src/core/lint/scope.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/evidensplan.mjs');

function lintJson(args: string[], cwd: string): Array<{ file: string; messages: Array<{ ruleId: string; line: number; message: string }> }> {
  const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', ...args], { cwd, encoding: 'utf8', env: { ...process.env, EVIDENSPLAN_LANG: '' } });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout);
}

const README = `# Beredskapsplanverket

Dette repoet samler kommunens beredskapsplaner. Rådmannen godkjenner endringer. Undersøkelsen viser
at de fleste kommunene har revidert planene sine.

Se også rapporten [@ks2021, lp. 3.5.1] og [@ks2021, kap. 99.9].
`;

const PLAN = `# Overordnet beredskapsplan

Rådmannen leder kriseledelsen.
`;

function workspace(config?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-scope-'));
  mkdirSync(path.join(dir, 'planer'), { recursive: true });
  writeFileSync(path.join(dir, 'README.md'), README);
  writeFileSync(path.join(dir, 'notater.md'), 'Notater fra møtet.\n\n- rådmannen\n');
  writeFileSync(path.join(dir, 'planer/overordnet.md'), PLAN);
  writeFileSync(path.join(dir, 'planer/med-plantype.md'), `---\nplantype: pandemiplan\n---\n${PLAN}`);
  if (config) writeFileSync(path.join(dir, '.evidensplan.jsonc'), config);
  return dir;
}

const planRuleIds = (ms: Array<{ ruleId: string }>) => ms.map((m) => m.ruleId).filter((id) => !CITATION_RULES.has(id));

describe('which files are plans', () => {
  test('a README and plain Markdown in a workspace get no plan-level warning; their broken citations are still errors', () => {
    const dir = workspace();
    const out = lintJson(['.'], dir);
    const readme = out.find((r) => r.file === 'README.md')!;
    assert.deepEqual(planRuleIds(readme.messages), [], JSON.stringify(readme.messages));
    assert.deepEqual(readme.messages.map((m) => m.ruleId), ['unknown-locator']);
    assert.deepEqual(out.find((r) => r.file === 'notater.md')!.messages, []);
    // Without plantype and without a config, a file in planer/ is not a plan either…
    assert.deepEqual(planRuleIds(out.find((r) => r.file === 'planer/overordnet.md')!.messages), []);
    // …but one with plantype is.
    const withType = planRuleIds(out.find((r) => r.file === 'planer/med-plantype.md')!.messages);
    assert.ok(withType.includes('outdated-term') && withType.includes('stale-review'), withType.join());
  });

  test('"plans" globs in .evidensplan.jsonc make matching files plans, and only them', () => {
    const dir = workspace('{ "plans": ["planer/**/*.md"] }');
    const out = lintJson(['.'], dir);
    const plan = planRuleIds(out.find((r) => r.file === 'planer/overordnet.md')!.messages);
    assert.ok(plan.includes('outdated-term') && plan.includes('missing-topic'), plan.join());
    assert.deepEqual(planRuleIds(out.find((r) => r.file === 'README.md')!.messages), []);
  });

  test('a glob without a folder matches the file name anywhere; ** spans folders', () => {
    assert.ok(matchesPlanGlobs('/ws/a/b/smittevernplan.md', ['*plan.md'], '/ws/.evidensplan.jsonc'));
    assert.ok(matchesPlanGlobs('/ws/planer/x/y.md', ['planer/**/*.md'], '/ws/.evidensplan.jsonc'));
    assert.ok(matchesPlanGlobs('/ws/planer/y.md', ['planer/**/*.md'], '/ws/.evidensplan.jsonc'));
    assert.ok(!matchesPlanGlobs('/ws/README.md', ['planer/**/*.md'], '/ws/.evidensplan.jsonc'));
    assert.ok(matchesPlanGlobs('C:\\ws\\planer\\a.md', ['planer/*.{md,markdown}'], 'C:\\ws\\.evidensplan.jsonc'));
    assert.ok(!globToRegExp('planer/*.md').test('planer/x/a.md'));
    assert.deepEqual(planTreatment({ plantype: 'sektorplan' }, undefined, undefined), { plan: true, reason: 'plantype' });
    assert.equal(planTreatment({}, '/ws/a.md', { plans: ['a.md'], file: '/ws/.evidensplan.jsonc' }).reason, 'config');
    assert.deepEqual(planTreatment({ plantype: 'sektorplan' }, undefined, undefined, false), { plan: false, reason: 'option' });
  });

  test('the config and its schema accept "plans"; a wrong value is a clear config error', () => {
    assert.deepEqual(parseConfig('{ "plans": ["planer/**/*.md"] }').plans, ['planer/**/*.md']);
    const bad = parseConfig('{ "plans": 3 }');
    assert.equal(bad.plans, undefined);
    assert.match(bad.errors[0].message, /"plans" må være en liste/);
    const schema = JSON.parse(readFileSync(path.join(root, 'resources/schema/evidensplan.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    assert.ok(validate(parseJsonc('{ "plans": ["planer/**/*.md"] }')));
    assert.equal(validate(parseJsonc('{ "plans": [3] }')), false);
  });
});

test('editor paths: an absolute file path with a workspace-relative config name still matches', () => {
  assert.ok(matchesPlanGlobs('/home/a/ws/planer/pandemi.md', ['planer/**/*.md'], '.evidensplan.jsonc'));
  assert.ok(!matchesPlanGlobs('/home/a/ws/README.md', ['planer/**/*.md'], '.evidensplan.jsonc'));
});

test('the status bar\'s one-click change: plantype written into, changed in, or removed from the front matter', async () => {
  const { plantypeEdit } = await import('../../src/core/lint/scope.js');
  const { applyEdits } = await import('../../src/core/lint/fix.js');
  const apply = (text: string, type: string | undefined) => {
    const e = plantypeEdit(text, type);
    return e ? applyEdits(text, [e]) : text;
  };
  const readme = '# Notater\n\nTekst.\n';
  const asPlan = apply(readme, 'sektorplan');
  assert.equal(asPlan, '---\nplantype: sektorplan\n---\n\n# Notater\n\nTekst.\n');
  assert.deepEqual(planTreatment({ plantype: 'sektorplan' }, undefined, undefined).plan, true);
  assert.equal(apply(asPlan, 'pandemiplan'), '---\nplantype: pandemiplan\n---\n\n# Notater\n\nTekst.\n');
  assert.equal(apply('---\nkommune: Døme\n---\n# P\n', 'smittevernplan'), '---\nplantype: smittevernplan\nkommune: Døme\n---\n# P\n');
  assert.equal(apply('---\nplantype: sektorplan\nkommune: Døme\n---\n# P\n', undefined), '---\nkommune: Døme\n---\n# P\n');
  assert.equal(apply('---\r\nkommune: Døme\r\n---\r\n# P\r\n', 'pandemiplan'), '---\r\nplantype: pandemiplan\r\nkommune: Døme\r\n---\r\n# P\r\n');
  assert.equal(plantypeEdit(readme, undefined), undefined);
});
