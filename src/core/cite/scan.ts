/**
 * Finds citations in Pandoc syntax in a string: a linear-time scan, no regular
 * expressions that could backtrack. The caller (core/plan) restricts the scan to
 * prose; this module knows nothing about Markdown beyond brackets and links.
 *
 *   [@ks2021, lp. 3.5.1]                     bracketed
 *   [@ks2021, lp. 3.5.1; @ks2021, kap. 2.2]  several
 *   [se @ks2021, kap. 2.2]                   with prefix (and suffix after the locator)
 *   [-@ks2021, kap. 2.2]                     suppress author
 *   @ks2021 [kap. 2.2]                       author in text (also a bare `@ks2021`)
 *
 * Malformed attempts are returned with a `problem` so that the editor and the
 * lint rules can explain them: `[@]`, `[@ks2021, lp. ]`, `[@ks2021 lp 3.5.1]`.
 * A citation may span soft line breaks, never a blank line.
 */
import { isLocatorError, parseLocator } from '../corpus/locator.js';
import type { CitationGroup, CitationItem, CitationProblem } from './types.js';

const C_LBRACK = 0x5b; // [
const C_RBRACK = 0x5d; // ]
const C_AT = 0x40; // @
const C_SEMI = 0x3b; // ;
const C_COMMA = 0x2c; // ,
const C_NL = 0x0a;
const C_CR = 0x0d;
const C_BACKSLASH = 0x5c;
const C_BANG = 0x21;
const C_LPAREN = 0x28;
const C_MINUS = 0x2d;

const WORD_RE = /[\p{L}\p{N}_]/u;
/** Pandoc: internal punctuation allowed inside a key when followed by a key character. */
const KEY_PUNCT = new Set([':', '.', '#', '$', '%', '&', '-', '+', '?', '<', '>', '~', '/']);

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  return WORD_RE.test(text[i]);
}

/** Characters before `@` that make it part of an address, not a citation: . - + % & / : */
function isAddressPunct(c: number): boolean {
  return c === 0x2e || c === 0x2d || c === 0x2b || c === 0x25 || c === 0x26 || c === 0x2f || c === 0x3a;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === C_NL || c === C_CR || c === 0xa0;
}

/** End of the key starting at `i` (== i when there is none). */
function readKey(text: string, i: number, end: number): number {
  if (i >= end || !isWordAt(text, i)) return i;
  let j = i + 1;
  while (j < end) {
    if (isWordAt(text, j)) j++;
    else if (KEY_PUNCT.has(text[j]) && j + 1 < end && isWordAt(text, j + 1)) j += 2;
    else break;
  }
  return j;
}

/** Bare author-in-text keys must look like author-year keys, so handles like "@kommunen" are left alone. */
const BARE_KEY = /^[\p{L}][\p{L}_-]*\d{4}[a-z]?$/u;

/**
 * Position of the `]` closing the bracket opened at `open`, or -1 with `stop`
 * set to where the scan gave up (a `[`, a blank line, or `to`).
 */
function findClose(text: string, open: number, to: number, stopAtAt: boolean): { close: number; stop: number } {
  let j = open + 1;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === C_RBRACK) {
      if (text.charCodeAt(j - 1) !== C_BACKSLASH) return { close: j, stop: j + 1 };
    } else if (c === C_LBRACK) {
      if (text.charCodeAt(j - 1) !== C_BACKSLASH) return { close: -1, stop: j };
    } else if (c === C_AT && stopAtAt) {
      return { close: -1, stop: j };
    } else if (c === C_NL) {
      // A blank line ends the paragraph, and with it any citation.
      let k = j + 1;
      while (k < to) {
        const d = text.charCodeAt(k);
        if (d === 0x20 || d === 0x09 || d === C_CR) k++;
        else break;
      }
      if (k >= to || text.charCodeAt(k) === C_NL) return { close: -1, stop: k };
    }
    j++;
  }
  return { close: -1, stop: to };
}

