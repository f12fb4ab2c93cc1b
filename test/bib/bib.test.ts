import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bibtexEntry, bibtexEscape, cslItem, formatBibliography, isBibFormat, bibFileName } from '../../src/core/bib/index.js';
import { loadReport } from '../../src/node/resources.js';
import { main } from '../../src/cli/main.js';
import type { SourceMeta } from '../../src/core/model.js';

const meta: SourceMeta = {
  key: 'ks2021',
  title: 'Kommunenes erfaringer fra koronapandemien så langt – sluttrapport',
  author: 'Deloitte AS',
  commissionedBy: 'KS (Kommunesektorens organisasjon)',
  place: 'Bergen',
  date: '2021-09-17',
  language: 'nb',
  file: 'ks2021.txt',
  sha256: '',
};

test('CSL-JSON: a report by Deloitte AS for KS, Bergen, 17 September 2021, in Bokmål', () => {
  const item = cslItem(meta);
  assert.equal(item.id, 'ks2021');
  assert.equal(item.type, 'report');
  assert.deepEqual(item.author, [{ literal: 'Deloitte AS' }]);
  assert.equal(item.publisher, 'KS');
  assert.equal(item['publisher-place'], 'Bergen');
  assert.deepEqual(item.issued, { 'date-parts': [[2021, 9, 17]] });
  assert.equal(item.language, 'nb');
  assert.equal(item.title, 'Kommunenes erfaringer fra koronapandemien så langt: Sluttrapport');
  assert.equal(item['title-short'], 'Kommunenes erfaringer fra koronapandemien så langt');
  assert.match(item.note!, /på oppdrag fra KS \(Kommunesektorens organisasjon\)/);
});

test('BibTeX: a biblatex @report with a corporate author and escaped fields', () => {
  const bib = bibtexEntry(meta);
  assert.match(bib, /^@report\{ks2021,\n/);
  assert.match(bib, /author = \{\{Deloitte AS\}\}/);
  assert.match(bib, /subtitle = \{Sluttrapport\}/);
  assert.match(bib, /institution = \{KS\}/);
  assert.match(bib, /date = \{2021-09-17\}/);
  assert.equal(bibtexEscape('50 % & {x}_#$ ~^\\'), '50 \\% \\& \\{x\\}\\_\\#\\$ \\textasciitilde{}\\textasciicircum{}\\textbackslash{}');
  // Braces stay balanced whatever the metadata holds.
  const odd = bibtexEntry({ ...meta, title: 'A {b} } c' });
  let depth = 0;
  for (let i = 0; i < odd.length; i++) {
    if (odd[i] === '\\') { i++; continue; }
    if (odd[i] === '{') depth++;
    if (odd[i] === '}') depth--;
    assert.ok(depth >= 0);
  }
  assert.equal(depth, 0);
});

test('formats and file names', () => {
  assert.ok(isBibFormat('csl-json') && isBibFormat('bibtex') && !isBibFormat('xml'));
  assert.equal(bibFileName('csl-json'), 'evidensplan.bib.json');
  assert.equal(bibFileName('bibtex'), 'evidensplan.bib');
  assert.deepEqual(JSON.parse(formatBibliography([meta], 'csl-json')).map((x: { id: string }) => x.id), ['ks2021']);
});

test('the built metadata makes the same entry (title and subtitle from the index)', async () => {
  const report = await loadReport();
  const item = cslItem(report.source);
  assert.equal(item.id, 'ks2021');
  assert.equal(item['publisher-place'], 'Bergen');
  assert.match(item.title, /^Kommunenes erfaringer fra koronapandemien så langt: Sluttrapport$/);
});

test('evidensplan bib: writes the file, refuses an unknown format with exit 2', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-bib-'));
  try {
    const out = path.join(dir, 'x.bib');
    assert.equal(await main(['bib', '--format', 'bibtex', '-o', out]), 0);
    assert.match(readFileSync(out, 'utf8'), /^@report\{ks2021,/);
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    (process.stderr as { write: unknown }).write = (s: string) => (errors.push(String(s)), true);
    try {
      assert.equal(await main(['bib', '--format', 'xml']), 2);
      assert.equal(await main(['bib', '-o', path.join(dir, 'missing', 'x.json')]), 2);
    } finally {
      (process.stderr as { write: unknown }).write = write;
    }
    assert.match(errors.join(''), /unknown format "xml"/);
    assert.match(errors.join(''), /cannot write .*ENOENT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
