/**
 * The one quote finder: quotations in plan prose, for every caller (misquote
 * checks what is quoted; outdated-term leaves quoted words alone). Marks:
 * «…» (nested «…«…»…» kept whole), “…”, „…“ and „…” (low-high, both ways it
 * is written), "…" and ‘…’ (opening only at a word start, so an inch mark or
 * an apostrophe inside a word opens nothing).
 *
 * A quote never runs past a paragraph break: a line break followed by a line
 * that is empty or holds only spaces and tabs, whatever the line ends (LF,
 * CRLF, CR). A quote longer than MAX_QUOTE characters is not taken for one.
 * One forward pass, linear in the text.
 */

export interface Quote {
  /** Range of the whole quote, marks included. */
  start: number;
  end: number;
  /** Range of the text between the marks. */
  innerStart: number;
  innerEnd: number;
}

export const MAX_QUOTE = 3000;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the line break at `i` (LF, CR or CRLF) is followed by a blank line: a paragraph break. */
function paragraphBreakAt(text: string, i: number, end: number): boolean {
  let k = i + (text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1);
  while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
  return k < end && (text[k] === '\n' || text[k] === '\r');
}

/**
 * Quotes in text[from, to), outermost only (a quote inside another is part of
 * it), in document order.
 */
export function scanQuotes(text: string, from = 0, to = text.length): Quote[] {
  const found: Quote[] = [];
  const end = Math.min(to, text.length);
  const guillemets: number[] = [];
  let curly = -1; // “ … ”
  let low = -1; // „ … “ or „ … ”
  let straight = -1;
  let single = -1;
  const reset = () => {
    guillemets.length = 0;
    curly = low = straight = single = -1;
  };
  const emit = (open: number, close: number) => {
    if (close - open <= MAX_QUOTE) found.push({ start: open, end: close + 1, innerStart: open + 1, innerEnd: close });
  };
  const atWordStart = (i: number) => i <= from || !WORD_CHAR.test(text[i - 1]);
  for (let i = Math.max(0, from); i < end; i++) {
    const c = text[i];
    switch (c) {
      case '\n':
      case '\r':
        if (paragraphBreakAt(text, i, end)) reset();
        break;
      case '«':
        guillemets.push(i);
        break;
      case '»':
        if (guillemets.length) {
          const open = guillemets.pop()!;
          if (!guillemets.length) emit(open, i);
        }
        break;
      case '„':
        if (low < 0) low = i;
        break;
      case '“':
        if (low >= 0) {
          emit(low, i);
          low = -1;
        } else if (curly < 0) curly = i;
        break;
      case '”':
        if (low >= 0) {
          emit(low, i);
          low = -1;
        } else if (curly >= 0) {
          emit(curly, i);
          curly = -1;
        }
        break;
      case '"':
        if (straight >= 0) {
          emit(straight, i);
          straight = -1;
        } else if (atWordStart(i)) straight = i;
        break;
      case '‘':
        if (single < 0 && atWordStart(i)) single = i;
        break;
      case '’':
        if (single >= 0) {
          emit(single, i);
          single = -1;
        }
        break;
      default:
        break;
    }
  }
  // Outermost only, in order.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quote[] = [];
  for (const q of found) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) continue;
    out.push(q);
  }
  return out;
}
