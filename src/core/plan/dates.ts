/**
 * Dates as Norwegian plan writers write them, and the front-matter keys they
 * use for them. Pure; used by the front matter (revidert, sist-øvd) and by the
 * stale-review rule's fallback (a "Sist revidert" line or table row).
 *
 *   2026-05-04 · 4. mai 2026 · 4 mai 2026 · 04.05.2026 · 4.5.2026 · 04.05.26 · 04/05/2026 · mai 2026
 *
 * A month without a day ("mai 2026") is read as the month's last day, so a
 * plan is never called stale earlier than it can be.
 */

/** Month names and abbreviations, Bokmål, Nynorsk and English, lower case. */
const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, january: 1,
  februar: 2, feb: 2, febr: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/** Front-matter keys read as `revidert` and as `sist-øvd` (lower case; '_' and ' ' count as '-'). */
export const REVISED_KEYS = ['revidert', 'sist-revidert', 'sistrevidert', 'revisjonsdato', 'revisjon', 'revidert-dato', 'dato-revidert', 'sist-oppdatert', 'oppdatert'];
export const EXERCISED_KEYS = ['sist-øvd', 'sist-ovd', 'sist-øvet', 'sist-øvde', 'øvd', 'siste-øvelse', 'siste-øving', 'øvelsesdato', 'øvingsdato'];

/** The key as compared: lower case, '_' and spaces as '-'. */
export function normaliseKey(key: string): string {
  return key.trim().toLowerCase().replace(/[_\s]+/g, '-');
}

function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const year = (s: string) => (s.length === 2 ? 2000 + Number(s) : Number(s));

/**
 * The ISO date ("2026-05-04") a value written as a date means, or undefined.
 * Accepts a YAML Date too. Text around the date is not allowed (a whole value).
 */
export function parseNorwegianDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const s = value.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4}|\d{2})$/.exec(s);
  if (m) return iso(year(m[3]), +m[2], +m[1]);
  m = /^(\d{1,2})\.? ?([\p{L}]+)\.?,? (\d{4})$/u.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  m = /^([\p{L}]+)\.? (\d{4})$/u.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) {
    const mo = MONTHS[m[1].toLowerCase()];
    return iso(+m[2], mo, lastDay(+m[2], mo));
  }
  return undefined;
}

/** Whether a value looks like someone meant a date (digits with a year, or a month name). */
export function looksLikeDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const s = String(value).toLowerCase();
  return /\d{4}/.test(s) || /\d{1,2}[./]\d{1,2}/.test(s) || Object.keys(MONTHS).some((k) => k.length > 3 && s.includes(k));
}

export interface DateLine {
  /** ISO date. */
  date: string;
  /** The date as written. */
  written: string;
  /** Offsets of the line (or table row) that states it. */
  start: number;
  end: number;
}

const LABEL = /^(?:\s*\|)?\s*(?:\*\*|__)?(sist\s+revidert|revidert|revisjonsdato|sist\s+oppdatert|dato\s+for\s+(?:siste\s+)?revisjon)(?:\*\*|__)?\s*(?::|\|)\s*(?:\*\*|__)?([^|\n]{4,40}?)(?:\*\*|__)?\s*(?:\||$)/iu;

/**
 * A "Sist revidert"/"Revidert"/"Revisjonsdato" line or table row among the
 * first `maxLines` lines of `text` (after `from`), with the date it gives.
 */
export function findRevisionLine(text: string, from = 0, maxLines = 80): DateLine | undefined {
  let start = from;
  for (let n = 0; n < maxLines && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    const m = LABEL.exec(line);
    if (m) {
      const date = parseNorwegianDate(m[2]);
      if (date) return { date, written: m[2].trim(), start, end: start + line.length };
    }
    start = end + 1;
  }
  return undefined;
}
