/**
 * The one tokenizer of the core: text → word tokens with their UTF-16 ranges.
 * Every feature that needs words (search, the glossary and outdated-term
 * matching, the misquote comparison) reads them here; what differs between
 * them is a handful of options, not a separate scanner.
 *
 * - Search keeps hyphenated and apostrophe'd words whole ("e-læring",
 *   "norway's"), dotted numbers ("3.5.1") and the trailing hyphen of a
 *   truncated compound ("smittevern- og pandemiområdet"): `SEARCH_WORDS`.
 * - Terms match phrases word by word, so every run of letters is a word and a
 *   hyphen is a separator: `PLAIN_WORDS`.
 * - Quote comparison (`quoteWords`) drops footnote markers and soft hyphens,
 *   joins words hyphenated at a line break and compares hyphen-free lower case.
 *
 * One pass over the text, linear in its length; the pattern for a set of
 * options is compiled once.
 */

export interface Token {
  /** The token as it stands in the text. */
  text: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character (half-open). */
  end: number;
}

export interface TokenizeOptions {
  /**
   * What joins the parts of one word: `none` (a hyphen or apostrophe ends the
   * word), `plain` (ASCII hyphen, apostrophe and ’) or `typographic` (also the
   * Unicode hyphens U+2010/U+2011 and the modifier apostrophe U+02BC).
   */
  joiners?: 'none' | 'plain' | 'typographic';
  /** Combining marks belong to the word (default true). */
  marks?: boolean;
  /** A soft hyphen (U+00AD) belongs to the word it sits in (default false: it ends the word). */
  softHyphen?: boolean;
  /** A number with inner dots or commas is one token ("3.5.1", "1,5"). */
  dottedNumbers?: boolean;
  /** A hyphen closing a truncated compound stays on it ("smittevern-" before " og"). */
  truncated?: boolean;
}

const JOINERS = { none: '', plain: "-'\u2019", typographic: "-\u2010\u2011'\u2019\u02BC" } as const;

function pattern(o: TokenizeOptions): RegExp {
  const letters = `\\p{L}${o.marks === false ? '' : '\\p{M}'}\\p{N}${o.softHyphen ? '\\u00AD' : ''}`;
  const joiners = JOINERS[o.joiners ?? 'none'];
  let word = `[${letters}]+`;
  if (joiners) word += `(?:[${escapeClass(joiners)}][${letters}]+)*`;
  if (o.truncated) word += `(?:[-\\u2010\\u2011](?![\\p{L}\\p{N}]))?`;
  const number = o.dottedNumbers ? `\\p{N}+(?:[.,]\\p{N}+)+|` : '';
  return new RegExp(number + word, 'gu');
}

function escapeClass(chars: string): string {
  return chars.replace(/[-\\\]^]/g, (c) => '\\' + c);
}

/** A tokenizer for one set of options (the pattern is compiled once). */
export function wordTokenizer(options: TokenizeOptions = {}): (text: string) => Token[] {
  const re = pattern(options);
  return (text: string): Token[] => {
    const out: Token[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
    return out;
  };
}

/** Search: whole hyphenated words, dotted numbers, truncated compounds, soft hyphens kept inside. */
export const SEARCH_WORDS: TokenizeOptions = { joiners: 'typographic', softHyphen: true, dottedNumbers: true, truncated: true };
/** Runs of letters, marks and digits only (æ, ø, å and combining accents stay inside a word). */
export const PLAIN_WORDS: TokenizeOptions = {};
/** Quote comparison: words joined by hyphens and apostrophes, no combining marks. */
export const QUOTE_WORDS: TokenizeOptions = { joiners: 'plain', marks: false };

const plainWords = wordTokenizer(PLAIN_WORDS);
const quoteScan = wordTokenizer(QUOTE_WORDS);

/** The words of a text as runs of letters, marks and digits. */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  return options ? wordTokenizer(options)(text) : plainWords(text);
}

/** A word for quote comparison: normalised `w`, range in the original string. */
export interface QuoteWord {
  /** Lower case, ’ as ', hyphens removed, a glued footnote number dropped. */
  w: string;
  start: number;
  end: number;
}

/**
 * Words of `text` for comparing a quote with the report: footnote markers
 * (Pandoc's [^1], superscript digits, digits glued to a word's end) and soft
 * hyphens are dropped, a word hyphenated at a line break is joined. Offsets
 * are shifted by `offset`.
 */
export function quoteWords(text: string, offset = 0): QuoteWord[] {
  const out: QuoteWord[] = [];
  // Footnote markers are dropped: Pandoc's [^1] and superscript digits (same length, so offsets hold).
  const clean = text
    .replace(/\[\^[^\]\s]*\]/g, (m) => ' '.repeat(m.length))
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]/g, ' ')
    .replace(/\u00ad/g, ' ')
    // Hyphenation at a line break: the gap is marked with NULs (same length) and the halves merged below.
    .replace(/(\p{L})(-[ \t]*\r?\n[ \t]*)(\p{Ll})/gu, (_m, a: string, gap: string, b: string) => a + '\u0000'.repeat(gap.length) + b);
  for (const t of quoteScan(clean)) {
    let w = t.text.toLowerCase().replace(/’/g, "'");
    const start = t.start + offset;
    // A footnote marker glued to a word: "kommuner43" → "kommuner" (letters then 1–3 digits).
    const fm = /^(\p{L}{2,})(\d{1,3})$/u.exec(w);
    if (fm) w = fm[1];
    out.push({ w: w.replace(/-/g, ''), start, end: start + t.text.length });
  }
  // Join the halves of a word hyphenated at a line break (the NUL-marked gap).
  const merged: QuoteWord[] = [];
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const n = out[i + 1];
    const gap = n ? clean.slice(t.end - offset, n.start - offset) : '';
    if (n && gap.length > 0 && /^\u0000+$/.test(gap)) {
      merged.push({ w: t.w + n.w, start: t.start, end: n.end });
      i++;
    } else merged.push(t);
  }
  return merged;
}
