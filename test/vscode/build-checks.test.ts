/**
 * The build's guards (scripts/build-checks.mjs, run by scripts/build.mjs): src/core imports neither
 * a Node module nor vscode, and the web bundle fails to build when anything in it reaches one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// @ts-ignore -- plain .mjs build helper
import { checkCoreImports, noNodeModules } from '../../scripts/build-checks.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('src/core imports no Node module and no vscode', () => {
  assert.deepEqual(checkCoreImports(path.join(root, 'src', 'core'), root), []);
});

test('the core check names the file, line and module of a Node or vscode import; type-only imports pass', (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-core-check-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'core'));
  writeFileSync(
    path.join(dir, 'core', 'a.ts'),
    "import { x } from './b.js';\nimport { readFileSync } from 'node:fs';\nimport type * as vscode from 'vscode';\nimport path from 'path';\nconst m = await import('vscode');\n",
  );
  assert.deepEqual(checkCoreImports(path.join(dir, 'core'), dir), ["core/a.ts:2: 'node:fs'", "core/a.ts:4: 'path'", "core/a.ts:5: 'vscode'"]);
});

test('the core check catches every way of naming a Node builtin or vscode, and imports from the faces or src/build', (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-core-check-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'src', 'core', 'corpus'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src', 'core', 'corpus', 'b.ts'),
    [
      "import * as vscode from 'vscode';", // 1: a value import of vscode
      "import {", // 2
      '  readFile,',
      "} from 'fs/promises';", // 4: a builtin's subpath, on the line of the module name
      "export * from 'node:path';", // 5: a re-export
      "const os = require('os');", // 6: CommonJS
      "import 'node:process';", // 7: a side-effect import
      "import { parseReport } from '../../build/corpus/parse.js';", // 8: build-only code
      "import { readMeta } from '../../node/resources.js';", // 9: Node I/O
      "import { run } from '../../cli/main.js';", // 10: a face
      "import { locator } from './locator.js';", // allowed: core
      "import data from '../../../resources/report/x.json' with { type: 'json' };", // allowed: data
      "import { z } from 'zod';", // allowed: a package
      "import type { Uri } from 'vscode';", // allowed: type-only, erased
      "import { builder } from '../../buildings/x.js';", // allowed: not src/build
    ].join('\n'),
  );
  assert.deepEqual(checkCoreImports(path.join(dir, 'src', 'core'), dir), [
    "src/core/corpus/b.ts:1: 'vscode'",
    "src/core/corpus/b.ts:4: 'fs/promises'",
    "src/core/corpus/b.ts:5: 'node:path'",
    "src/core/corpus/b.ts:6: 'os'",
    "src/core/corpus/b.ts:7: 'node:process'",
    "src/core/corpus/b.ts:8: '../../build/corpus/parse.js'",
    "src/core/corpus/b.ts:9: '../../node/resources.js'",
    "src/core/corpus/b.ts:10: '../../cli/main.js'",
  ]);
});

test('the web bundle fails to build when it reaches a Node module, naming the importer', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-web-check-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'entry.ts'), "import { helper } from './helper.js';\nexport const x = helper();\n");
  writeFileSync(path.join(dir, 'helper.ts'), "import { tmpdir } from 'node:os';\nexport const helper = () => tmpdir();\n");
  await assert.rejects(
    build({ entryPoints: [path.join(dir, 'entry.ts')], bundle: true, write: false, platform: 'browser', format: 'cjs', logLevel: 'silent', external: ['vscode'], plugins: [noNodeModules('the web extension')] }),
    (err: Error) => /must not import the Node module 'node:os' \(imported by .*helper\.ts\)/.test(err.message),
  );
});
