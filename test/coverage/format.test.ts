import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadReportIndexSync } from '../../src/node/resources.js';
import { coverageOfText, formatCoverageText, shortGroupTitle } from '../../src/core/coverage/index.js';
import { renderCoverageHtml } from '../../src/cli/html/coverage-report.js';
import type { Finding } from '../../src/core/model.js';

const report = loadReportIndexSync();
const plan = readFileSync(new URL('./fixtures/nn-plan.md', import.meta.url), 'utf8');

test('text fits 80 columns: a bar per group, every uncovered learning point on its own line', () => {
  const c = coverageOfText(plan, report);
  for (const lang of ['nb', 'nn', 'en'] as const) {
    const out = formatCoverageText('plans/a-very-long-folder-name/that-goes-on/and-on/and-on/and-on/overordna-beredskapsplan.md', c, lang);
    const lines = out.trimEnd().split('\n');
    for (const l of lines) assert.ok([...l].length <= 80, `${lang}: ${[...l].length} columns: ${l}`);
    const bars = lines.filter((l) => /[█░]{20}/.test(l));
    assert.equal(bars.length, c.groups.length);
    for (const loc of c.uncovered.map((x) => /, (lp\. [\d.]+)\]/.exec(x)![1])) {
      assert.ok(lines.some((l) => l.startsWith(`  ${loc} `)), `${loc} listed`);
    }
  }
  const nb = formatCoverageText('plan.md', c, 'nb');
  assert.match(nb, new RegExp(`Læringspunkter dekket: ${c.covered.length} av 37`));
  assert.match(nb, /2\.6 Kriseledelse og beredskap +█+░* +\d\/5/);
  assert.match(formatCoverageText('plan.md', c, 'nn'), /Læringspunkt dekte: /);
});

test('group titles lose the "Læringspunkter –" lead', () => {
  assert.equal(shortGroupTitle('Læringspunkter – kriseledelse og beredskap'), 'Kriseledelse og beredskap');
  assert.equal(shortGroupTitle('Læringspunkt -  smittevern, TISK og vaksinering'), 'Smittevern, TISK og vaksinering');
  assert.equal(shortGroupTitle('Læringspunkter for sårbare barn og unge'), 'Sårbare barn og unge');
});

test('HTML is one self-contained page: inline CSS, no scripts, no external resources, print CSS', () => {
  const c = coverageOfText(plan, report);
  const html = renderCoverageHtml({ file: 'plan<1>.md', coverage: c, reportTitle: report.source.title, lang: 'nb', date: '2026-11-26' });
  assert.match(html, /^<!DOCTYPE html>/);
  assert.doesNotMatch(html, /https?:|\/\/[a-z]/i);
  assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(/i);
  assert.match(html, /<style>[\s\S]*@media print[\s\S]*<\/style>/);
  // One bar per group with the covered share as its width.
  assert.equal((html.match(/class="track"/g) ?? []).length, c.groups.length);
  for (const g of c.groups) assert.ok(html.includes(`${g.covered}/${g.total} · `), g.section);
  // Every uncovered learning point with its full text and citation.
  for (const f of report.learningPoints()) {
    const covered = c.covered.some((x) => x.citation === f.citation);
    const firstPara = f.text.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim();
    const escaped = firstPara.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    assert.equal(html.includes(escaped), !covered, `${f.locator} text shown iff uncovered`);
    assert.ok(html.includes(f.citation), `${f.locator} citation`);
  }
  assert.ok(html.includes('plan&lt;1&gt;.md'));
  assert.ok(!html.includes('plan<1>.md'));
});

test('report and plan text is escaped in the HTML', () => {
  const c = coverageOfText(plan, report);
  const evil: Finding = { ...report.learningPoints()[0], text: 'A <script>alert(1)</script> & "quote" \'x\'' };
  const evilCoverage = {
    ...c,
    groups: c.groups.map((g, i) => (i === 0 ? { ...g, title: '<img src=x onerror=alert(1)>', items: g.items.map((it, j) => (j === 0 ? { ...it, how: undefined, text: evil.text } : it)) } : g)),
  };
  const html = renderCoverageHtml({ file: '"><script>alert(2)</script>', coverage: evilCoverage, reportTitle: '<i>T</i>', lang: 'en' });
  assert.doesNotMatch(html, /<script|<img|<i>/i);
  assert.ok(html.includes('A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot; &#39;x&#39;'));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
});

test('HTML of an empty plan says nothing is covered and lists all 37', () => {
  const c = coverageOfText('', report);
  const html = renderCoverageHtml({ file: 'tom.md', coverage: c, reportTitle: report.source.title, lang: 'nn' });
  assert.equal((html.match(/<article class="lp">/g) ?? []).length, 37);
  assert.match(html, /<strong>0\/37<\/strong>/);
  assert.match(html, /<html lang="nn">/);
});
