/**
 * The writer's-sources core runs where the web extension runs: bundled for the
 * browser's web worker (esbuild, platform "browser", condition "worker": a Node
 * built-in anywhere in its imports fails the build) and run in a bare context with no `process`,
 * `require` or file system, it parses a BibTeX file and indexes a source read
 * through an in-memory reader.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { root } from './helpers.js';

test('core/sources bundles for the browser and loads and indexes sources with no Node at all', async () => {
  const entry = `
    import { loadSources, IndexedSource } from './src/core/sources/index.ts';
    import { formatBibliography } from './src/core/bib/index.ts';
    const files = {
      '/w/plan.md': '',
      '/w/refs.bib': '@report{dsb2014, author = {{DSB}}, title = {Veileder}, date = {2014}}\\n',
      '/w/.evidensplan/sources/notat2024/source.csl.json': '[{"id": "notat2024", "title": "Notat"}]',
      '/w/.evidensplan/sources/notat2024/source.md': '# Notat\\n\\n## 1 Varsling\\n\\nVarslingslisten var utdatert.\\n',
    };
    const reader = {
      read: async (p) => (p in files ? new TextEncoder().encode(files[p]) : undefined),
      list: async (p) => { const n = Object.keys(files).filter((f) => f.startsWith(p + '/')).map((f) => f.slice(p.length + 1).split('/')[0]); return n.length ? [...new Set(n)] : undefined; },
    };
    globalThis.run = async () => {
      const l = await loadSources({ planPath: '/w/plan.md', frontmatter: { bibliography: 'refs.bib' }, reserved: ['ks2021'] }, reader);
      const src = l.sources.get('notat2024');
      return JSON.stringify({
        keys: [...l.sources.keys()].sort(),
        problems: l.problems.length,
        text: src instanceof IndexedSource ? src.get('kap. 1 avsn. 1').text : '',
        hit: src instanceof IndexedSource ? src.search().search('varslingsliste')[0]?.finding.locator : '',
        bib: formatBibliography([], 'bibtex', [...l.sources.values()].map((s) => s.entry)),
      });
    };
  `;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'web-entry.ts' },
    bundle: true,
    platform: 'browser',
    // The web extension host is a web worker: no DOM (micromark's entity decoder has a worker build).
    conditions: ['worker'],
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  // Minified: remark, the search analyzer, citation-js and the indexer (about 1.2 MB).
  assert.ok(code.length < 1_500_000, `bundle ${code.length} bytes`);
  const sandbox: Record<string, unknown> = { console: { log() {}, warn() {}, error() {} }, TextEncoder, TextDecoder, crypto: globalThis.crypto, setTimeout, clearTimeout, URL, Promise };
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  vm.runInNewContext(code, sandbox, { filename: path.join(root, 'web-bundle.js') });
  // Across realms: read the result as JSON.
  const r = JSON.parse(await (sandbox.run as () => Promise<string>)()) as { keys: string[]; problems: number; text: string; hit: string; bib: string };
  assert.deepEqual(r.keys, ['dsb2014', 'notat2024']);
  assert.equal(r.problems, 0);
  assert.equal(r.text, 'Varslingslisten var utdatert.');
  assert.equal(r.hit, 'kap. 1 avsn. 1');
  assert.match(r.bib, /^@report\{dsb2014,$/m);
});
