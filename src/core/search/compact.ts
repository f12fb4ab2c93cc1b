/**
 * A compact serialisation of the MiniSearch index, so loading it at start-up is
 * cheap: flat number arrays instead of MiniSearch's objects keyed by document
 * id (which are slow to parse and to turn back into Maps). It reads and writes
 * MiniSearch's own index structures through its protected members (the
 * subclassing API); the scoring stays MiniSearch's. A test round-trips it.
 */
import MiniSearch, { type Options } from 'minisearch';

export interface CompactIndex {
  /** Number of documents; document ids are 0…n-1 and equal MiniSearch's short ids. */
  n: number;
  fields: number;
  /** Field lengths, n × fields, row by row. */
  fieldLength: number[];
  averageFieldLength: number[];
  terms: string[];
  /** Per term: [fieldId, count, docId, freq, docId, freq, …, fieldId, count, …]. */
  postings: number[][];
}

export class CompactMiniSearch<T = unknown> extends MiniSearch<T> {
  toCompact(): CompactIndex {
    const n = this._documentCount;
    const fields = Object.keys(this._fieldIds).length;
    if (this._nextId !== n || this._dirtCount) throw new Error('compact index: documents were removed');
    const fieldLength: number[] = [];
    for (let i = 0; i < n; i++) {
      if (this._documentIds.get(i) !== i) throw new Error('compact index: document ids must be 0…n-1');
      const row = this._fieldLength.get(i) ?? [];
      for (let f = 0; f < fields; f++) fieldLength.push(row[f] ?? 0);
    }
    const terms: string[] = [];
    const postings: number[][] = [];
    for (const [term, data] of this._index) {
      const flat: number[] = [];
      for (const [fieldId, docs] of data) {
        flat.push(fieldId, docs.size);
        for (const [doc, freq] of docs) flat.push(doc, freq);
      }
      terms.push(term);
      postings.push(flat);
    }
    return { n, fields, fieldLength, averageFieldLength: [...this._avgFieldLength], terms, postings };
  }

  /** Whether the index has a term (in any field). */
  hasTerm(term: string): boolean {
    return this._index.has(term);
  }

  /** In how many documents a term occurs in `fieldId` (0 when never). */
  docFrequency(term: string, fieldId = 0): number {
    return this._index.get(term)?.get(fieldId)?.size ?? 0;
  }

  /** Every term of the index. */
  allTerms(): IterableIterator<string> {
    return this._index.keys();
  }

  static fromCompact<T>(c: CompactIndex, options: Options<T>): CompactMiniSearch<T> {
    const ms = new CompactMiniSearch<T>(options);
    const { n, fields } = c;
    ms._documentCount = n;
    ms._nextId = n;
    ms._dirtCount = 0;
    for (let i = 0; i < n; i++) {
      ms._documentIds.set(i, i);
      ms._idToShortId.set(i, i);
      ms._fieldLength.set(i, c.fieldLength.slice(i * fields, i * fields + fields));
    }
    ms._avgFieldLength = c.averageFieldLength;
    for (let t = 0; t < c.terms.length; t++) {
      const flat = c.postings[t];
      const data = new Map<number, Map<number, number>>();
      for (let k = 0; k < flat.length; ) {
        const fieldId = flat[k];
        const count = flat[k + 1];
        k += 2;
        const docs = new Map<number, number>();
        for (let j = 0; j < count; j++, k += 2) docs.set(flat[k], flat[k + 1]);
        data.set(fieldId, docs);
      }
      ms._index.set(c.terms[t], data);
    }
    return ms;
  }
}
