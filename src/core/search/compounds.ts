/**
 * Compound splitting against the report's vocabulary: "smittevernutstyret" →
 * smittevern + utstyret (→ smitte + vern), "beredskapsplanen" → beredskap + planen.
 * A part is split off only if it is a word of the report (the tail may be an
 * inflection of one), so nothing is invented. Settings: resources/search/compounds.json.
 */
import { COMPOUNDS, STOP_NB } from './data.js';
import { stemNb } from './stem.js';
import type { Vocabulary } from './vocabulary.js';

const MAX_DEPTH = 3;

export class Decompounder {
  private readonly cache = new Map<string, string[]>();
  private readonly respelled = new Map<string, string>();

  constructor(private readonly vocab: Vocabulary) {}

  /**
   * The parts of a compound (surface forms, outermost split first, then the
   * parts' own parts), or [] when the word is not a compound of known words.
   */
  split(word: string): string[] {
    const hit = this.cache.get(word);
    if (hit) return hit;
    const parts = this.splitAt(word, 0);
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, parts);
    return parts;
  }

  /**
   * The report's own spelling of a compound it writes with another linking
   * letter or another form of the head: "sykepleierstudenter" (not in the
   * report) → "sykepleiestudenter" (in it). Tried only for a word the report
   * lacks that ends in a word of the report: the same tail after the
   * head without its last -e, -r, -er or -s, or with a linking s/e; the first
   * that is a word of the report (or an inflection of one) is returned. The
   * tail must be a word of the report, so only the seam differs.
   */
  respelling(word: string): string | undefined {
    const { minWord, minPart, linking } = COMPOUNDS;
    if (word.length < minWord || !/^\p{L}+$/u.test(word) || this.vocab.knows(word)) return undefined;
    const hit = this.respelled.get(word);
    if (hit !== undefined) return hit || undefined;
    let out = '';
    // Longest tail first; the tail must itself be a word of the report.
    for (let i = minPart; i <= word.length - minPart && !out; i++) {
      const tail = word.slice(i);
      if (STOP_NB.has(tail) || COMPOUNDS.nonTails.has(tail) || !this.vocab.knows(tail)) continue;
      const head = word.slice(0, i);
      const bare = head.replace(/(?:er|e|r|s)$/, '');
      const heads = new Set<string>();
      for (const h of [bare, head]) {
        if (h.length < minPart) continue;
        heads.add(h);
        for (const l of linking) heads.add(h + l);
      }
      for (const h of heads) {
        const cand = h + tail;
        if (cand !== word && this.vocab.knows(cand)) {
          out = cand;
          break;
        }
      }
    }
    if (this.respelled.size > 50_000) this.respelled.clear();
    this.respelled.set(word, out);
    return out || undefined;
  }

  private splitAt(word: string, depth: number): string[] {
    const { minWord, minPart, nonHeads, nonTails } = COMPOUNDS;
    if (depth >= MAX_DEPTH || word.length < minWord || !/^\p{L}+$/u.test(word)) return [];
    // Every split into a known head and a known (or itself compound) tail; the
    // best is the one without a linking letter, then the one with the longest head
    // ("vaksine|senter" before "vaksine-s-|enter").
    let best: { head: string; tail: string; tailKnown: boolean; linked: boolean } | undefined;
    for (let i = word.length - minPart; i >= minPart; i--) {
      const tail = word.slice(i);
      if (STOP_NB.has(tail) || nonHeads.has(tail) || nonTails.has(tail)) continue;
      const head = this.knownHead(word.slice(0, i));
      if (!head) continue;
      const linked = head !== word.slice(0, i);
      if (best && (linked || !best.linked)) continue;
      const tailStem = stemNb(tail);
      const tailKnown =
        tailStem.length >= 3 && !STOP_NB.has(tailStem) && (this.vocab.words.has(tail) || this.vocab.stems.has(tailStem));
      if (!tailKnown && !(depth === 0 && this.splitAt(tail, depth + 1).length)) continue;
      best = { head, tail, tailKnown, linked };
      if (!linked) break;
    }
    if (!best) return [];
    const { head, tail, tailKnown } = best;
    const out = [head];
    if (tailKnown) out.push(tail);
    out.push(...this.splitAt(head, depth + 1), ...this.splitAt(tail, depth + 1));
    return [...new Set(out)];
  }

  /** The head as a word of the report, directly or without a linking letter; undefined if neither. */
  private knownHead(head: string): string | undefined {
    const { minPart, linking, nonHeads } = COMPOUNDS;
    const ok = (x: string) => this.vocab.words.has(x) && !STOP_NB.has(x) && !nonHeads.has(x);
    if (ok(head)) return head;
    for (const l of linking) {
      if (head.endsWith(l) && head.length - l.length >= minPart && ok(head.slice(0, -l.length))) return head.slice(0, -l.length);
    }
    return undefined;
  }
}
