/**
 * A bibliography entry as one readable line for hovers and `sources list`:
 * "Koronakommisjonen (2021). Myndighetenes håndtering av koronapandemien (NOU 2021:6). Oslo: …".
 * Not a CSL style (pandoc's citeproc renders the real reference list); a
 * label the writer recognises their entry by.
 */
import type { SourceMeta } from '../model.js';
import type { CslEntry, CslName } from './types.js';

function nameOf(n: CslName | string): string {
  if (typeof n === 'string') return n.trim();
  if (!n || typeof n !== 'object') return '';
  if (n.literal) return String(n.literal).trim();
  return [n.given, n.family].filter((x) => typeof x === 'string' && x.trim()).join(' ').trim();
}

/** "A", "A og B", "A, B og C" (English: "and"). */
export function names(list: unknown, lang: 'nb' | 'nn' | 'en' = 'nb'): string {
  if (!Array.isArray(list)) return typeof list === 'string' ? list.trim() : '';
  const ns = list.map((n) => nameOf(n as CslName)).filter(Boolean);
  const and = lang === 'en' ? 'and' : 'og';
  if (ns.length <= 1) return ns[0] ?? '';
  return `${ns.slice(0, -1).join(', ')} ${and} ${ns[ns.length - 1]}`;
}

/** The year (or ISO date) of `issued`, in any form CSL-JSON or CSL-YAML writes it. */
export function issuedDate(issued: unknown): string {
  if (issued instanceof Date) return issued.toISOString().slice(0, 10);
  if (typeof issued === 'number') return String(issued);
  if (typeof issued === 'string') return issued.trim();
  if (Array.isArray(issued)) return issuedDate(issued[0]);
  if (issued && typeof issued === 'object') {
    const o = issued as Record<string, unknown>;
    const dp = o['date-parts'];
    if (Array.isArray(dp) && Array.isArray(dp[0]) && dp[0].length) {
      return (dp[0] as (number | string)[]).map((x, i) => (i ? String(x).padStart(2, '0') : String(x))).join('-');
    }
    if (o.year !== undefined) return [o.year, o.month, o.day].filter((x) => x !== undefined).map((x, i) => (i ? String(x).padStart(2, '0') : String(x))).join('-');
    if (typeof o.literal === 'string') return o.literal;
    if (typeof o.raw === 'string') return o.raw;
  }
  return '';
}

function str(x: unknown): string {
  return typeof x === 'string' ? x.trim() : typeof x === 'number' ? String(x) : '';
}

/** One line naming the entry: authors (year). Title (number). Place: publisher. */
export function formatEntry(e: CslEntry, lang: 'nb' | 'nn' | 'en' = 'nb'): string {
  const who = names(e.author, lang) || names(e.editor, lang) || str(e.publisher);
  const year = issuedDate(e.issued).slice(0, 4) || (lang === 'en' ? 'n.d.' : 'u.å.');
  const title = str(e.title) || e.id;
  const number = str(e.number) || str(e['collection-number']);
  const container = str(e['container-title']);
  const place = str(e['publisher-place']);
  const publisher = who === str(e.publisher) ? '' : str(e.publisher);
  let out = who ? `${who} (${year}). ${title}` : `${title} (${year})`;
  if (number && !title.includes(number)) out += ` (${number})`;
  out += '.';
  if (container) out += ` ${container}.`;
  if (publisher) out += ` ${place ? `${place}: ` : ''}${publisher}.`;
  const url = str(e.URL);
  if (url) out += ` ${url}`;
  return out.replace(/\.\./g, '.');
}

/** The report model's metadata for an indexed source, from its CSL entry. */
export function metaOf(e: CslEntry, file: string, sha256: string): SourceMeta {
  const date = issuedDate(e.issued);
  const meta: SourceMeta = {
    key: e.id,
    title: str(e.title) || e.id,
    author: names(e.author) || names(e.editor) || str(e.publisher),
    commissionedBy: str(e.publisher),
    place: str(e['publisher-place']),
    date,
    language: str(e.language) || 'nb',
    file,
    sha256,
  };
  const url = str(e.URL);
  if (url) meta.url = url;
  return meta;
}
