/**
 * Text from the report or from a plan never turns into HTML or a command link in
 * a hover, a completion's documentation or the Markdown preview; the only command
 * links are the extension's own, and the VS Code adapters trust nothing else.
 *
 * Hostile text is planted both in the plan and in the report (a copy of the real
 * index with findings rewritten), then the output is rendered the way VS Code
 * renders it (markdown-it, raw HTML allowed, as in the preview) and inspected.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { analyzePlan } from '../../src/core/plan/index.js';
import {
  citationHover,
  evidenceHover,
  completionContextAt,
  completionItems,
  completionDocumentation,
  citationPreviewPlugin,
  reportResolver,
  HOVER_COMMANDS,
  type EditorReport,
} from '../../src/core/editor/index.js';
import { ReportIndex } from '../../src/core/corpus/report-index.js';
import type { Report } from '../../src/core/model.js';
import { loadReport } from '../../src/node/resources.js';
import { loadIndex, type Index } from '../support/pipeline.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** What an attacker (or an unlucky copy-paste) might put in a plan or a report. */
const PLANTS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '[klikk her](command:workbench.action.terminal.new)',
  '[x](command:evidensplan.openInReport?%5B%22lp.%203.5.1%22%5D)',
  '![bilde](https://evil.example/pixel.png)',
  '<a href="command:workbench.action.openSettings">innstillinger</a>',
  '`kode` ``to`` ```tre```',
  '**fet** _kursiv_ [lenke][ref] \\[escaped\\] ]] [[',
  'javascript:alert(3)',
  '<https://evil.example/autolink>',
  '&lt;entity&gt; &#60;img&#62;',
];
const HOSTILE = PLANTS.join(' · ');

let index: Index;
let hostile: EditorReport;

before(async () => {
  index = await loadIndex();
  // The real report model, with hostile text planted in a learning point, a section and a title.
  const model = structuredClone(await loadReport()) as Report;
  for (const f of model.findings) {
    if (f.locator === 'lp. 3.5.1' || f.locator === 'kap. 2.2' || f.locator === 'lp. 2.6.1') {
      f.text = `${f.text} ${HOSTILE}`;
      f.sectionTitle = `${f.sectionTitle} <b onmouseover=alert(4)>x</b> [t](command:workbench.action.quit)`;
    }
  }
  for (const s of model.sections) if (s.id === '2.2' || s.id === '3.5') s.title = `${s.title} <img src=y onerror=alert(5)>`;
  hostile = new ReportIndex(model) as unknown as EditorReport;
});

const md = new MarkdownIt({ html: true, linkify: true });

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Rendered HTML's elements, link targets and visible text. */
function inspect(html: string): { tags: string[]; hrefs: string[]; srcs: string[]; text: string } {
  const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
  const hrefs = [...html.matchAll(/\bhref="([^"]*)"/g)].map((m) => decode(m[1]));
  const srcs = [...html.matchAll(/\bsrc="([^"]*)"/g)].map((m) => decode(m[1]));
  const text = decode(html.replace(/<[^>]*>/g, ''));
  return { tags, hrefs, srcs, text };
}

const SAFE_TAGS = new Set(['p', 'strong', 'em', 'code', 'a', 'blockquote', 'hr', 'ol', 'ul', 'li', 'br', 'span']);

/** Asserts that hover/completion Markdown, rendered, has no foreign HTML and only our command links. */
function assertSafeMarkdown(markdown: string, where: string): { text: string } {
  const html = md.render(markdown);
  const { tags, hrefs, srcs, text } = inspect(html);
  for (const t of tags) assert.ok(SAFE_TAGS.has(t), `${where}: rendered <${t}> from quoted text:\n${html}`);
  assert.deepEqual(srcs, [], `${where}: an image/src got through:\n${html}`);
  for (const h of hrefs) {
    const m = /^command:([\w.]+)(\?|$)/.exec(h);
    assert.ok(m, `${where}: link to ${h} (only command links to our own commands are allowed)`);
    assert.ok((HOVER_COMMANDS as readonly string[]).includes(m[1]), `${where}: command link to ${m[1]}`);
  }
  return { text };
}

test('the hover builder trusts only the extension\'s own commands', () => {
  assert.ok(HOVER_COMMANDS.length > 0);
  for (const c of HOVER_COMMANDS) assert.match(c, /^evidensplan\.[A-Za-z]+$/);
});

