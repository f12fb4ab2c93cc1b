/**
 * Locators: the part of a citation after the key, e.g. "lp. 3.5.1".
 *
 * Every finding has exactly one canonical locator. This module turns what a
 * writer typed ("lp 3.5.1", "LP.3.5.1", "kapittel 3.4.3", "fotnote 45") into
 * that canonical form, or says why it cannot.
 *
 * Kinds (../shared/design/CONTRACT.md, plus documented additions):
 *   kap. N[.N…]          a chapter or section ("kap. 3.4.3"); unnumbered parts by id ("kap. sammendrag", "kap. vedlegg-1")
 *   kap. S avsn. N       the N-th paragraph of section S ("kap. 3.4.3 avsn. 2")
 *   lp. S.K              the K-th learning point of learning-point section S ("lp. 3.5.1")
 *   se. S.K              the K-th item of a "Sentrale erfaringer" box in section S ("se. 10.2.2.1"); the
 *                        "Hva kan tas med videre?" list is "se. 10.3.K"; the English summary's list "se. summary.K"
 *   fn. N                footnote N ("fn. 45")
 *   fig. N               figure N of the main text ("fig. 16"); appendix figures "fig. vedlegg-3.12",
 *                        "fig. vedlegg-3.41b" (numbering restarts in each appendix); "fig. 45" also finds
 *                        the one appendix figure numbered 45 when the main text has none
 *   s. N                 the findings on printed page N ("s. 42"; also "side 42", "p. 42"); "s. 42–44"
 *   ranges               every finding from the first to the last of one kind: "lp. 3.5.1–3.5.4",
 *                        "lp. 3.5.1-4" (the end shortened to its last parts), "kap. 2.1–2.3", "fn. 3–5"
 */

export type LocatorKind = 'kap' | 'avsn' | 'lp' | 'se' | 'fn' | 'fig' | 'page' | 'range';

export interface ParsedLocator {
  kind: LocatorKind;
  /** The canonical string, e.g. "lp. 3.5.1". */
  canonical: string;
  /** The address part after the label, e.g. "3.5.1" (for avsn: "3.4.3 avsn. 2"). */
  value: string;
  /** A range: its first and last locator (same kind). */
  from?: ParsedLocator;
  to?: ParsedLocator;
  /** A page locator: first and last printed page. */
  pages?: [number, number];
}

export interface LocatorError {
  error: 'empty' | 'unknown-label' | 'bad-number';
  /** What was typed, trimmed. */
  input: string;
}

const LABELS: Record<string, LocatorKind> = {
  kap: 'kap',
  kapittel: 'kap',
  kapitel: 'kap',
  kapitlet: 'kap',
  chap: 'kap',
  chapter: 'kap',
  ch: 'kap',
  del: 'kap',
  lp: 'lp',
  læringspunkt: 'lp',
  'læringspunkt.': 'lp',
  lærdom: 'lp',
  se: 'se',
  'sentrale-erfaringer': 'se',
  fn: 'fn',
  fotnote: 'fn',
  note: 'fn',
  n: 'fn',
  fig: 'fig',
  figur: 'fig',
  figure: 'fig',
  s: 'page',
  side: 'page',
  sidene: 'page',
  sider: 'page',
  p: 'page',
  pp: 'page',
  page: 'page',
  pages: 'page',
};

/** A section id: a dotted number ("3.4.3") or a slug of an unnumbered part ("sammendrag", "vedlegg-1"). */
const SECTION_ID = /^(?:\d+(?:\.\d+)*|[a-zæøå]+(?:-\d+)?)$/u;
const DOTTED = /^\d+(?:\.\d+)+$/;
const INTEGER = /^\d+$/;

/** Canonical label text for a kind. */
export const LABEL_TEXT: Record<LocatorKind, string> = {
  kap: 'kap.',
  avsn: 'kap.',
  lp: 'lp.',
  se: 'se.',
  fn: 'fn.',
  fig: 'fig.',
  page: 's.',
  range: '',
};

export function isLocatorError(x: ParsedLocator | LocatorError): x is LocatorError {
  return (x as LocatorError).error !== undefined;
}

