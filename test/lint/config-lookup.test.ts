/**
 * The one config look-up (src/core/lint/config-lookup.ts): the same answer whether the
 * file system answers at once (the CLI's) or with promises (the editor's), the explicit
 * config first, the nearest file next, and bad files reported rather than skipped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  CONFIG_NAME,
  findConfig,
  findConfigSync,
  lookupConfig,
  lookupConfigSync,
  MAX_CONFIG_LEVELS,
  type ConfigFileKind,
  type ConfigFs,
} from '../../src/core/lint/config-lookup.js';
import { ruleIds } from '../../src/core/lint/rules/index.js';
import { ConfigResolver, findConfig as findConfigNode, nodeConfigFs } from '../../src/node/config.js';
import { chooseReferenceDocx } from '../../src/node/export.js';

type Tree = Record<string, string | { kind: ConfigFileKind }>;

/** An in-memory file system over POSIX paths, counting what it is asked. */
function memoryFs(tree: Tree) {
  const calls = { stat: 0, read: 0 };
  const kindOf = (p: string): ConfigFileKind | undefined => {
    const v = tree[p];
    if (typeof v === 'string') return 'file';
    if (v) return v.kind;
    return Object.keys(tree).some((k) => k.startsWith(p === '/' ? '/' : `${p}/`)) ? 'directory' : undefined;
  };
  const base = {
    parent: (p: string) => (p === '/' ? undefined : path.posix.dirname(p)),
    join: (d: string, n: string) => path.posix.join(d, n),
    label: (p: string) => p,
  };
  const stat = (p: string) => {
    calls.stat++;
    const kind = kindOf(p);
    return kind ? { kind, size: typeof tree[p] === 'string' ? (tree[p] as string).length : 0 } : undefined;
  };
  const read = (p: string) => {
    calls.read++;
    const v = tree[p];
    if (typeof v !== 'string') throw Object.assign(new Error('no'), { code: 'ENOENT' });
    return new TextEncoder().encode(v);
  };
  const sync: ConfigFs<string, true> = { ...base, stat, read };
  const async: ConfigFs<string> = { ...base, stat: async (p) => stat(p), read: async (p) => read(p) };
  return { sync, async, calls };
}

const TREE: Tree = {
  '/ws/.evidensplan.jsonc': '{ "language": "en" }',
  '/ws/a/.evidensplan.jsonc': '{\n  // the sub-project\n  "language": "nn",\n  "rules": { "misquote": "off" }\n}',
  '/ws/a/b/c/plan.md': '# Plan',
  '/ws/a/plan.md': '# Plan',
  '/ws/plan.md': '# Plan',
  '/ws/x/y/plan.md': '# Plan',
  '/other/plan.md': '# Plan',
  '/ws/odd/.evidensplan.jsonc': { kind: 'directory' },
  '/ws/odd/plan.md': '# Plan',
  '/ws/pipe/.evidensplan.jsonc': { kind: 'fifo' },
  '/ws/pipe/plan.md': '# Plan',
};

test('the nearest config above a file, the same with a synchronous and an asynchronous file system', async () => {
  const { sync, async } = memoryFs(TREE);
  const expected: Record<string, string | undefined> = {
    '/ws/a/b/c/plan.md': '/ws/a/.evidensplan.jsonc',
    '/ws/a/plan.md': '/ws/a/.evidensplan.jsonc',
    '/ws/a/b': '/ws/a/.evidensplan.jsonc',
    '/ws/plan.md': '/ws/.evidensplan.jsonc',
    '/ws/x/y/plan.md': '/ws/.evidensplan.jsonc',
    '/other/plan.md': undefined,
    '/ws/odd/plan.md': '/ws/odd/.evidensplan.jsonc',
  };
  for (const [from, file] of Object.entries(expected)) {
    assert.equal(findConfigSync(sync, from), file, from);
    assert.equal(await findConfig(async, from), file, from);
  }
  const a = lookupConfigSync(sync, '/ws/a/b/c/plan.md', { knownRules: ruleIds });
  assert.deepEqual(a, await lookupConfig(async, '/ws/a/b/c/plan.md', { knownRules: ruleIds }));
  assert.equal(a.config.language, 'nn');
  assert.deepEqual(a.config.rules, { misquote: { level: 'off', options: {} } });
  assert.deepEqual(lookupConfigSync(sync, '/other/plan.md'), { config: { rules: {}, errors: [] } });
});

test('an explicit config wins and is read as it is, found or not', async () => {
  const { sync, async, calls } = memoryFs(TREE);
  assert.equal(findConfigSync(sync, '/ws/a/plan.md', { explicit: '/ws/.evidensplan.jsonc' }), '/ws/.evidensplan.jsonc');
  assert.equal(calls.stat, 0, 'nothing is searched');
  const missing = await lookupConfig(async, '/ws/a/plan.md', { explicit: '/ws/none.jsonc', lang: 'en' });
  assert.equal(missing.file, '/ws/none.jsonc');
  assert.deepEqual(missing.config.errors, [{ file: '/ws/none.jsonc', line: 1, column: 1, message: 'file not found' }]);
});

