/**
 * Indexes a source document the writer adds (`source.md`) into the same Report
 * model as the built-in report, so every feature reads it the same way:
 *
 *   # Title                               the document's title (the first heading, unnumbered)
 *   ## 2 Gjennomføring                    kap. 2       (a heading's own number)
 *   ## Sammendrag                         kap. sammendrag (one word: its id)
 *   A paragraph.                          kap. 2 avsn. 1 (paragraphs, lists and tables count)
 *   <!-- læringspunkter -->               a marked list: each item is lp. 2.1, lp. 2.2, …
 *   > [!læringspunkter]                   a callout with a list: the same
 *   Text.[^3]   [^3]: Footnote.           fn. 3
 *   <!-- s. 4 -->                         what follows is on page 4: s. 4
 *
 * Problems (a locator used twice, a heading that needs a number, a footnote
 * whose label is not a number) are returned with their line; indexing goes on.
 */
import type { Root, RootContent, List, Heading, Html } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { extractNumbers } from '../corpus/numbers.js';
import { formatCitation } from '../corpus/locator.js';
import type { Finding, FindingKind, Report, Section, SourceMeta } from '../model.js';
import { parseMarkdown } from '../plan/analyze.js';
import type { SourceProblem } from './types.js';

export interface PageEntry {
  page: number;
  /** Locators of the findings that start or run on this page, in reading order. */
  locators: string[];
  line: number;
}

export interface IndexedData {
  report: Report;
  pages: PageEntry[];
  problems: SourceProblem[];
}

const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/u;
const SLUG = /^[a-zæøå]+(?:-\d+)?$/u;
const PAGE_MARK = /^<!--\s*(?:s\.|side|p\.|page)\s*(\d+)\s*-->$/iu;
const LP_MARK = /^<!--\s*(?:læringspunkt(?:er)?|lp|anbefaling(?:er)?|learning-points?)\s*-->$/iu;
const CALLOUT = /^\[!(?:læringspunkt(?:er)?|lp|anbefaling(?:er)?|learning-points?)\][ \t]*/iu;

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function textOf(node: RootContent): string {
  if (node.type === 'list') return clean((node as List).children.map((li) => textOf(li as RootContent)).join(' '));
  if (node.type === 'table') return clean(node.children.map((row) => row.children.map((c) => toString(c, { includeHtml: false })).join(' · ')).join(' '));
  if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
    return clean((node.children as RootContent[]).map((c) => textOf(c)).join(' '));
  }
  return clean(toString(node, { includeHtml: false }));
}

/** Footnote labels referenced inside a node, in order. */
function footnoteRefs(node: RootContent | Root, out: string[] = []): string[] {
  if (node.type === 'footnoteReference') out.push(node.identifier);
  if ('children' in node) for (const c of node.children as RootContent[]) footnoteRefs(c, out);
  return out;
}

/** Page marks inside a block (inline HTML comments), in order. */
function inlinePages(node: RootContent | Root, out: number[] = []): number[] {
  if (node.type === 'html') {
    const m = PAGE_MARK.exec(node.value.trim());
    if (m) out.push(Number(m[1]));
  }
  if ('children' in node) for (const c of node.children as RootContent[]) inlinePages(c, out);
  return out;
}

function problemAt(file: string, code: SourceProblem['code'], line: number, params: Record<string, string>, severity: SourceProblem['severity'] = 'warning'): SourceProblem {
  return { code, severity, file, line, column: 1, params };
}

/** The list inside a learning-point callout (`> [!læringspunkter]`), if the blockquote is one. */
function calloutList(node: RootContent): List | undefined {
  if (node.type !== 'blockquote') return undefined;
  const first = node.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const head = first.children[0];
  if (!head || head.type !== 'text' || !CALLOUT.test(head.value)) return undefined;
  return node.children.find((c): c is List => c.type === 'list');
}