function trimRange(text: string, s: number, e: number): [number, number] {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** Fills the locator/suffix fields of `item` from the text range [s, e) after the key's comma. */
function setLocator(text: string, item: CitationItem, s: number, e: number): void {
  [s, e] = trimRange(text, s, e);
  item.locatorStart = s;
  item.locatorEnd = e;
  item.locatorRaw = text.slice(s, e);
  if (s === e) {
    item.locatorError = { error: 'empty', input: '' };
    return;
  }
  const whole = parseLocator(item.locatorRaw);
  if (!isLocatorError(whole)) {
    item.locator = whole;
    return;
  }
  // "lp. 3.5.1, særlig første kulepunkt": a locator followed by a suffix.
  const comma = item.locatorRaw.indexOf(',');
  if (comma > 0) {
    const head = parseLocator(item.locatorRaw.slice(0, comma));
    if (!isLocatorError(head)) {
      const [ls, le] = trimRange(text, s, s + comma);
      item.locatorStart = ls;
      item.locatorEnd = le;
      item.locatorRaw = text.slice(ls, le);
      item.locator = head;
      const suffix = text.slice(s + comma + 1, e).trim();
      if (suffix) item.suffix = suffix;
      return;
    }
  }
  item.locatorError = whole;
}

/** Parses one `;`-separated part [ps, pe) of a bracketed citation; null when it has no `@`. */
function parsePart(text: string, ps: number, pe: number, authorInText: boolean): CitationItem | null {
  let at = -1;
  for (let k = ps; k < pe; k++) {
    if (text.charCodeAt(k) === C_AT && !isWordAt(text, k - 1) && text.charCodeAt(k - 1) !== C_BACKSLASH) {
      // `[+@]` in prose (a regular expression, say): punctuation before an `@` with no key is not a citation.
      const prev = text.charCodeAt(k - 1);
      if (k > ps && prev !== C_MINUS && isAddressPunct(prev) && readKey(text, k + 1, pe) === k + 1) continue;
      at = k;
      break;
    }
  }
  if (at < 0) return null;
  const suppress = at > ps && text.charCodeAt(at - 1) === C_MINUS;
  const keyEnd = readKey(text, at + 1, pe);
  const [is, ie] = trimRange(text, ps, pe);
  const item: CitationItem = {
    start: is,
    end: ie,
    key: text.slice(at + 1, keyEnd),
    keyStart: at + 1,
    keyEnd,
    locatorRaw: '',
    locatorStart: keyEnd,
    locatorEnd: keyEnd,
    authorInText,
  };
  if (suppress) item.suppressAuthor = true;
  const prefix = text.slice(ps, suppress ? at - 1 : at).trim();
  if (prefix) item.prefix = prefix;
  if (keyEnd === at + 1) {
    item.problem = { kind: 'empty-key', start: at, end: Math.max(at + 1, ie) };
    return item;
  }
  // After the key: ", locator[, suffix]" or (malformed) " locator".
  let k = keyEnd;
  while (k < pe && isSpaceCode(text.charCodeAt(k))) k++;
  if (k >= pe) return item;
  if (text.charCodeAt(k) === C_COMMA) {
    setLocator(text, item, k + 1, pe);
    return item;
  }
  const [rs, re] = trimRange(text, k, pe);
  const probe = parseLocator(text.slice(rs, re));
  if (isLocatorError(probe) && probe.error === 'unknown-label') {
    // Pandoc reads it as a suffix ("[@ks2021 og flere]"): no locator.
    item.suffix = text.slice(rs, re);
    return item;
  }
  setLocator(text, item, rs, re);
  item.problem = { kind: 'missing-comma', start: keyEnd, end: rs };
  return item;
}

/** Tries a bracketed citation at `open`; returns the group or where to continue. */
function bracketAt(text: string, open: number, to: number): { group?: CitationGroup; next: number } {
  const { close } = findClose(text, open, to, false);
  // No citation here: rescan from the next character (an author-in-text key may sit
  // inside). Still linear: each bracket's scan ends at the next bracket.
  if (close < 0) return { next: open + 1 };
  const after = close + 1 < text.length ? text.charCodeAt(close + 1) : -1;
  // A link `[text](url)` or reference link `[text][ref]`, not a citation.
  if (after === C_LPAREN || after === C_LBRACK) return { next: close + 1 };
  const items: CitationItem[] = [];
  const problems: CitationProblem[] = [];
  const keyless: [number, number][] = [];
  let ps = open + 1;
  for (let k = open + 1; k <= close; k++) {
    if (k === close || text.charCodeAt(k) === C_SEMI) {
      const item = parsePart(text, ps, k, false);
      if (item) {
        items.push(item);
        if (item.problem) problems.push(item.problem);
      } else {
        keyless.push(trimRange(text, ps, k));
      }
      ps = k + 1;
    }
  }
  if (!items.length) return { next: close + 1 };
  for (const [s, e] of keyless) problems.push({ kind: 'item-without-key', start: s, end: Math.max(e, s) });
  problems.sort((a, b) => a.start - b.start);
  const group: CitationGroup = { start: open, end: close + 1, items };
  if (problems.length) {
    group.problem = problems[0];
    group.problems = problems;
  }
  return { group, next: close + 1 };
}

/** Tries an author-in-text citation `@key [locator]` (or a bare `@key`) at `at`. */
function authorInTextAt(text: string, at: number, to: number): { group?: CitationGroup; next: number } {
  const keyEnd = readKey(text, at + 1, to);
  if (keyEnd === at + 1) return { next: at + 1 };
  const key = text.slice(at + 1, keyEnd);
  let k = keyEnd;
  if (k < to && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k++;
  if (k < to && text.charCodeAt(k) === C_LBRACK) {
    const { close } = findClose(text, k, to, true);
    const after = close >= 0 && close + 1 < text.length ? text.charCodeAt(close + 1) : -1;
    if (close >= 0 && after !== C_LPAREN && after !== C_LBRACK) {
      const item: CitationItem = {
        start: at,
        end: close + 1,
        key,
        keyStart: at + 1,
        keyEnd,
        locatorRaw: '',
        locatorStart: k + 1,
        locatorEnd: k + 1,
        authorInText: true,
      };
      setLocator(text, item, k + 1, close);
      return { group: { start: at, end: close + 1, items: [item] }, next: close + 1 };
    }
  }
  if (!BARE_KEY.test(key)) return { next: keyEnd };
  const item: CitationItem = {
    start: at,
    end: keyEnd,
    key,
    keyStart: at + 1,
    keyEnd,
    locatorRaw: '',
    locatorStart: keyEnd,
    locatorEnd: keyEnd,
    authorInText: true,
  };
  return { group: { start: at, end: keyEnd, items: [item] }, next: keyEnd };
}

/**
 * All citation groups in `text` between `from` and `to` (default: all), in order.
 * Linear in the length of the range: every character is looked at a bounded number of times.
 */
export function scanCitations(text: string, from = 0, to = text.length): CitationGroup[] {
  const out: CitationGroup[] = [];
  from = Math.max(0, from);
  to = Math.min(text.length, to);
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === C_LBRACK) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      if (prev === C_BACKSLASH || prev === C_BANG) {
        // An escaped bracket or an image: its content is not a citation.
        const { close } = findClose(text, i, to, false);
        i = close >= 0 ? close + 1 : i + 1;
        continue;
      }
      const r = bracketAt(text, i, to);
      if (r.group) out.push(r.group);
      i = r.next;
    } else if (c === C_AT) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      if (prev === C_BACKSLASH || (prev >= 0 && (isWordAt(text, i - 1) || isAddressPunct(prev)))) {
        i++;
        continue;
      }
      const r = authorInTextAt(text, i, to);
      if (r.group) out.push(r.group);
      i = r.next;
    } else {
      i++;
    }
  }
  return out;
}
