/**
 * Build-only code (src/build/: the report parser, run once by scripts/build-index.ts) stays out of
 * every run-time bundle: scripts/build.mjs reads each bundle's esbuild metafile with
 * checkNoBuildModules and fails the build when one includes a module from src/build/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// @ts-ignore -- plain .mjs build helper
import { checkNoBuildModules } from '../../scripts/build-checks.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the check names each build-only module a bundle includes and who imports it', () => {
  const metafile = {
    inputs: {
      'src/cli/main.ts': { bytes: 10, imports: [{ path: 'src/core/corpus/locator.ts', kind: 'import-statement' }, { path: 'src/cli/extra.ts', kind: 'import-statement' }] },
      'src/cli/extra.ts': { bytes: 10, imports: [{ path: 'src/build/corpus/parse.ts', kind: 'import-statement' }] },
      'src/build/corpus/parse.ts': { bytes: 10, imports: [{ path: 'src/build/corpus/text.ts', kind: 'import-statement' }] },
      'src/build/corpus/text.ts': { bytes: 10, imports: [] },
      'src/core/corpus/locator.ts': { bytes: 10, imports: [] },
      // A path that merely contains "src/build" further in is not build-only code.
      'node_modules/x/src/build/index.js': { bytes: 10, imports: [] },
    },
    outputs: {},
  };
  assert.deepEqual(checkNoBuildModules(metafile, 'the CLI'), [
    'the CLI includes the build-only module src/build/corpus/parse.ts (imported by src/cli/extra.ts)',
    'the CLI includes the build-only module src/build/corpus/text.ts (imported by src/build/corpus/parse.ts)',
  ]);
});

test('a bundle of run-time modules only passes the check', () => {
  const metafile = { inputs: { 'src/cli/main.ts': { bytes: 1, imports: [{ path: 'src/core/model.ts', kind: 'import-statement' }] }, 'src/core/model.ts': { bytes: 1, imports: [] } }, outputs: {} };
  assert.deepEqual(checkNoBuildModules(metafile, 'the CLI'), []);
});

async function bundleOf(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  return result.metafile;
}

test('a real esbuild bundle that reaches the report parser fails the check', async () => {
  const metafile = await bundleOf("import { squash } from './src/build/corpus/text.ts';\nconsole.log(squash('a  b'));\n");
  const problems = checkNoBuildModules(metafile, 'a test bundle');
  assert.deepEqual(problems, ['a test bundle includes the build-only module src/build/corpus/text.ts (imported by entry.ts)']);
});

test("the run-time index reader and locators reach no build-only module", async () => {
  const metafile = await bundleOf(
    "export * from './src/core/corpus/report-index.ts';\nexport * from './src/core/corpus/locator.ts';\nexport * from './src/core/corpus/numbers.ts';\n",
  );
  assert.ok(Object.keys(metafile.inputs).includes('src/core/corpus/report-index.ts'));
  assert.deepEqual(checkNoBuildModules(metafile, 'a test bundle'), []);
});