export function indexMarkdown(text: string, meta: SourceMeta, file: string): IndexedData {
  const key = meta.key;
  const problems: SourceProblem[] = [];
  const sections: Section[] = [];
  const findings: Finding[] = [];
  const byLocator = new Map<string, Finding>();
  const sectionById = new Map<string, Section>();
  const pages = new Map<number, PageEntry>();
  const footnoteSection = new Map<string, string>();
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch {
    tree = { type: 'root', children: [] };
  }

  let current: Section | undefined;
  /** Content under a heading that cannot be cited is skipped (the heading got a problem). */
  let skipping = false;
  let paragraphNo = 0;
  let lpNo = 0;
  let page: number | undefined;
  let titleSeen = false;
  let lpMarked = false;

  const onPage = (p: number | undefined, locator: string, line: number) => {
    if (p === undefined) return;
    const e = pages.get(p);
    if (e) {
      if (!e.locators.includes(locator)) e.locators.push(locator);
    } else pages.set(p, { page: p, locators: [locator], line });
  };

  const add = (kind: FindingKind, locator: string, node: RootContent, body: string, sec: Section): Finding | undefined => {
    const line = node.position?.start.line ?? 1;
    if (byLocator.has(locator)) {
      problems.push(problemAt(file, 'duplicate-locator', line, { locator, other: String(byLocator.get(locator)!.line) }));
      return undefined;
    }
    const f: Finding = {
      locator,
      citation: formatCitation(key, locator),
      kind,
      section: sec.id,
      sectionTitle: sec.title,
      text: body,
      spans: [{ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 }],
      line,
      footnotes: [],
      numbers: kind === 'section' ? [] : extractNumbers(body),
      municipalities: [],
    };
    for (const id of footnoteRefs(node)) {
      if (/^\d+$/.test(id)) f.footnotes.push(Number(id));
      if (!footnoteSection.has(id)) footnoteSection.set(id, sec.id);
    }
    byLocator.set(locator, f);
    findings.push(f);
    if (kind !== 'section') sec.findings.push(locator);
    const marks = inlinePages(node);
    onPage(page, locator, line);
    for (const p of marks) onPage(p, locator, line);
    if (marks.length) page = marks[marks.length - 1];
    return f;
  };

  const footnotes: { label: string; node: RootContent }[] = [];

  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'footnoteDefinition') {
      footnotes.push({ label: node.identifier, node });
      continue;
    }
    if (node.type === 'html') {
      const v = (node as Html).value.trim();
      const pm = PAGE_MARK.exec(v);
      if (pm) {
        const p = Number(pm[1]);
        if (pages.has(p)) problems.push(problemAt(file, 'duplicate-locator', node.position?.start.line ?? 1, { locator: `s. ${p}`, other: String(pages.get(p)!.line) }));
        page = p;
        pages.set(p, pages.get(p) ?? { page: p, locators: [], line: node.position?.start.line ?? 1 });
      } else if (LP_MARK.test(v)) lpMarked = true;
      continue;
    }
    if (node.type === 'heading') {
      lpMarked = false;
      const h = node as Heading;
      const title = clean(toString(h, { includeHtml: false }));
      const line = h.position?.start.line ?? 1;
      const m = NUMBERED.exec(title);
      let id: string | undefined;
      let number = '';
      let name = title;
      if (m) {
        id = m[1];
        number = m[1];
        name = m[2];
      } else if (!titleSeen && h.depth === 1 && !sections.length) {
        // The document's title: not a section.
        titleSeen = true;
        current = undefined;
        skipping = true;
        continue;
      } else if (SLUG.test(title.toLowerCase())) {
        id = title.toLowerCase();
      }
      titleSeen = true;
      if (!id) {
        problems.push(problemAt(file, 'unnumbered-heading', line, { title: title.slice(0, 80) }));
        current = undefined;
        skipping = true;
        continue;
      }
      if (sectionById.has(id)) {
        problems.push(problemAt(file, 'duplicate-locator', line, { locator: `kap. ${id}`, other: String(sectionById.get(id)!.line) }));
        current = undefined;
        skipping = true;
        continue;
      }
      const parentId = number.includes('.') ? number.slice(0, number.lastIndexOf('.')) : undefined;
      const parent = parentId ? sectionById.get(parentId) : undefined;
      const sec: Section = {
        id,
        number,
        title: name,
        level: number ? number.split('.').length : 1,
        parent: parent?.id,
        children: [],
        findings: [],
        line,
        span: { start: h.position?.start.offset ?? 0, end: h.position?.end.offset ?? 0 },
      };
      parent?.children.push(id);
      sections.push(sec);
      sectionById.set(id, sec);
      if (current) current.span.end = h.position?.start.offset ?? current.span.end;
      current = sec;
      skipping = false;
      paragraphNo = 0;
      lpNo = 0;
      add('section', `kap. ${id}`, node, name, sec);
      continue;
    }
    if (!current || skipping) continue;
    if (node.type === 'code' || node.type === 'thematicBreak' || node.type === 'definition') continue;
    const lpList = node.type === 'list' && lpMarked ? (node as List) : calloutList(node);
    if (lpList) {
      for (const item of lpList.children) {
        lpNo++;
        add('learning-point', `lp. ${current.id}.${lpNo}`, item as RootContent, textOf(item as RootContent), current);
      }
      lpMarked = false;
      current.span.end = node.position?.end.offset ?? current.span.end;
      continue;
    }
    lpMarked = false;
    const paras = node.type === 'blockquote' ? node.children : [node];
    for (const p of paras) {
      const body = textOf(p as RootContent);
      if (!body) continue;
      paragraphNo++;
      add('paragraph', `kap. ${current.id} avsn. ${paragraphNo}`, p as RootContent, body, current);
    }
    current.span.end = node.position?.end.offset ?? current.span.end;
  }

  page = undefined; // a footnote is on the page that refers to it, not the last one
  for (const { label, node } of footnotes) {
    const line = node.position?.start.line ?? 1;
    if (!/^\d+$/.test(label)) {
      problems.push(problemAt(file, 'footnote-label', line, { label: label.slice(0, 40) }));
      continue;
    }
    const secId = footnoteSection.get(label);
    const sec = (secId && sectionById.get(secId)) || sections[sections.length - 1];
    if (!sec) continue;
    add('footnote', `fn. ${Number(label)}`, node, textOf(node), sec);
  }

  const report: Report = { source: meta, sections, findings };
  return { report, pages: [...pages.values()].filter((p) => p.locators.length).sort((a, b) => a.page - b.page), problems };
}