test('a folder or a pipe by the config\'s name is reported, not skipped, and never read', async () => {
  const { sync, async, calls } = memoryFs(TREE);
  const odd = lookupConfigSync(sync, '/ws/odd/plan.md', { lang: 'en' });
  assert.deepEqual(odd.config.errors.map((e) => e.message), ['is a folder, not a regular file']);
  const pipe = await lookupConfig(async, '/ws/pipe/plan.md');
  assert.match(pipe.config.errors[0].message, /navngitt rør \(FIFO\), ikke en vanlig fil/);
  assert.equal(calls.read, 0);
});

test('a file system whose folders never end (a virtual one) does not loop', async () => {
  let stats = 0;
  const endless: ConfigFs<string> = {
    parent: (p) => `${p}/..`,
    join: (d, n) => `${d}/${n}`,
    stat: async () => {
      stats++;
      return undefined;
    },
    read: async () => new Uint8Array(),
    label: (p) => p,
  };
  assert.equal(await findConfig(endless, '/x', { fromKind: 'directory' }), undefined);
  assert.equal(stats, MAX_CONFIG_LEVELS);
});

test('a file system that fails to answer: a failed look means nothing there, a failed read is reported', async () => {
  const failing: ConfigFs<string> = {
    parent: (p) => (p === '/' ? undefined : path.posix.dirname(p)),
    join: (d, n) => path.posix.join(d, n),
    stat: async (p) => {
      if (p === '/ws/.evidensplan.jsonc') return { kind: 'file', size: 10 };
      throw new Error('EACCES');
    },
    read: async () => {
      throw Object.assign(new Error('denied'), { code: 'EACCES' });
    },
    label: (p) => p,
  };
  const found = await lookupConfig(failing, '/ws/deep/er/plan.md', { lang: 'en' });
  assert.equal(found.file, '/ws/.evidensplan.jsonc');
  assert.deepEqual(found.config.errors.map((e) => e.message), ['cannot be read (EACCES)']);
});

test('Node: the CLI\'s resolver finds by walking up, reads each config once, and --config wins', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'evidensplan-lookup-'));
  mkdirSync(path.join(root, 'a/b'), { recursive: true });
  writeFileSync(path.join(root, CONFIG_NAME), '{ "language": "en" }');
  writeFileSync(path.join(root, 'a', CONFIG_NAME), '{ "language": "nn" }');
  writeFileSync(path.join(root, 'explicit.jsonc'), '{ "rules": { "misquote": "error" } }');
  assert.equal(findConfigNode(path.join(root, 'a/b/plan.md')), path.join(root, 'a', CONFIG_NAME));
  assert.equal(findConfigSync(nodeConfigFs, path.join(root, 'a/b')), path.join(root, 'a', CONFIG_NAME), 'a folder is searched from itself');
  const resolver = new ConfigResolver();
  assert.equal(resolver.forFile(path.join(root, 'a/b/p.md')).language, 'nn');
  assert.equal(resolver.forFile(path.join(root, 'a/q.md')).language, 'nn');
  assert.equal(resolver.forFile(path.join(root, 'r.md')).language, 'en');
  assert.equal(resolver.all().length, 2, 'each config read once');
  const explicit = new ConfigResolver(path.join(root, 'explicit.jsonc'));
  assert.deepEqual(explicit.forFile(path.join(root, 'a/b/p.md')).rules, { misquote: { level: 'error', options: {} } });
});

test('export reads export.referenceDocx through the same look-up and reader (a pipe by the config\'s name does not block it)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'evidensplan-lookup-export-'));
  mkdirSync(path.join(root, 'planer'), { recursive: true });
  writeFileSync(path.join(root, 'mal.docx'), 'x');
  writeFileSync(path.join(root, CONFIG_NAME), '{\n  // "referenceDocx": "feil.docx"\n  "export": { "referenceDocx": " mal.docx " },\n}');
  const req = { planPath: path.join(root, 'planer/plan.md'), resourcesRoot: '/bundled' };
  assert.deepEqual(chooseReferenceDocx(req), { file: path.join(root, 'mal.docx') }, 'relative to the config, trimmed');
  const pipeDir = path.join(root, 'planer');
  const made = spawnSync('mkfifo', [path.join(pipeDir, CONFIG_NAME)]);
  if (made.status === 0) {
    assert.deepEqual(chooseReferenceDocx(req), { file: path.join('/bundled', 'resources/export/reference.docx') }, 'the bundled template');
  }
});
