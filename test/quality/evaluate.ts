/**
 * Precision and recall of the lint rules, and precision of coverage by topic,
 * measured on the hand-annotated plans in test/quality/plans/{dev,held}/.
 *
 * Each plan has an annotation beside it (<plan>.expect.json): the diagnostics it
 * must give (rule, line, words), must not give, and may give; and the learning
 * points its coverage must count (treated), may count (either) and must not
 * count (notTreated). Scoring:
 *
 * - every diagnostic the tool gives that matches a `must` entry is a true positive;
 *   one that matches an `optional` entry is left out; any other is a false positive
 *   (the `mustNot` entries are only the ones we thought of in advance: anything
 *   unannotated counts against precision just the same);
 * - a `must` entry no diagnostic matches is a false negative;
 * - coverage by topic: a learning point the coverage counts with `how: topic` is a
 *   true positive when annotated treated, a false positive when notTreated, left out
 *   when `either`; recall: treated learning points counted (cited or topic) / treated.
 *
 * A diagnostic matches an entry when the rule is the same, the entry's line lies in
 * the diagnostic's lines, and the entry's words are in the flagged text or the
 * message (missing-topic: the message names the topic's title). `severity` and
 * `message`, when an entry gives them, must match too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../../src/core/lint/engine.js';
import type { LintMessage } from '../../src/core/lint/types.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { coverageOfPlan } from '../../src/core/coverage/index.js';
import { topicById } from '../../src/core/topics/index.js';
import { loadIndex } from '../support/pipeline.js';

export const PLANS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'plans');
export type Part = 'dev' | 'held' | 'independent';

export interface Entry {
  rule: string;
  line: number;
  words?: string;
  topic?: string;
  severity?: string;
  message?: string;
  note?: string;
}

export interface Annotation {
  now: string;
  must: Entry[];
  mustNot: Entry[];
  optional: Entry[];
  coverage: { treated: string[]; either: string[]; notTreated: string[] };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PlanResult {
  plan: string;
  part: Part;
  messages: LintMessage[];
  falsePositives: LintMessage[];
  missed: Entry[];
  /** mustNot entries the tool gave anyway. */
  mustNotGiven: Entry[];
  byRule: Map<string, Counts>;
  coverage: { tp: number; fp: number; falseTopics: string[]; treatedCounted: number; treated: number };
}

export interface PartResult {
  part: Part;
  plans: PlanResult[];
  byRule: Map<string, Counts>;
  overall: Counts;
  coverage: { tp: number; fp: number; treatedCounted: number; treated: number };
}

