/**
 * The plan's YAML front matter (../shared/design/CONTRACT.md): all keys optional.
 * Never throws: every problem becomes an issue with its position in the plan.
 */
import { parseDocument, isMap } from 'yaml';
import { EXERCISED_KEYS, normaliseKey, parseNorwegianDate, REVISED_KEYS } from './dates.js';

export const PLAN_TYPES = ['overordnet-beredskapsplan', 'smittevernplan', 'pandemiplan', 'sektorplan'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

export type FrontMatterIssueCode = 'yaml-syntax' | 'not-a-mapping' | 'invalid-date' | 'unknown-plantype' | 'unknown-language' | 'invalid-value';

export interface FrontMatterIssue {
  code: FrontMatterIssueCode;
  /** The key concerned, if any ("revidert"). */
  key?: string;
  /** What was written, shortened. */
  value?: string;
  /** Parser detail (YAML errors), in English. */
  detail?: string;
  /** Offsets in the plan, half-open. */
  start: number;
  end: number;
}

export interface FrontMatter {
  /** True when the plan starts with a `---` block. */
  present: boolean;
  /** Range of the whole block (fences included); 0,0 when absent. */
  start: number;
  end: number;
  /** All keys as parsed (unknown keys kept). */
  data: Record<string, unknown>;
  plantype?: PlanType;
  /** ISO date "YYYY-MM-DD". */
  revidert?: string;
  sistOvd?: string;
  /** The key the revision date was written under ("revidert", "sist-revidert", "revisjonsdato", …). */
  revidertKey?: string;
  /** The key the exercise date was written under ("sist-øvd", …). */
  sistOvdKey?: string;
  kommune?: string;
  sprak?: 'nb' | 'nn';
  issues: FrontMatterIssue[];
  /** Offset range of a key's line (key to end of value), for rules that point at it. */
  keyRange(key: string): { start: number; end: number } | undefined;
}

/** A real calendar date in ISO form. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/**
 * The checks of the five keys. Plain functions rather than a schema library: the plan model is
 * loaded when the extension activates, and five checks do not justify evaluating a validator
 * library before the first hover (the config, which needs a real schema, uses zod lazily).
 */
type FieldCheck = (v: unknown) => { success: true; data: string } | { success: false };
const ok = (data: string) => ({ success: true as const, data });
const bad = { success: false as const };
/** ISO or as Norwegians write dates ("4. mai 2026", "04.05.2026"): see ./dates.ts. */
const isoDate: FieldCheck = (v) => {
  if (typeof v !== 'string' && !(v instanceof Date)) return bad;
  const iso = parseNorwegianDate(v) ?? '';
  return isIsoDate(iso) ? ok(iso) : bad;
};
const oneOf =
  (values: readonly string[]): FieldCheck =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? ok(v) : bad;

const fields = {
  plantype: oneOf(PLAN_TYPES),
  revidert: isoDate,
  'sist-øvd': isoDate,
  kommune: (v) => (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? ok(String(v)) : bad),
  språk: oneOf(['nb', 'nn']),
} satisfies Record<string, FieldCheck>;
type FieldName = keyof typeof fields;

const CODE_FOR: Record<FieldName, FrontMatterIssueCode> = {
  plantype: 'unknown-plantype',
  revidert: 'invalid-date',
  'sist-øvd': 'invalid-date',
  kommune: 'invalid-value',
  språk: 'unknown-language',
};

function show(v: unknown): string {
  let s: string;
  if (v instanceof Date) s = v.toISOString().slice(0, 10);
  else if (typeof v === 'string') s = v;
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = String(v);
    }
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/**
 * Where the front matter of `text` closes: the first line after an opening
 * `---` line that is `---` or `...` (YAML's document end, which pandoc also
 * accepts), trailing spaces allowed. `close` is that fence; undefined when the
 * text has no closed front matter.
 */
export function frontMatterFence(text: string): { close: '---' | '...'; lineStart: number; end: number } | undefined {
  const open = /^---[ \t]*(\r\n|\n|\r)/.exec(text);
  if (!open) return undefined;
  const re = /(?:\r\n|\n|\r)(---|\.\.\.)[ \t]*(?=\r\n|\n|\r|$)/g;
  re.lastIndex = open[0].length - 1;
  const m = re.exec(text);
  if (!m) return undefined;
  const lineStart = m.index + m[0].length - m[0].replace(/^(?:\r\n|\n|\r)/, '').length;
  return { close: m[1] as '---' | '...', lineStart, end: m.index + m[0].length };
}

export function emptyFrontMatter(): FrontMatter {
  return { present: false, start: 0, end: 0, data: {}, issues: [], keyRange: () => undefined };
}

/**
 * Parses the YAML `value` that sits in the plan at [blockStart, blockEnd), its
 * content starting at offset `contentStart`.
 */
export function parseFrontMatter(value: string, blockStart: number, blockEnd: number, contentStart: number): FrontMatter {
  const fm: FrontMatter = { ...emptyFrontMatter(), present: true, start: blockStart, end: blockEnd };
  const ranges = new Map<string, { start: number; end: number }>();
  fm.keyRange = (key) => ranges.get(key);
  let doc;
  try {
    doc = parseDocument(value, { prettyErrors: false, uniqueKeys: false });
  } catch (err) {
    fm.issues.push({ code: 'yaml-syntax', detail: String((err as Error)?.message ?? err), start: blockStart, end: blockEnd });
    return fm;
  }
  if (doc.errors.length) {
    for (const e of doc.errors.slice(0, 3)) {
      const [a, b] = e.pos ?? [0, 0];
      const start = contentStart + Math.max(0, Math.min(a, value.length));
      fm.issues.push({
        code: 'yaml-syntax',
        detail: e.message.split('\n')[0],
        start,
        end: Math.max(start + 1, contentStart + Math.min(b, value.length)),
      });
    }
    return fm;
  }
  const contents = doc.contents;
  if (contents === null || contents === undefined) return fm;
  if (!isMap(contents)) {
    fm.issues.push({ code: 'not-a-mapping', start: blockStart, end: blockEnd });
    return fm;
  }
  for (const pair of contents.items) {
    const keyNode = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    const valNode = pair.value as { range?: [number, number, number] } | null;
    const key = String(keyNode?.value ?? '');
    const s = keyNode?.range?.[0] ?? 0;
    const e = valNode?.range?.[1] ?? keyNode?.range?.[1] ?? s;
    ranges.set(key, { start: contentStart + s, end: contentStart + Math.max(e, s + 1) });
  }
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  } catch (err) {
    fm.issues.push({ code: 'yaml-syntax', detail: String((err as Error)?.message ?? err), start: blockStart, end: blockEnd });
    return fm;
  }
  fm.data = data;
  // The date keys as writers write them: sist-revidert, sist_revidert, revisjonsdato, …
  const keyFor = (field: FieldName, variants: string[]): string => {
    if (field in data && data[field] !== null) return field;
    return Object.keys(data).find((k) => variants.includes(normaliseKey(k)) && data[k] !== null && data[k] !== '') ?? field;
  };
  const actualKey: Partial<Record<FieldName, string>> = { revidert: keyFor('revidert', REVISED_KEYS), 'sist-øvd': keyFor('sist-øvd', EXERCISED_KEYS) };
  for (const name of Object.keys(fields) as FieldName[]) {
    const key = actualKey[name] ?? name;
    if (!(key in data) || data[key] === null) continue;
    const r = fields[name](data[key]);
    const range = ranges.get(key) ?? { start: blockStart, end: blockEnd };
    if (!r.success) {
      fm.issues.push({ code: CODE_FOR[name], key, value: show(data[key]), ...range });
      continue;
    }
    const v = r.data as string;
    if (name === 'plantype') fm.plantype = v as PlanType;
    else if (name === 'revidert') (fm.revidert = v), (fm.revidertKey = key);
    else if (name === 'sist-øvd') (fm.sistOvd = v), (fm.sistOvdKey = key);
    else if (name === 'kommune') fm.kommune = v;
    else if (name === 'språk') fm.sprak = v as 'nb' | 'nn';
  }
  return fm;
}
