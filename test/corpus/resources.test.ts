/**
 * Finding and loading the built index from every place the code runs, and
 * refusing a missing or stale index with a clear message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadReport, loadReportIndex, loadReportIndexSync, loadReportSync, reportIndexPath, resourcesRoot } from '../../src/node/resources.js';
import { root } from './support.js';

test('resourcesRoot walks up from src/, dist/ and the checkout itself', () => {
  assert.equal(resourcesRoot(path.join(root, 'src', 'node')), root);
  assert.equal(resourcesRoot(path.join(root, 'dist')), root);
  assert.equal(resourcesRoot(root), root);
  assert.equal(resourcesRoot(), root, 'from this module under tsx');
  assert.throws(() => resourcesRoot(os.tmpdir()), /cannot find resources\/report\/ks2021\.txt/);
});

function fakeRoot(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evidensplan-res-'));
  mkdirSync(path.join(dir, 'resources', 'report'), { recursive: true });
  copyFileSync(path.join(root, 'resources/report/ks2021.txt'), path.join(dir, 'resources/report/ks2021.txt'));
  return dir;
}

test('a missing index is a clear error that says how to build it', async () => {
  const dir = fakeRoot();
  assert.throws(() => loadReportSync(dir), /missing; run `npm run build`/);
  await assert.rejects(loadReportIndex(dir), /missing; run `npm run build`/);
});

test('a stale index (the report text changed) or a broken one is refused', async () => {
  assert.ok(existsSync(reportIndexPath(root)), 'run `npm run build` before the tests');
  const stale = fakeRoot();
  mkdirSync(path.join(stale, 'resources', 'index'));
  copyFileSync(reportIndexPath(root), reportIndexPath(stale));
  writeFileSync(path.join(stale, 'resources/report/ks2021.txt'), readFileSync(path.join(root, 'resources/report/ks2021.txt'), 'utf8') + '\nendret\n');
  assert.throws(() => loadReportSync(stale), /stale.*npm run build/);
  await assert.rejects(loadReport(stale), /stale/);
  const broken = fakeRoot();
  mkdirSync(path.join(broken, 'resources', 'index'));
  writeFileSync(reportIndexPath(broken), '{"not": "a report"');
  assert.throws(() => loadReportSync(broken), /not valid JSON; run `npm run build`/);
  writeFileSync(reportIndexPath(broken), '{"findings": 3}');
  await assert.rejects(loadReport(broken), /wrong shape/);
});

test('the built index loads, matches the text, and is cached', async () => {
  const a = loadReportIndexSync(root);
  const b = await loadReportIndex(root);
  assert.equal(a, b);
  assert.equal(a.source.key, 'ks2021');
  assert.equal(a.source.title, 'Kommunenes erfaringer fra koronapandemien så langt');
  assert.equal(a.source.author, 'Deloitte AS');
  assert.equal(a.source.date, '2021-09-17');
  assert.match(a.source.sha256, /^[0-9a-f]{64}$/);
  assert.equal(a.learningPoints().length, 37);
});

test('the built index is what the parser makes of the bundled text (built, not stale)', async () => {
  const { report } = await import('./support.js');
  const built = loadReportSync(root);
  const fresh = report();
  assert.deepEqual(
    built.findings.map((f) => [f.locator, f.text]),
    fresh.findings.map((f) => [f.locator, f.text]),
  );
  assert.deepEqual(built.sections.map((s) => s.id), fresh.sections.map((s) => s.id));
});
