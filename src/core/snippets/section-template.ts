/**
 * Rendering of a topic's section template (pure: the template data and the
 * topic are passed in). `templates.ts` binds it to the shipped data and the
 * shared topic taxonomy.
 */
import { formatCitation, isLocatorError, parseLocator } from '../corpus/locator.js';
import { TabstopCounter, escapeSnippet, join, literal, renderTemplate, type Rendered } from './snippet-syntax.js';

export type PlanLanguage = 'nb' | 'nn';

/** What the renderer needs to know about a topic of the taxonomy. */
export interface TopicLike {
  id: string;
  title: { nb: string; nn: string } | string;
  /** Locators of the learning points behind the topic ("lp. 3.5.1" or "3.5.1"). */
  learningPoints: readonly string[];
}

export interface SectionTexts {
  intro: string;
  responsible: string;
  measures: string[];
  /** Extra table rows (each a list of cells); the generic row is always added last. */
  rows?: string[][];
}

/** The shape of resources/templates/sections/<lang>.json. */
export interface SectionTemplateData {
  language: PlanLanguage;
  source?: string;
  labels: { responsible: string; measures: string; learningPoints: string; learningPointsIntro: string };
  table: { columns: string[]; row: string[] };
  generic: SectionTexts;
  topics: Record<string, Partial<SectionTexts>>;
}

export interface RenderedSection {
  /** The section heading text (no #). */
  title: string;
  /** Plain Markdown, placeholders as [hint]. */
  text: string;
  /** VS Code snippet syntax with tabstops. */
  snippet: string;
  /** Canonical citations of the learning points cited, in order. */
  citations: string[];
}

export interface SectionOptions {
  /** Citation key (default "ks2021"). */
  key?: string;
  /** Heading level of the section (default 2; sub-headings one deeper). */
  level?: number;
  /** A short description of a learning point for its list item (e.g. its section title); none → citation only. */
  describe?: (locator: string) => string | undefined;
}

/** Canonical "lp. S.K" for a taxonomy entry ("3.5.1", "lp 3.5.1", "[@ks2021, lp. 3.5.1]"). */
export function canonicalLearningPoint(entry: string): string | undefined {
  const inner = /@[\w:.-]+,\s*([^\]]+)\]?/.exec(entry)?.[1] ?? entry;
  const raw = /^\s*\d/.test(inner) ? `lp. ${inner.trim()}` : inner;
  const p = parseLocator(raw);
  return isLocatorError(p) ? undefined : p.canonical;
}

export function topicTitle(topic: TopicLike, lang: PlanLanguage): string {
  return typeof topic.title === 'string' ? topic.title : topic.title[lang] ?? topic.title.nb;
}

/** A GFM table row with cells rendered as templates. */
function tableRow(cells: string[], vars: Record<string, string>, counter: TabstopCounter): Rendered {
  // Cells are authored data: a `|` there is only ever a choice separator inside {{…}}.
  const parts = cells.map((c) => renderTemplate(c, vars, counter));
  return join([literal('| '), join(parts, ' | '), literal(' |')]);
}

/** Renders a section for `topic` from the language's template data. */
export function renderSection(
  topic: TopicLike,
  data: SectionTemplateData,
  opts: SectionOptions = {},
): RenderedSection {
  const lang = data.language;
  const key = opts.key ?? 'ks2021';
  const level = Math.min(Math.max(opts.level ?? 2, 1), 5);
  const h = '#'.repeat(level);
  const hh = '#'.repeat(level + 1);
  const title = topicTitle(topic, lang);
  const own = data.topics[topic.id] ?? {};
  const texts: SectionTexts = {
    intro: own.intro ?? data.generic.intro,
    responsible: own.responsible ?? data.generic.responsible,
    measures: own.measures ?? data.generic.measures,
    rows: own.rows ?? [],
  };
  const vars = { title };
  const c = new TabstopCounter();
  const parts: Rendered[] = [];
  const blank = literal('\n\n');
  parts.push(literal(`${h} ${title}`), blank);
  parts.push(renderTemplate(texts.intro, vars, c), blank);
  parts.push(literal(`${hh} ${data.labels.responsible}`), blank);
  parts.push(renderTemplate(texts.responsible, vars, c), blank);
  parts.push(literal(`${hh} ${data.labels.measures}`), blank);
  parts.push(join(texts.measures.map((m) => join([literal('- '), renderTemplate(m, vars, c)])), '\n'), blank);
  const cols = data.table.columns;
  parts.push(literal(`| ${cols.join(' | ')} |\n| ${cols.map(() => '---').join(' | ')} |\n`));
  for (const row of [...(texts.rows ?? []), data.table.row]) {
    parts.push(tableRow(row, vars, c), literal('\n'));
  }
  const citations: string[] = [];
  for (const lp of topic.learningPoints) {
    const loc = canonicalLearningPoint(lp);
    if (loc && !citations.includes(formatCitation(key, loc))) citations.push(formatCitation(key, loc));
  }
  if (citations.length) {
    parts.push(literal('\n'), literal(`${hh} ${data.labels.learningPoints}`), blank);
    parts.push(literal(`${data.labels.learningPointsIntro}\n\n`));
    const items = citations.map((cit) => {
      const loc = /,\s*([^\]]+)\]$/.exec(cit)?.[1] ?? '';
      const d = opts.describe?.(loc);
      return literal(d ? `- ${d}: ${cit}` : `- ${cit}`);
    });
    parts.push(join(items, '\n'), literal('\n'));
  }
  const body = join(parts);
  return {
    title,
    text: body.text,
    snippet: `${body.snippet}$0`,
    citations,
  };
}

export { escapeSnippet };