test('a citation hover shows hostile report text as text: no HTML, no foreign command links', () => {
  const text = 'Kommunen må ha lager av smittevernutstyr [@ks2021, lp. 3.5.1] og kriseledelse [@ks2021, kap. 2.2].\n';
  const plan = analyzePlan(text);
  for (const g of plan.citations) {
    const h = citationHover(plan, g.items[0].start + 2, hostile, { maxTextLength: 10_000 });
    assert.ok(h, 'hover exists');
    const { text: shown } = assertSafeMarkdown(h.markdown, `hover ${text.slice(g.start, g.end)}`);
    // The planted text is shown to the reader (escaped, not dropped).
    if (text.slice(g.start, g.end).includes('3.5.1')) {
      assert.ok(shown.includes('<img src=x onerror=alert(1)>'), `the plant is visible as text:\n${shown}`);
      assert.ok(shown.includes('[klikk her](command:workbench.action.terminal.new)'));
    }
  }
});

test('a hover on a group of citations and a shortened hover stay safe', () => {
  const text = 'Se [@ks2021, lp. 3.5.1; @ks2021, kap. 2.2; @ks2021, lp. 2.6.1].\n';
  const plan = analyzePlan(text);
  const g = plan.citations[0];
  for (const off of [g.start, g.start + 1, g.end - 1, g.end]) {
    const h = citationHover(plan, off, hostile, { maxTextLength: 40 });
    if (h) assertSafeMarkdown(h.markdown, `group hover at ${off}`);
  }
});

test('plan text quoted back in a hover (unresolvable locators, headings) is escaped', () => {
  // Citations holding raw HTML or nested brackets are not citations (Markdown reads them as HTML or
  // links); these are the hostile strings that can stand inside one.
  const inside = ['javascript:alert(3)', '&lt;entity&gt; &#60;img&#62;', '**fet** _kursiv_ `kode`', '(command:workbench.action.quit)', '"title" \'x\''];
  const lines = [...PLANTS, ...inside].map((p) => `Krav [@ks2021, lp. ${p}] og [@ks2021 ${p}] og [se @ks2021, kap. 9.9 ${p}].`);
  const text = `# Smittevern ${HOSTILE}\n\n${lines.join('\n\n')}\n`;
  const plan = analyzePlan(text);
  assert.ok(plan.citations.length >= 3 * inside.length, `citations found: ${plan.citations.length}`);
  for (const g of plan.citations) {
    for (const off of [g.start + 1, g.start + 3, g.end - 2]) {
      const h = citationHover(plan, off, index.report);
      if (h) assertSafeMarkdown(h.markdown, `hover on ${text.slice(g.start, g.end)}`);
    }
  }
  const head = evidenceHover(plan, 3, index.report, index.search, { uri: 'file:///p.md' });
  assert.ok(head, 'evidence hover on the heading');
  const { text: shown } = assertSafeMarkdown(head.markdown, 'evidence hover on a hostile heading');
  assert.ok(shown.includes('<img src=x onerror=alert(1)>'), 'the heading text is shown as text');
});

test('an evidence hover over hostile findings is safe, and its insert-citation arguments are JSON, not Markdown', () => {
  const text = '# Smittevernutstyr og lager\n\nKommunen skal ha et lager av smittevernutstyr.\n';
  const plan = analyzePlan(text);
  const h = evidenceHover(plan, 5, hostile, index.search, { uri: 'file:///p.md](command:x)', count: 5 });
  assert.ok(h);
  assertSafeMarkdown(h.markdown, 'evidence hover');
});

test('completion documentation of hostile findings is safe', () => {
  const text = 'Kommunen må ha et lager av smittevernutstyr [@';
  const plan = analyzePlan(text);
  const ctx = completionContextAt(text, text.length);
  assert.ok(ctx, 'completion context after [@');
  const items = completionItems(ctx, plan, hostile, index.search, { limit: 400 });
  const planted = items.filter((i) => ['lp. 3.5.1', 'kap. 2.2', 'lp. 2.6.1'].includes(i.locator));
  assert.ok(planted.length >= 1, 'the planted findings are offered');
  for (const i of items) {
    const f = hostile.get(i.locator);
    assert.ok(f, `${i.locator} resolves`);
    // The documentation VS Code shows when the item is focused (resolveCompletionItem).
    assertSafeMarkdown(completionDocumentation(f, hostile), `completion ${i.label}`);
    // Plain-text fields are shown as text by VS Code, but they must not carry a different citation.
    assert.equal(i.label, i.label.replace(/[<>]/g, ''), 'labels are canonical citations');
  }
});

