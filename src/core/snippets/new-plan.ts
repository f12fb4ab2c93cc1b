/**
 * New plans from a template per `plantype` (pure: template data and topics are
 * passed in; `templates.ts` binds the shipped data and the shared taxonomy).
 */
import { formatCitation } from '../corpus/locator.js';
import { TabstopCounter, join, literal, renderTemplate, type Rendered } from './snippet-syntax.js';
import { canonicalLearningPoint, topicTitle, type PlanLanguage, type TopicLike } from './section-template.js';

export const PLANTYPES = ['overordnet-beredskapsplan', 'smittevernplan', 'pandemiplan', 'sektorplan'] as const;
export type Plantype = (typeof PLANTYPES)[number];

export function isPlantype(x: unknown): x is Plantype {
  return typeof x === 'string' && (PLANTYPES as readonly string[]).includes(x);
}

export interface PlanSectionData {
  heading: string;
  body: string;
  /** Letter of forskrift om kommunal beredskapsplikt § 4 this section fulfils. */
  legal?: string;
  basis?: string;
}

export interface PlanTemplateData {
  language: PlanLanguage;
  topicsHeading: string;
  topicsIntro: string;
  topicPrompt: string;
  topicCitationsLabel: string;
  plantypes: Record<Plantype, { title: string; intro: string; sections: PlanSectionData[] }>;
}

export interface NewPlanOptions {
  /** ISO date for `revidert` (the caller passes today's date: core reads no clock). */
  today: string;
  /** Municipality name; a placeholder when absent. */
  kommune?: string;
  /** Topics of the taxonomy that apply to the plantype: each gets a short section citing its learning points. */
  topics?: readonly TopicLike[];
  key?: string;
}

export interface RenderedPlan {
  plantype: Plantype;
  language: PlanLanguage;
  text: string;
  snippet: string;
}

/** A YAML double-quoted scalar. */
function yamlString(s: string): string {
  return JSON.stringify(s);
}

export function renderPlan(plantype: Plantype, data: PlanTemplateData, opts: NewPlanOptions): RenderedPlan {
  const lang = data.language;
  const tpl = data.plantypes[plantype];
  const key = opts.key ?? 'ks2021';
  const c = new TabstopCounter();
  const kommuneHint = lang === 'nn' ? 'Namnet på kommunen' : 'Navn på kommunen';
  // The municipality is typed once (front matter) and mirrored elsewhere in the snippet.
  const kommune: Rendered = opts.kommune
    ? literal(opts.kommune)
    : (() => {
        const first = renderTemplate(`{{${kommuneHint}}}`, {}, c);
        return first;
      })();
  const kommuneN = opts.kommune ? 0 : c.count;
  const mirror: Rendered = opts.kommune ? literal(opts.kommune) : { text: `[${kommuneHint}]`, snippet: `$${kommuneN}` };
  const vars = { today: opts.today };
  const fill = (s: string): Rendered => {
    // {kommune} is a mirror of the first tabstop; everything else through the template renderer.
    const pieces = s.split('{kommune}');
    return join(
      pieces.map((p, i) => (i === 0 ? renderTemplate(p, vars, c) : join([mirror, renderTemplate(p, vars, c)]))),
    );
  };
  const parts: Rendered[] = [];
  const nl = literal('\n');
  const blank = literal('\n\n');
  parts.push(literal(`---\nplantype: ${plantype}\nrevidert: ${opts.today}\nkommune: `));
  parts.push(opts.kommune ? literal(yamlString(opts.kommune)) : join([literal('"'), kommune, literal('"')]));
  parts.push(literal(`\nspråk: ${lang}\n---\n\n`));
  parts.push(literal('# '), fill(tpl.title), blank);
  parts.push(fill(tpl.intro), blank);
  tpl.sections.forEach((s) => {
    parts.push(literal(`## ${s.heading}`), blank);
    parts.push(fill(s.body), blank);
  });
  const topics = opts.topics ?? [];
  if (topics.length) {
    parts.push(literal(`## ${data.topicsHeading}`), blank, literal(data.topicsIntro), blank);
    for (const t of topics) {
      const cites = t.learningPoints
        .map(canonicalLearningPoint)
        .filter((x): x is string => !!x)
        .map((loc) => formatCitation(key, loc));
      parts.push(literal(`### ${topicTitle(t, lang)}`), blank);
      parts.push(fill(data.topicPrompt), blank);
      if (cites.length) parts.push(literal(`${data.topicCitationsLabel}: ${[...new Set(cites)].join(', ')}`), blank);
    }
  }
  const body = join(parts);
  const text = `${body.text.replace(/\n+$/, '')}\n`;
  const snippet = `${body.snippet.replace(/\n+$/, '')}\n$0`;
  void nl;
  return { plantype, language: lang, text, snippet };
}
