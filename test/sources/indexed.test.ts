/**
 * Indexed sources the writer adds (`.evidensplan/sources/<key>/source.md` +
 * `source.csl.json`): the locators they give, and what a plan citing one gets
 * (lint's quote and number checks, look-up, show), driven through the CLI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli, lintJson, plan, root, workspace } from './helpers.js';
import { contentHash, indexMarkdown, loadSourceFolder, type SourceCache, type SourceReader } from '../../src/core/sources/index.js';
import { INDEX_VERSION } from '../../src/core/sources/load.js';
import type { SourceMeta } from '../../src/core/model.js';

const META = { key: 'doc2024' } as SourceMeta;

const DOC = `# Tittel på dokumentet

Innledende tekst under tittelen.

<!-- s. 7 -->

## 1 Bakgrunn

Første avsnitt med 45 prosent.[^1]

- et punkt
- et annet punkt

## Sammendrag

Kort sammendrag. <!-- s. 8 --> Fortsetter på neste side.

### 1.1 Under

> [!læringspunkter]
> - Gjør A.
> - Gjør B.

> Et vanlig sitat.

[^1]: Kilde for tallet.
`;

test('indexMarkdown: headings by number or one-word name, paragraphs, callout learning points, footnotes, pages', () => {
  const d = indexMarkdown(DOC, META, 'source.md');
  assert.deepEqual(d.problems, []);
  const locs = d.report.findings.map((f) => `${f.locator}|${f.kind}`);
  assert.deepEqual(locs, [
    'kap. 1|section',
    'kap. 1 avsn. 1|paragraph',
    'kap. 1 avsn. 2|paragraph',
    'kap. sammendrag|section',
    'kap. sammendrag avsn. 1|paragraph',
    'kap. 1.1|section',
    'lp. 1.1.1|learning-point',
    'lp. 1.1.2|learning-point',
    'kap. 1.1 avsn. 1|paragraph',
    'fn. 1|footnote',
  ]);
  const first = d.report.findings[1];
  assert.equal(first.text, 'Første avsnitt med 45 prosent.');
  assert.deepEqual(first.footnotes, [1]);
  assert.deepEqual(first.numbers.map((n) => n.value), [45]);
  assert.equal(d.report.findings.find((f) => f.locator === 'lp. 1.1.2')!.text, 'Gjør B.');
  assert.equal(d.report.sections.find((s) => s.id === '1.1')!.parent, '1');
  // The summary paragraph runs from page 7 onto page 8.
  assert.deepEqual(d.pages.map((p) => [p.page, p.locators]), [
    [7, ['kap. 1', 'kap. 1 avsn. 1', 'kap. 1 avsn. 2', 'kap. sammendrag', 'kap. sammendrag avsn. 1']],
    [8, ['kap. sammendrag avsn. 1', 'kap. 1.1', 'lp. 1.1.1', 'lp. 1.1.2', 'kap. 1.1 avsn. 1']],
  ]);
});

test('indexMarkdown: a locator used twice, a heading that needs a number, a footnote without a number: problems with lines', () => {
  const text = `# T\n\n## 1 A\n\nTekst.\n\n## 1 B\n\nTekst.\n\n## Et lengre navn\n\nTekst.[^x]\n\n<!-- s. 2 -->\n\n## 2 C\n\n<!-- s. 2 -->\n\nTekst.\n\n[^x]: Merket med bokstav.\n`;
  const d = indexMarkdown(text, META, 'source.md');
  assert.deepEqual(
    d.problems.map((p) => [p.code, p.line, p.params.locator ?? p.params.title ?? p.params.label]),
    [
      ['duplicate-locator', 7, 'kap. 1'],
      ['unnumbered-heading', 11, 'Et lengre navn'],
      ['duplicate-locator', 19, 's. 2'],
      ['footnote-label', 23, 'x'],
    ],
  );
  // What could be indexed still is.
  assert.ok(d.report.findings.some((f) => f.locator === 'kap. 2 avsn. 1'));
});

function example(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-example-'));
  cpSync(path.join(root, 'examples/kilder'), dir, { recursive: true });
  return dir;
}

test('the example plan citing the report, a CSL-JSON entry and an indexed source lints clean', () => {
  const r = lintJson(['beredskapsplan.md'], example());
  assert.deepEqual(r.files.get('beredskapsplan.md'), [], r.err);
  assert.equal(r.code, 0);
});

test('misquote, number-mismatch and unknown-locator check a citation of an indexed source against its text', () => {
  const dir = example();
  const text = readFileSync(path.join(dir, 'beredskapsplan.md'), 'utf8')
    .replace('om lag 60 prosent av hjemmetjenestens brukere over 80 år kunne ikke nås', 'om lag 80 prosent av hjemmetjenestens brukere over 80 år kunne nås')
    .replace('[@vintermorke2025, lp. 4.2]', '[@vintermorke2025, lp. 4.7]');
  writeFileSync(path.join(dir, 'p.md'), text);
  const msgs = lintJson(['p.md'], dir).files.get('p.md')!;
  const by = (id: string) => msgs.filter((m) => m.ruleId === id);
  assert.equal(by('misquote').length, 1, JSON.stringify(msgs));
  assert.match(by('misquote')[0].message, /\[@vintermorke2025, kap\. 3\.3 avsn\. 1\].*Om lag 60 prosent/);
  assert.match(by('number-mismatch')[0].message, /80 prosent.*60 prosent/);
  assert.match(by('unknown-locator')[0].message, /lp\. 4\.7.*lp\. 4\.3/);
});

test('sources list / show and lookup --source / show --source on the example', () => {
  const dir = example();
  const list = cli(['sources', 'list', '--json', '--plan', 'beredskapsplan.md'], dir);
  assert.equal(list.code, 0, list.err);
  const items = JSON.parse(list.out) as { key: string; kind: string; file: string; learningPoints?: number; pages?: number }[];
  assert.deepEqual(items.map((i) => [i.key, i.kind]), [['vintermorke2025', 'indexed'], ['nou2021-6', 'bibliography']]);
  assert.deepEqual([items[0].learningPoints, items[0].pages], [3, 3]);
  assert.equal(items[0].file, '.evidensplan/sources/vintermorke2025/source.md');

  const show = cli(['sources', 'show', 'vintermorke2025', 'lp. 4.2', '--json'], dir);
  assert.equal(show.code, 0, show.err);
  assert.equal(JSON.parse(show.out).text, 'Kriseledelsen skal ha en fast loggfører og en utpekt kontaktperson mot Statsforvalteren.');
  const page = JSON.parse(cli(['show', '--source', 'vintermorke2025', 's. 3', '--json'], dir).out);
  assert.equal(page.citation, '[@vintermorke2025, s. 3]');
  assert.match(page.text, /^Varslingslisten skal oppdateres/);
  const bad = cli(['sources', 'show', 'vintermorke2025', 'lp. 4.9'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /lp\. 4\.3/);
  const bib = cli(['sources', 'show', '--plan', 'beredskapsplan.md', 'nou2021-6', 'kap. 1'], dir);
  assert.equal(bib.code, 2);
  assert.match(bib.err, /bibliografioppføring uten tekst/);

  const only = JSON.parse(cli(['lookup', '--json', '--source', 'vintermorke2025', 'frivillige', 'lag'], dir).out) as { source: string; citation: string }[];
  assert.ok(only.length >= 2);
  assert.ok(only.every((h) => h.source === 'vintermorke2025'));
  assert.equal(only[0].citation, '[@vintermorke2025, lp. 4.3]');
  const both = JSON.parse(cli(['lookup', '--json', '--limit', '40', 'kriseledelse', 'loggfører'], dir).out) as { source: string }[];
  assert.deepEqual([...new Set(both.map((h) => h.source))].sort(), ['ks2021', 'vintermorke2025']);
  const unknown = cli(['lookup', '--source', 'finnesikke', 'x'], dir);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /ks2021, vintermorke2025/);
});

test('indexing problems are messages on the source file; the plan is still checked', () => {
  const dir = workspace({
    '.evidensplan/sources/notat2024/source.csl.json': JSON.stringify([{ id: 'notat2024', title: 'Notat' }]),
    '.evidensplan/sources/notat2024/source.md': '# Notat\n\n## 1 A\n\nTekst om varsling.\n\n## 1 B\n\nMer.\n',
    'plan.md': plan('kommune: X', 'Se [@notat2024, kap. 1 avsn. 1] og [@ks2012, lp. 3.5.1].'),
  });
  const r = lintJson(['plan.md'], dir);
  assert.deepEqual(r.files.get('plan.md')!.map((m) => m.ruleId), ['unknown-source']);
  const src = r.files.get('.evidensplan/sources/notat2024/source.md')!;
  assert.deepEqual(src.map((m) => [m.ruleId, m.line]), [['sources', 7]]);
  assert.match(src[0].message, /kap\. 1 finnes to ganger/);
  const check = cli(['sources', 'check'], dir);
  assert.equal(check.code, 0, 'warnings only');
  assert.match(check.out, /source\.md:7:1 {2}warning {2}duplicate-locator/);
});

function memReader(files: Record<string, string>): SourceReader {
  return {
    async read(p) {
      return p in files ? new TextEncoder().encode(files[p]) : undefined;
    },
    async list(p) {
      const names = Object.keys(files).filter((f) => f.startsWith(`${p}/`)).map((f) => f.slice(p.length + 1).split('/')[0]);
      return names.length ? [...new Set(names)] : undefined;
    },
  };
}

test('an indexed source is cached by content hash: a cached index is used, a changed text is indexed again', async () => {
  const meta = JSON.stringify([{ id: 'c2024', title: 'C' }]);
  const text = `# C\n\n## 1 A\n\nEn tekst som bare denne testen har: ${Date.now()}.\n`;
  const sets: string[] = [];
  const store = new Map<string, string>();
  const cache: SourceCache = {
    async get(h) {
      return store.get(h);
    },
    async set(h, v) {
      sets.push(h);
      store.set(h, v);
    },
  };
  // A cached index for exactly this content is read, not rebuilt: prove it with a doctored one.
  const hash = await contentHash(`${INDEX_VERSION}\0c2024\0${meta}\0${text}`);
  const doctored = indexMarkdown(text.replace('En tekst', 'Hentet fra hurtigbufferen'), { key: 'c2024' } as SourceMeta, 'source.md');
  store.set(hash, JSON.stringify(doctored));
  const a = await loadSourceFolder(memReader({ '/w/c2024/source.csl.json': meta, '/w/c2024/source.md': text }), '/w/c2024', 'c2024', cache);
  assert.match(a.source!.get('kap. 1 avsn. 1')!.text, /^Hentet fra hurtigbufferen/);
  assert.deepEqual(sets, []);
  // A changed text has another hash: indexed and stored.
  const changed = `${text}\nEt avsnitt til.\n`;
  const b = await loadSourceFolder(memReader({ '/w/c2024/source.csl.json': meta, '/w/c2024/source.md': changed }), '/w/c2024', 'c2024', cache);
  assert.equal(b.source!.get('kap. 1 avsn. 2')!.text, 'Et avsnitt til.');
  assert.equal(sets.length, 1);
  assert.notEqual(sets[0], hash);
});