test('the Markdown preview escapes hostile report text and hostile plan text inside citations', () => {
  const preview = new MarkdownIt({ html: true });
  citationPreviewPlugin(preview, () => reportResolver(hostile));
  const plan = [
    'Smittevern [@ks2021, lp. 3.5.1] og [@ks2021, kap. 2.2; @ks2021, lp. 2.6.1].',
    'Ukjent [@ks2021, lp. 9.9 <img src=x onerror=alert(1)>] og [@ks2021, "><script>alert(1)</script>].',
    'Med tittel [@ks2021, kap. 2.2 " onmouseover="alert(1)] og @ks2021 [lp. 3.5.1 <b>].',
  ].join('\n\n');
  const html = preview.render(plan);
  // Every citation became one of our elements, with the hostile text inside attributes or text, escaped.
  assert.ok(!/<img\b/i.test(html), `no <img> element:\n${html}`);
  assert.ok(!/<script\b/i.test(html), `no <script> element:\n${html}`);
  assert.ok(!/<b\b/i.test(html), `no <b> element:\n${html}`);
  // Every tag is well formed, with only the attributes the plugin writes.
  const tags = [...html.matchAll(/<\/?[a-z][^>]*>/gi)].map((m) => m[0]);
  assert.equal(tags.length, (html.match(/</g) ?? []).length, 'every < starts a tag the plugin or markdown-it wrote');
  for (const tag of tags) {
    const m = /^<\/?([a-z]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*\/?>$/i.exec(tag);
    assert.ok(m, `malformed tag ${tag}`);
    const names = [...m[2].matchAll(/\s+([a-z-]+)="[^"]*"/gi)].map((x) => x[1].toLowerCase());
    for (const n of names) assert.ok(['class', 'href', 'title'].includes(n), `attribute ${n} in ${tag}`);
    assert.ok(['p', 'a', 'span'].includes(m[1].toLowerCase()), `element ${m[1]}`);
  }
  for (const [, href] of html.matchAll(/\bhref="([^"]*)"/g)) {
    assert.match(decode(href), /^command:evidensplan\.openInReport\?/, `preview link ${href}`);
  }
  const titles = [...html.matchAll(/\btitle="([^"]*)"/g)].map((m) => decode(m[1]));
  assert.ok(titles.some((t) => t.includes('<img src=x onerror=alert(1)>')), 'the report text is shown as a tooltip, as text');
});

// --- Static checks of the VS Code adapters ---------------------------------------------------

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

test('src/vscode: MarkdownStrings never trust everything, never render HTML, never enable other commands', () => {
  const files = walk(path.join(root, 'src', 'vscode'));
  let trustSites = 0;
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    const rel = path.relative(root, f);
    assert.doesNotMatch(src, /\bisTrusted\s*=\s*true\b/, `${rel}: isTrusted = true trusts every command link`);
    assert.doesNotMatch(src, /\bsupportHtml\s*=\s*true\b/, `${rel}: supportHtml = true renders raw HTML`);
    assert.doesNotMatch(src, /new\s+(vscode\.)?MarkdownString\([^)]*,\s*true\s*\)/, `${rel}: MarkdownString(…, true)`);
    assert.doesNotMatch(src, /\benableCommandUris\s*:\s*true\b/, `${rel}: a webview with every command URI enabled`);
    for (const m of src.matchAll(/\bisTrusted\s*=\s*([^;]+);/g)) {
      trustSites++;
      const rhs = m[1].trim();
      const literal = [...rhs.matchAll(/['"]([^'"]+)['"]/g)].map((x) => x[1]);
      const ok = /^\{\s*enabledCommands:\s*\[\s*\.\.\.HOVER_COMMANDS\s*\]\s*\}$/.test(rhs) || (literal.length > 0 && literal.every((c) => /^evidensplan\./.test(c)));
      assert.ok(ok, `${rel}: isTrusted = ${rhs} (must list only the extension's own commands)`);
    }
  }
  assert.ok(trustSites >= 1, 'the hover adapter sets isTrusted to a command list');
});

test('every command a hover may link to is one the extension registers', () => {
  const src = walk(path.join(root, 'src', 'vscode')).map((f) => readFileSync(f, 'utf8')).join('\n');
  // Commands are named in a table (`name: 'evidensplan.x'`) and registered by that name.
  const table = new Map([...src.matchAll(/(\w+)\s*:\s*'(evidensplan\.[\w.]+)'/g)].map((m) => [m[2], m[1]]));
  const registered = new Set(
    [...src.matchAll(/registerCommand\(\s*(?:COMMANDS\.(\w+)|'(evidensplan\.[\w.]+)')/g)].map((m) => m[2] ?? m[1]),
  );
  for (const c of HOVER_COMMANDS) {
    const viaTable = table.get(c);
    assert.ok(registered.has(c) || (viaTable !== undefined && registered.has(viaTable)), `${c} is registered by src/vscode`);
  }
});
