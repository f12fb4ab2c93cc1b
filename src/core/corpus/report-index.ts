/**
 * ReportIndex: fast look-ups over a loaded Report (built at build time, never
 * re-parsed at run time). Everything is a Map lookup; `nearest` suggests valid
 * locators for a mistyped one.
 */
import { distance } from 'fastest-levenshtein';
import type { Finding, Report, Section, SourceMeta } from '../model.js';
import { isLocatorError, parseLocator, type LocatorKind } from './locator.js';

const KIND_OF_LOCATOR: Record<string, LocatorKind> = { kap: 'kap', lp: 'lp', se: 'se', fn: 'fn', fig: 'fig' };

/** The label and address of a canonical locator: "kap. 3.4.3 avsn. 2" → ["avsn", "3.4.3 avsn. 2"]. */
function splitLocator(locator: string): { kind: LocatorKind; value: string } {
  const m = /^(\w+)\.\s+(.*)$/.exec(locator);
  if (!m) return { kind: 'kap', value: locator };
  const kind = KIND_OF_LOCATOR[m[1]] ?? 'kap';
  if (kind === 'kap' && / avsn\. /.test(m[2])) return { kind: 'avsn', value: m[2] };
  return { kind, value: m[2] };
}

/** Numeric components of an address, for distance: "3.5.1" → [3,5,1]; "vedlegg-3.12" → [1003,12]; "3.4.3 avsn. 2" → [3,4,3,0,2]. */
function numericPath(value: string): number[] {
  return value
    .replace(/ avsn\. /, '.0.')
    .split('.')
    .map((p) => {
      const v = /^vedlegg-(\d+)$/.exec(p);
      if (v) return 1000 + Number(v[1]);
      const num = parseInt(p, 10);
      if (!Number.isNaN(num)) return num;
      return 2000 + (p.charCodeAt(0) || 0);
    });
}

function pathDistance(a: number[], b: number[]): number {
  // Lexicographic: a difference at an earlier component weighs much more.
  let d = 0;
  const len = Math.max(a.length, b.length);
  for (let i = 0; i < len; i++) {
    const x = a[i] ?? -1;
    const y = b[i] ?? -1;
    d += Math.abs(x - y) * Math.pow(100, len - i);
  }
  return d;
}

export class ReportIndex {
  readonly report: Report;
  readonly source: SourceMeta;
  readonly findings: readonly Finding[];
  private readonly byLocator = new Map<string, Finding>();
  private readonly sections = new Map<string, Section>();
  private readonly byKind = new Map<LocatorKind, string[]>();

  constructor(report: Report) {
    this.report = report;
    this.source = report.source;
    this.findings = report.findings;
    for (const f of report.findings) for (const a of f.aliases ?? []) this.byLocator.set(a, f);
    for (const f of report.findings) {
      this.byLocator.set(f.locator, f);
      const { kind } = splitLocator(f.locator);
      let list = this.byKind.get(kind);
      if (!list) this.byKind.set(kind, (list = []));
      list.push(f.locator);
    }
    for (const s of report.sections) this.sections.set(s.id, s);
  }

  /** A finding by any locator form `parseLocator` accepts ("lp 3.5.1", "LP.3.5.1", "kapittel 3.4.3"). */
  get(locator: string): Finding | undefined {
    const direct = this.byLocator.get(locator);
    if (direct) return direct;
    const p = parseLocator(locator);
    if (isLocatorError(p)) return undefined;
    const hit = this.byLocator.get(p.canonical);
    if (hit || p.kind !== 'fig') return hit;
    // "fig. 45": the appendix figure numbered 45 when the main text has none and only one appendix has it.
    const alike = this.appendixFigures(p.value);
    return alike.length === 1 ? alike[0] : undefined;
  }

  /** Appendix figures numbered `value` ("44" → fig. vedlegg-1.44, fig. vedlegg-3.44). */
  appendixFigures(value: string): Finding[] {
    if (!/^\d+[a-z]?$/.test(value)) return [];
    return (this.byKind.get('fig') ?? []).filter((l) => l.endsWith(`.${value}`) && /^fig\. vedlegg-\d+\./.test(l)).map((l) => this.byLocator.get(l)!);
  }

