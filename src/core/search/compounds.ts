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
