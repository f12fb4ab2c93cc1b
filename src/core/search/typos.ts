/**
 * One typo away: the words of a set that a typed word could be with one
 * letter left out ("smitevern"), one too many ("smittevernn") or two
 * neighbours swapped ("smittevren"). Never a replaced letter: that is how
 * different words differ ("evakuering" is not "evaluering").
 *
 * A deletion index (every word with each letter removed once) is built on
 * first use, so a look-up is a few hash probes, not a scan of the set.
 */
export class TypoIndex {
  private deletions?: Map<string, string[]>;
  /** The longest word of the set: a word two letters longer is no typo of any (pasted junk is not scanned). */
  private longest = 0;

  /**
   * `words`: the set to find words in (read when the first look-up needs it).
   * `minLength`: shorter words are neither looked up nor found (short words are too close to each other).
   */
  constructor(
    private readonly words: () => Iterable<string>,
    private readonly has: (word: string) => boolean,
    private readonly minLength: number,
  ) {}

  /** The words of the set one typo from `word` (itself excluded), at most `limit`. */
  near(word: string, limit = 8): string[] {
    if (word.length < this.minLength || !/^\p{L}+$/u.test(word)) return [];
    const index = this.index();
    if (word.length > this.longest + 1) return [];
    const out = new Set<string>();
    for (let i = 0; i < word.length; i++) {
      // A letter too many in `word`.
      const d = word.slice(0, i) + word.slice(i + 1);
      if (this.has(d)) out.add(d);
      // Two neighbours swapped.
      if (i + 1 < word.length && word[i] !== word[i + 1]) {
        const sw = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        if (this.has(sw)) out.add(sw);
      }
    }
    // A letter left out of `word`: a word of the set with one letter removed is `word`.
    for (const u of index.get(word) ?? []) out.add(u);
    out.delete(word);
    return [...out].slice(0, limit);
  }

  private index(): Map<string, string[]> {
    if (!this.deletions) {
      this.deletions = new Map();
      for (const t of this.words()) {
        if (t.length < this.minLength || !/^\p{L}+$/u.test(t)) continue;
        this.longest = Math.max(this.longest, t.length);
        for (let i = 0; i < t.length; i++) {
          const d = t.slice(0, i) + t.slice(i + 1);
          const list = this.deletions.get(d);
          if (!list) this.deletions.set(d, [t]);
          else if (!list.includes(t)) list.push(t);
        }
      }
    }
    return this.deletions;
  }
}
