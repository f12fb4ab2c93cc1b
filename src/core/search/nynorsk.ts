/**
 * Nynorsk → Bokmål: the report is in Bokmål, plans and queries are in either.
 * Exact word forms come from the table in resources/search/nynorsk-bokmal.json;
 * its suffix and infix rules are tried only on words the report does not
 * contain, and a rewrite is kept only when the report knows the result.
 */
import { NYNORSK_INFIXES, NYNORSK_SUFFIXES, NYNORSK_WORDS } from './data.js';
import type { Decompounder } from './compounds.js';
import type { Vocabulary } from './vocabulary.js';

export class NynorskNormalizer {
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly vocab?: Vocabulary,
    private readonly compounds?: Decompounder,
  ) {}

  /** The Bokmål form of a (lower-case) word; the word itself when it is Bokmål or unknown. */
  normalize(word: string): string {
    const exact = NYNORSK_WORDS.get(word);
    if (exact !== undefined) return exact;
    if (!this.vocab || word.length < 4 || !/^\p{L}+$/u.test(word)) return word;
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const out = this.rewrite(word);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, out);
    return out;
  }

  /** Whether the rewriting pass in progress accepts `word`: a word of the report, or (second pass) a compound of its words. */
  private strict = false;

  private known(word: string): boolean {
    if (!this.vocab) return false;
    if (this.vocab.knows(word)) return true;
    // The definite plural "-erne", which Snowball stems apart from "-ere" (the analyser searches it as "-ere").
    if (word.endsWith('erne') && word.length > 6 && this.vocab.knows(`${word.slice(0, -4)}ere`)) return true;
    return !this.strict && !!this.compounds && this.compounds.split(word).length > 0;
  }

  private rewrite(word: string): string {
    // A word of the report (or an inflection of one) stays. A word the report has only as
    // parts of a compound ("fritidstilbod": fritid + a stray "tilbod") is rewritten when a
    // rule gives a word of the report ("fritidstilbud"), and otherwise stays as well.
    if (this.vocab!.knows(word)) return word;
    // First a rewrite that gives a word of the report ("rettleiinga" → "veiledningen"), only
    // then one that gives a compound of its words ("rettledelsen" = rett + ledelsen).
    const outer = this.strict;
    try {
      this.strict = true;
      const exact = this.rewriteUnknown(word);
      if (exact) return exact;
      this.strict = false;
      return this.rewriteUnknown(word) ?? word;
    } finally {
      this.strict = outer;
    }
  }

  private rewriteUnknown(word: string): string | undefined {
    const bySuffix = this.bySuffix(word);
    if (bySuffix) return bySuffix;
    // A table word with a Nynorsk ending: "gjenopninga" → gjenåpning + en.
    for (const r of NYNORSK_SUFFIXES) {
      if (!word.endsWith(r.nn)) continue;
      const base = NYNORSK_WORDS.get(word.slice(0, word.length - r.nn.length));
      if (base && this.known(base + r.nb)) return base + r.nb;
    }
    // Infixes: apply every one that occurs, then the suffix rules on the result.
    let w = word;
    for (const r of NYNORSK_INFIXES) if (w.includes(r.nn)) w = w.split(r.nn).join(r.nb);
    if (w !== word) {
      if (this.known(w)) return w;
      const both = this.bySuffix(w);
      if (both) return both;
    }
    // A compound with a Nynorsk part: a known head and a tail from the table ("kriseleiing").
    for (let i = word.length - 3; i >= 3; i--) {
      const tail = NYNORSK_WORDS.get(word.slice(i));
      if (tail === undefined) continue;
      const cand = word.slice(0, i) + tail;
      if (this.known(cand)) return cand;
    }
    // A compound with a Nynorsk head (from the table or by a suffix rule, with or without a
    // linking s/e) and a tail that is Bokmål or normalises on its own ("brukarundersøking",
    // "avlastingstilbod").
    for (let i = 3; i <= word.length - 3; i++) {
      const heads = this.headForms(word.slice(0, i));
      if (!heads.length) continue;
      const tail = word.slice(i);
      const nbTail = tail.length >= 4 ? this.normalize(tail) : tail;
      for (const head of heads) if (this.known(head + nbTail)) return head + nbTail;
    }
    return undefined;
  }

  /**
   * The Bokmål forms a compound head may have: from the table, or by a suffix
   * rule onto a word of the report ("avlasting" → "avlastning"), its linking
   * letter kept. The caller keeps the one that makes a word of the report.
   */
  private headForms(head: string): string[] {
    const forms = (h: string): string[] => {
      const direct = NYNORSK_WORDS.get(h);
      if (direct) return [direct];
      if (h.length < 5 || this.vocab!.words.has(h)) return [];
      const out: string[] = [];
      for (const r of NYNORSK_SUFFIXES) {
        if (!h.endsWith(r.nn) || r.nn.startsWith('leg') || h.length - r.nn.length < 3) continue;
        const cand = h.slice(0, h.length - r.nn.length) + r.nb;
        if (cand !== h && this.vocab!.knows(cand)) out.push(cand);
      }
      return out;
    };
    const out = forms(head);
    const link = head[head.length - 1];
    if (head.length > 3 && (link === 's' || link === 'e')) for (const f of forms(head.slice(0, -1))) out.push(f + link);
    return out;
  }

  private bySuffix(word: string): string | undefined {
    for (const r of NYNORSK_SUFFIXES) {
      if (!word.endsWith(r.nn) || word.length - r.nn.length < 2) continue;
      const cand = word.slice(0, word.length - r.nn.length) + r.nb;
      // An adjective ending ("-leg" → "-lig") only onto a word of the report itself, not onto a
      // compound of its words: "smittevernlege" is a doctor, not "smittevern" + "lig".
      if (cand !== word && (r.nn.startsWith('leg') ? !!this.vocab?.words.has(cand) : this.known(cand))) return cand;
    }
    return undefined;
  }
}
