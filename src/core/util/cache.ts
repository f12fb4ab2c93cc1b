/**
 * The one bounded cache: a least-recently-used map with a fixed number of entries, for every
 * memo that would otherwise grow with its input (search answers, parsed sources, loaded indexes).
 *
 * Built on `lru-cache` (isaacs; the npm CLI's own). Its package picks a `browser` build for the
 * web worker, which imports no Node module, and a `node` build elsewhere. Reading an entry makes
 * it the most recent; adding one past `max` evicts the least recently used. `undefined` cannot be
 * stored (`lru-cache` treats setting it as a delete): cache `null` for a remembered "nothing".
 */
import { LRUCache } from 'lru-cache';

export class BoundedCache<K extends {}, V extends {} | null> {
  private readonly lru: LRUCache<K, V & {}>;

  /** A cache holding at most `max` entries (at least 1). */
  constructor(readonly max: number) {
    if (!(Number.isInteger(max) && max >= 1)) throw new RangeError(`BoundedCache: max must be a whole number ≥ 1, not ${max}`);
    this.lru = new LRUCache<K, V & {}>({ max });
  }

  /** The entry for `key` (now the most recent), or undefined. */
  get(key: K): V | undefined {
    return this.lru.get(key) as V | undefined;
  }

  has(key: K): boolean {
    return this.lru.has(key);
  }

  set(key: K, value: V): this {
    this.lru.set(key, value as V & {});
    return this;
  }

  /** The entry for `key`, computed by `compute` and kept when it is not there yet. */
  getOrCompute(key: K, compute: (key: K) => V): V {
    const hit = this.lru.get(key);
    if (hit !== undefined || this.lru.has(key)) return hit as V;
    const value = compute(key);
    this.lru.set(key, value as V & {});
    return value;
  }

  delete(key: K): boolean {
    return this.lru.delete(key);
  }

  clear(): void {
    this.lru.clear();
  }

  get size(): number {
    return this.lru.size;
  }

  /** The keys, most recently used first. */
  keys(): K[] {
    return [...this.lru.keys()];
  }

  /** The values, most recently used first. */
  values(): V[] {
    return [...this.lru.values()] as V[];
  }
}