  /**
   * Every finding a locator addresses: one for a single locator, all from the
   * first to the last for a range ("lp. 3.5.1–3.5.4", "kap. 2.1–2.3": the
   * sections with everything in them), those on the printed pages for "s. N".
   * Undefined when it addresses nothing (or a range runs backwards).
   */
  getAll(locator: string): Finding[] | undefined {
    const p = parseLocator(locator);
    if (isLocatorError(p)) return undefined;
    if (p.kind === 'page') {
      const [a, b] = p.pages!;
      const out = this.findings.filter((f) => f.kind !== 'section' && f.pages && f.pages[0] <= b && f.pages[1] >= a);
      return out.length ? out : undefined;
    }
    if (p.kind === 'range') {
      const first = this.get(p.from!.canonical);
      const last = this.get(p.to!.canonical);
      if (!first || !last) return undefined;
      const i = this.findings.indexOf(first);
      let j = this.findings.indexOf(last);
      if (j < i) return undefined;
      // A range of sections runs to the end of the last section, subsections included.
      if (p.to!.kind === 'kap') {
        const sec = this.sections.get(p.to!.value);
        if (sec) while (j + 1 < this.findings.length && (this.findings[j + 1].spans[0]?.start ?? 0) < sec.span.end) j++;
      }
      return this.findings.slice(i, j + 1).filter((f) => p.to!.kind === 'kap' || this.kindOf(f) === p.to!.kind);
    }
    const f = this.get(p.canonical);
    return f ? [f] : undefined;
  }

  private kindOf(f: Finding): LocatorKind {
    return splitLocator(f.locator).kind;
  }

  section(id: string): Section | undefined {
    return this.sections.get(id);
  }

  /** The section and its ancestors, root first. */
  sectionPath(id: string): Section[] {
    const out: Section[] = [];
    let s = this.sections.get(id);
    while (s) {
      out.unshift(s);
      s = s.parent ? this.sections.get(s.parent) : undefined;
    }
    return out;
  }

  /** The `kap.` finding of a section. */
  sectionFinding(id: string): Finding | undefined {
    return this.byLocator.get(`kap. ${id}`);
  }

  learningPoints(): Finding[] {
    return this.report.findings.filter((f) => f.kind === 'learning-point');
  }

  keyExperiences(): Finding[] {
    return this.report.findings.filter((f) => f.kind === 'key-experience');
  }

  /** Every canonical locator, in document order. */
  locators(): string[] {
    return this.report.findings.map((f) => f.locator);
  }

  /**
   * The nearest valid canonical locators to `locator`, best first: same kind,
   * by numeric distance ("lp. 2.6.6" → "lp. 2.6.5", "lp. 2.6.4", …). Input that
   * does not parse gets the closest locators by string similarity.
   */
  nearest(locator: string, n = 3): string[] {
    if (n <= 0) return [];
    const p = parseLocator(locator);
    if (!isLocatorError(p) && p.kind === 'range') {
      return [...new Set([...this.nearest(p.from!.canonical, n), ...this.nearest(p.to!.canonical, n)])].slice(0, n);
    }
    if (!isLocatorError(p) && p.kind === 'page') return [];
    if (!isLocatorError(p) && p.kind === 'fig') {
      // "fig. 44" when two appendices have a figure 44: name both first.
      const alike = this.appendixFigures(p.value).map((f) => f.locator);
      if (alike.length > 1 && !this.byLocator.has(p.canonical)) return alike;
    }
    if (!isLocatorError(p)) {
      const exact = this.byLocator.get(p.canonical);
      const pool = this.byKind.get(p.kind) ?? [];
      const target = numericPath(p.value);
      const prefix = p.kind === 'lp' || p.kind === 'se' ? p.value.replace(/\.\d+$/, '') : undefined;
      const scored = pool
        .filter((l) => l !== exact?.locator)
        .map((l) => {
          const v = splitLocator(l).value;
          let d = pathDistance(target, numericPath(v));
          // Items of the same list are the nearest of all.
          if (prefix && v.replace(/\.\d+$/, '') === prefix) d /= 1e6;
          return { l, d };
        })
        .sort((a, b) => a.d - b.d || a.l.localeCompare(b.l));
      const out = scored.slice(0, n).map((x) => x.l);
      if (out.length) return out;
    }
    const q = locator.trim().toLowerCase();
    return this.locators()
      .map((l) => ({ l, d: distance(q, l.toLowerCase()) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, n)
      .map((x) => x.l);
  }
}
