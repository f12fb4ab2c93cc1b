import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { citationPreviewPlugin, reportResolver } from '../../src/core/editor/preview.js';
import { mini } from './fixture.js';

const { report } = mini();

function render(src: string, loaded = true): string {
  const md = new MarkdownIt();
  citationPreviewPlugin(md, () => (loaded ? reportResolver(report, 'nb', 120) : undefined));
  return md.render(src);
}

test('a citation renders as a link whose title is the finding text', () => {
  const html = render('Et lager [@ks2021, lp. 3.5.1] trengs.');
  const m = /<a class="evidensplan-citation" href="([^"]+)" title="([^"]+)">\[@ks2021, lp\. 3\.5\.1\]<\/a>/.exec(html);
  assert.ok(m, html);
  assert.equal(m[1], 'command:evidensplan.openInReport?%5B%22lp.%203.5.1%22%5D');
  assert.match(m[2], /^\[@ks2021, lp\. 3\.5\.1\] Kommunenes utstyrsberedskap var ikke dimensjonert/);
  assert.ok(html.startsWith('<p>Et lager <a') && html.includes('</a> trengs.</p>'));
});

test('several items, author in text, and a citation over two lines', () => {
  const html = render('Se [@ks2021, lp. 3.5.1; @ks2021, lp. 7.4.2] og @ks2021 [lp. 7.4.1], også [@ks2021,\nlp. 3.5.2].');
  assert.equal((html.match(/class="evidensplan-citation"/g) ?? []).length, 3, html);
  assert.match(html, /title="\[@ks2021, lp\. 3\.5\.1\][^"]*&#10;|title="\[@ks2021, lp\. 3\.5\.1\][^"]*\n\n\[@ks2021, lp\. 7\.4\.2\]/);
  assert.match(html, />@ks2021 \[lp\. 7\.4\.1\]<\/a>/);
});

test('unresolved citations render as a span that explains; code and links are untouched', () => {
  const html = render('Feil [@ks2021, lp. 9.9.9] og `[@ks2021, lp. 3.5.1]` og [lenke](https://ks.no) og post@ks.no.');
  assert.match(html, /<span class="evidensplan-citation evidensplan-citation-unresolved" title="Rapporten har ikke noe «lp\. 9\.9\.9»/);
  assert.ok(html.includes('<code>[@ks2021, lp. 3.5.1]</code>'));
  assert.ok(html.includes('<a href="https://ks.no">lenke</a>'));
  assert.ok(html.includes('post@ks.no'));
});

test('everything from the report is escaped in the title', () => {
  const html = render('Fotnote [@ks2021, fn. 45].');
  assert.ok(!html.includes('<img'), html);
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(!/title="[^"]*"[^>]*onerror/.test(html));
});

test('before the index has loaded citations render as plain spans', () => {
  const html = render('Et lager [@ks2021, lp. 3.5.1].', false);
  assert.equal(html, '<p>Et lager <span class="evidensplan-citation">[@ks2021, lp. 3.5.1]</span>.</p>\n');
});