export function planFiles(part: Part): string[] {
  const dir = path.join(PLANS_DIR, part);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function readAnnotation(planFile: string): Annotation {
  return JSON.parse(readFileSync(planFile.replace(/\.md$/, '.expect.json'), 'utf8')) as Annotation;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

export function matches(m: LintMessage, e: Entry, text: string): boolean {
  if (m.ruleId !== e.rule) return false;
  if (e.line < m.line || e.line > m.endLine) return false;
  if (e.severity && m.severity !== e.severity) return false;
  if (e.message && !m.message.includes(e.message)) return false;
  if (e.topic) {
    const t = topicById(e.topic);
    if (!t) return false;
    return m.message.includes(t.title.nb) || m.message.includes(t.title.nn);
  }
  if (e.words) {
    const w = norm(e.words);
    return norm(text.slice(m.start, m.end)).includes(w) || norm(m.message).includes(w);
  }
  return true;
}

const add = (map: Map<string, Counts>, rule: string, k: keyof Counts) => {
  const c = map.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
  c[k]++;
  map.set(rule, c);
};

export async function evaluatePlan(file: string, part: Part): Promise<PlanResult> {
  const index = await loadIndex();
  const text = readFileSync(file, 'utf8');
  const a = readAnnotation(file);
  const now = new Date(`${a.now}T12:00:00Z`);
  const messages = lintText(text, { report: index.report, search: index.search, now, filePath: file });
  const byRule = new Map<string, Counts>();
  const falsePositives: LintMessage[] = [];
  const found = new Set<Entry>();
  for (const m of messages) {
    const must = a.must.find((e) => matches(m, e, text));
    if (must) {
      if (found.has(must)) add(byRule, m.ruleId, 'fp'), falsePositives.push(m);
      else found.add(must), add(byRule, m.ruleId, 'tp');
      continue;
    }
    if (a.optional.some((e) => matches(m, e, text))) continue;
    add(byRule, m.ruleId, 'fp');
    falsePositives.push(m);
  }
  const missed = a.must.filter((e) => !found.has(e));
  for (const e of missed) add(byRule, e.rule, 'fn');
  const mustNotGiven = a.mustNot.filter((e) => messages.some((m) => matches(m, e, text)));

  const plan = analyzePlan(text);
  const cov = coverageOfPlan(plan, index.report);
  const treated = new Set(a.coverage.treated);
  const notTreated = new Set(a.coverage.notTreated);
  let tp = 0;
  let fp = 0;
  const falseTopics: string[] = [];
  let treatedCounted = 0;
  for (const c of cov.covered) {
    const loc = c.citation.replace(/^\[@\w+, /, '').replace(/\]$/, '');
    if (treated.has(loc)) treatedCounted++;
    if (c.how !== 'topic') continue;
    if (treated.has(loc)) tp++;
    else if (notTreated.has(loc)) {
      fp++;
      falseTopics.push(loc);
    }
  }
  return {
    plan: path.relative(PLANS_DIR, file),
    part,
    messages,
    falsePositives,
    missed,
    mustNotGiven,
    byRule,
    coverage: { tp, fp, falseTopics, treatedCounted, treated: treated.size },
  };
}

export async function evaluatePart(part: Part): Promise<PartResult> {
  const plans: PlanResult[] = [];
  for (const f of planFiles(part)) plans.push(await evaluatePlan(f, part));
  const byRule = new Map<string, Counts>();
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const coverage = { tp: 0, fp: 0, treatedCounted: 0, treated: 0 };
  for (const p of plans) {
    for (const [rule, c] of p.byRule) {
      const t = byRule.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
      byRule.set(rule, t);
      overall.tp += c.tp;
      overall.fp += c.fp;
      overall.fn += c.fn;
    }
    coverage.tp += p.coverage.tp;
    coverage.fp += p.coverage.fp;
    coverage.treatedCounted += p.coverage.treatedCounted;
    coverage.treated += p.coverage.treated;
  }
  return { part, plans, byRule, overall, coverage };
}

export const precision = (c: { tp: number; fp: number }): number => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: { tp: number; fn: number }): number => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);

const f2 = (x: number) => x.toFixed(2);

/** A Markdown table of one part: per rule and overall, then coverage by topic. */
export function table(r: PartResult): string {
  const rows = ['| rule | given | true | false | missed | precision | recall |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const [rule, c] of [...r.byRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    rows.push(`| ${rule} | ${c.tp + c.fp} | ${c.tp} | ${c.fp} | ${c.fn} | ${f2(precision(c))} | ${f2(recall(c))} |`);
  }
  const o = r.overall;
  rows.push(`| **all** | ${o.tp + o.fp} | ${o.tp} | ${o.fp} | ${o.fn} | **${f2(precision(o))}** | **${f2(recall(o))}** |`);
  const c = r.coverage;
  rows.push('');
  rows.push(
    `Coverage by topic: ${c.tp + c.fp} learning points counted by topic and annotated, ${c.fp} of them not treated: precision **${f2(precision(c))}**; ` +
      `treated learning points counted (cited or topic): ${c.treatedCounted} of ${c.treated} (${f2(c.treated ? c.treatedCounted / c.treated : 1)}).`,
  );
  return rows.join('\n');
}

/** Every false positive and missed entry, for tuning and the report. */
export function details(r: PartResult): string {
  const out: string[] = [];
  for (const p of r.plans) {
    out.push(`## ${p.plan}`);
    for (const m of p.falsePositives) out.push(`  FALSE ${m.ruleId} ${m.line}:${m.column} ${m.message.slice(0, 160)}`);
    for (const e of p.missed) out.push(`  MISSED ${e.rule} ${e.line} ${e.words ?? e.topic ?? ''}`);
    if (p.coverage.falseTopics.length) out.push(`  COVERAGE counted by topic but not treated: ${p.coverage.falseTopics.join(', ')}`);
  }
  return out.join('\n');
}
