import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definitionAt } from '../../src/core/editor/definition.js';
import { findReferences } from '../../src/core/editor/references.js';
import { renderReportDocument } from '../../src/core/editor/report-document.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { at, doc, mini, miniReport } from './fixture.js';

const { report } = mini();

test('definition: the finding cited under the cursor, any typed form', () => {
  const d = doc('Tekst [@ks2021, LP.3.5.2; @ks2021, lp. 7.4.1].');
  assert.equal(definitionAt(d.plan, at(d.text, 'LP'), report)?.finding.locator, 'lp. 3.5.2');
  assert.equal(definitionAt(d.plan, at(d.text, 'lp. 7'), report)?.finding.locator, 'lp. 7.4.1');
  // On the brackets: the first that resolves.
  assert.equal(definitionAt(d.plan, at(d.text, '['), report)?.finding.locator, 'lp. 3.5.2');
  const bad = doc('Tekst [@ks2021, lp. 9.9.9] og [@annen, lp. 3.5.1].');
  assert.equal(definitionAt(bad.plan, at(bad.text, 'lp.'), report), undefined);
  assert.equal(definitionAt(bad.plan, at(bad.text, 'annen'), report), undefined);
});

test('definition target: the report document has the finding on the line it names', () => {
  const rd = renderReportDocument(miniReport());
  const lines = rd.text.split('\n');
  for (const f of miniReport().findings) {
    const line = rd.lines.get(f.locator);
    assert.ok(line !== undefined && line > 0, f.locator);
    if (f.kind === 'section') assert.match(lines[line], /^#{2,6} /, f.locator);
    else assert.ok(lines[line].includes(f.locator), `${f.locator} on its line: ${lines[line]}`);
  }
  assert.match(lines[rd.lines.get('lp. 3.5.1')!], /^- \*\*lp\. 3\.5\.1\*\* Kommunenes utstyrsberedskap/);
  // Headings by level, with the report's numbering.
  assert.ok(lines.includes('## 3 Smittevern, TISK og vaksinering – store oppgaver på toppen av ordinær drift'));
  assert.ok(lines.includes('### 3.5 Læringspunkt - smittevern, TISK og vaksinering'));
  assert.match(lines[0], /^# Kommunenes erfaringer fra koronapandemien så langt/);
});

test('report document: text that would start a Markdown block is neutralised', () => {
  const r = miniReport();
  r.findings.push({ ...r.findings[4], locator: 'kap. 3.4 avsn. 2', text: '# Not a heading\n> not a quote' });
  r.sections[1].findings.push('kap. 3.4 avsn. 2');
  const rd = renderReportDocument(r);
  const line = rd.text.split('\n')[rd.lines.get('kap. 3.4 avsn. 2')!];
  assert.equal(line, '`kap. 3.4 avsn. 2` \\# Not a heading > not a quote');
});

test('references: every citation of the finding across an in-memory workspace, whatever the form', async () => {
  const docs = [
    { uri: 'mem:/a.md', text: '# A\n\nLager [@ks2021, lp. 3.5.1] og [@ks2021, lp 3.5.1; @ks2021, lp. 7.4.2].\n' },
    { uri: 'mem:/b.md', text: 'Se @ks2021 [LP.3.5.1] og `[@ks2021, lp. 3.5.1]` i kode.\n\n```\n[@ks2021, lp. 3.5.1]\n```\n' },
    { uri: 'mem:/c.md', text: 'Ingenting her [@ks2021, lp. 3.5.2] [@ks2020, lp. 3.5.1].\n' },
  ];
  const refs = await findReferences('lp. 3.5.1', docs, report, (d) => analyzePlan(d.text));
  assert.deepEqual(
    refs.map((r) => [r.uri, docs.find((d) => d.uri === r.uri)!.text.slice(r.start, r.end)]),
    [
      ['mem:/a.md', '@ks2021, lp. 3.5.1'],
      ['mem:/a.md', '@ks2021, lp 3.5.1'],
      ['mem:/b.md', '@ks2021 [LP.3.5.1]'],
    ],
  );
  // A typed form as the target works too, and cancellation stops early.
  assert.equal((await findReferences('lp 7.4.2', docs, report, (d) => analyzePlan(d.text))).length, 1);
  assert.equal((await findReferences('lp. 3.5.1', docs, report, (d) => analyzePlan(d.text), { isCancelled: () => true })).length, 0);
});