/**
 * Parses a locator as a writer might type it. Tolerant of case, a missing or
 * doubled dot after the label, extra spaces and a trailing full stop.
 */
export function parseLocator(raw: string): ParsedLocator | LocatorError {
  const input = raw.replace(/\s+/g, ' ').trim();
  if (!input) return { error: 'empty', input };
  const m = /^([\p{L}-]+)\.?\s*(.*)$/u.exec(input);
  if (!m) return { error: 'unknown-label', input };
  const kind = LABELS[m[1].toLowerCase()];
  if (!kind) return { error: 'unknown-label', input };
  let value = m[2].trim().replace(/\.$/, '').toLowerCase();
  if (!value) return { error: 'bad-number', input };
  if (kind === 'page') {
    const pm = /^(\d{1,4})(?:\s*[–—-]\s*(\d{1,4}))?$/u.exec(value);
    if (!pm) return { error: 'bad-number', input };
    const a = Number(pm[1]);
    let b = pm[2] === undefined ? a : Number(pm[2]);
    // "s. 118-19": the end shortened to its last digits.
    if (pm[2] !== undefined && pm[2].length < pm[1].length) b = Number(pm[1].slice(0, pm[1].length - pm[2].length) + pm[2]);
    if (!a || b < a) return { error: 'bad-number', input };
    const v = a === b ? `${a}` : `${a}–${b}`;
    return { kind: 'page', canonical: `s. ${v}`, value: v, pages: [a, b] };
  }
  // A range: two addresses of one kind joined by a dash ("3.5.1–3.5.4", "3.5.1-4", "2.1–2.3").
  const rm = /^(\d[\w.]*?)\s*[–—-]\s*(\d[\w.]*)$/u.exec(value);
  if (rm && !/avsn/.test(value)) {
    const [, left, right] = rm;
    const l = left.split('.');
    const r = right.split('.');
    const full = r.length < l.length ? [...l.slice(0, l.length - r.length), ...r].join('.') : right;
    const label = m[1];
    const from = parseLocator(`${label}. ${left}`);
    const to = parseLocator(`${label}. ${full}`);
    if (isLocatorError(from) || isLocatorError(to) || from.kind !== to.kind) return { error: 'bad-number', input };
    const v = `${from.value}–${to.value}`;
    return { kind: 'range', canonical: `${LABEL_TEXT[from.kind]} ${v}`, value: v, from, to };
  }
  switch (kind) {
    case 'kap': {
      const pm = /^(\S+?)\s*,?\s*(?:avsn|avsnitt|para|paragraph)\.?\s*(\d+)$/u.exec(value);
      if (pm) {
        if (!SECTION_ID.test(pm[1])) return { error: 'bad-number', input };
        const v = `${pm[1]} avsn. ${Number(pm[2])}`;
        return { kind: 'avsn', canonical: `kap. ${v}`, value: v };
      }
      value = value.replace(/\s+/g, ' ').replace(/^vedlegg\s*(\d+)$/, 'vedlegg-$1');
      if (!SECTION_ID.test(value)) return { error: 'bad-number', input };
      return { kind, canonical: `kap. ${value}`, value };
    }
    case 'lp':
    case 'se':
      value = value.replace(/\s+/g, '');
      if (!DOTTED.test(value) && !/^[a-zæøå]+(?:-\d+)?\.\d+$/u.test(value)) return { error: 'bad-number', input };
      return { kind, canonical: `${LABEL_TEXT[kind]} ${value}`, value };
    case 'fn':
      if (!INTEGER.test(value)) return { error: 'bad-number', input };
      value = String(Number(value));
      return { kind, canonical: `fn. ${value}`, value };
    case 'fig':
      value = value.replace(/\s+/g, '');
      if (!/^(?:vedlegg-\d+\.)?\d+[a-z]?$/u.test(value)) return { error: 'bad-number', input };
      return { kind, canonical: `fig. ${value}`, value };
    default:
      return { error: 'unknown-label', input };
  }
}

/** "[@ks2021, lp. 3.5.1]" */
export function formatCitation(key: string, locator: string): string {
  return `[@${key}, ${locator}]`;
}
