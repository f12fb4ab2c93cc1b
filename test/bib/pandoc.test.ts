/**
 * The bibliography works with the real pandoc: `pandoc --citeproc
 * --bibliography FILE plan.md -t plain` on examples/bib/plan.md renders every
 * citation with its locator and a reference list naming the report.
 * Without pandoc: SKIP with the reason locally, FAIL under CI=true (CI installs
 * Debian's `pandoc`, see scripts/ci-system-deps.sh).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

const plan = fileURLToPath(new URL('../../examples/bib/plan.md', import.meta.url));
const probe = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
const hasPandoc = probe.status === 0;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const skip = hasPandoc || ci ? false : 'pandoc is not installed (apt-get install pandoc); under CI=true this test fails instead';

async function pandocPlain(format: 'csl-json' | 'bibtex'): Promise<string> {
  assert.ok(hasPandoc, 'pandoc must be installed under CI (apt package: pandoc)');
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-pandoc-'));
  try {
    const bib = path.join(dir, format === 'bibtex' ? 'evidensplan.bib' : 'evidensplan.bib.json');
    assert.equal(await main(['bib', '--format', format, '-o', bib]), 0);
    const r = spawnSync('pandoc', ['--citeproc', '--bibliography', bib, plan, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
for (const format of ['csl-json', 'bibtex'] as const) {
  test(`pandoc --citeproc renders the plan's citations with locators (${format})`, { skip }, async () => {
    const out = await pandocPlain(format);
    // Bracketed, several with a prefix, and author in text, each with its locator.
    assert.match(out, /\(Deloitte AS 2021, lp\. 3\.5\.1\)/);
    assert.match(out, /\(se Deloitte AS 2021, lp\. 3\.5\.2; Deloitte AS 2021, kap\. 3\.3\)/);
    assert.match(out, /Deloitte AS \(2021, lp\. 7\.4\.2\)/);
    // No citation left unresolved ("???" or the raw key).
    assert.ok(!out.includes('???') && !out.includes('@ks2021'), out);
    // The reference list names the report.
    const refs = out.slice(out.lastIndexOf('Deloitte AS. 2021.'));
    assert.match(refs, /Deloitte AS\. 2021\. “Kommunenes erfaringer fra koronapandemien så langt: Sluttrapport\.” Bergen: KS\./);
  });
}
