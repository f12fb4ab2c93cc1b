/** The editor service over the built index (resources/index), as the extension runs it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationHover } from '../../src/core/editor/hover.js';
import { completionContextAt, completionItems } from '../../src/core/editor/completion.js';
import { definitionAt } from '../../src/core/editor/definition.js';
import { renderReportDocument } from '../../src/core/editor/report-document.js';
import { loadReportIndex } from '../../src/node/resources.js';
import { loadSearch } from '../../src/node/search.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';

const plain = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

test('hover on [@ks2021, lp. 3.5.1]: the learning point, its section path and the source', async () => {
  const report = await loadReportIndex();
  const text = 'Kommunen skal ha lager [@ks2021, lp. 3.5.1].';
  const h = citationHover(analyzePlan(text), text.indexOf('lp.'), report)!;
  const s = plain(h.markdown);
  assert.match(s, /\[@ks2021, lp\. 3\.5\.1\]/);
  assert.match(s, /3 Smittevern, TISK og vaksinering[^›\n]* › 3\.5 Læringspunkt/);
  assert.match(s, /Kommunenes utstyrsberedskap var ikke dimensjonert/);
  assert.match(s, /Deloitte for KS, 2021/);
});

test('every learning point hovers, resolves and sits on its line of the report document', async () => {
  const report = await loadReportIndex();
  const rd = renderReportDocument(report.report);
  const lines = rd.text.split('\n');
  const lps = report.learningPoints();
  assert.equal(lps.length, 37);
  for (const f of lps) {
    const text = `Tekst ${f.citation}.`;
    const plan = analyzePlan(text);
    assert.equal(definitionAt(plan, 8, report)?.finding.locator, f.locator);
    assert.ok(citationHover(plan, 8, report), f.locator);
    assert.ok(lines[rd.lines.get(f.locator)!].startsWith(`- **${f.locator}** `), f.locator);
  }
  // Every finding has a line, and each section heading is a Markdown heading.
  for (const f of report.findings) assert.ok(rd.lines.has(f.locator), f.locator);
  for (const s of report.report.sections) assert.match(lines[rd.sectionLines.get(s.id)!], /^#{2,6} \S/);
});

test('completion over the real index: context ranks equipment first for an equipment paragraph', async () => {
  const [report, search] = await Promise.all([loadReportIndex(), loadSearch()]);
  const text = '# Utstyrsberedskap\n\nKommunen skal ha et beredskapslager av smittevernutstyr, munnbind og hansker [@';
  const items = completionItems(completionContextAt(text, text.length)!, analyzePlan(text), report, search);
  assert.ok(items.length >= 100);
  const top = items.slice(0, 5).map((i) => i.locator);
  assert.ok(top.includes('lp. 3.5.1') || top.includes('lp. 9.3.3'), top.join(', '));
  assert.ok(items.every((i) => i.insertText === report.get(i.locator)!.citation));
});
