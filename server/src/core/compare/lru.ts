/** An entry of LruCache, in a list from the least recently used to the most. */
interface LruEntry<V> {
  readonly key: string;
  readonly value: V;
  readonly weight: number;
  older: LruEntry<V> | undefined;
  newer: LruEntry<V> | undefined;
}

/**
 * A bounded map that forgets the least recently used entries first. The order of use is a list of its own, not
 * the Map's insertion order: a Map's delete leaves a hole that every later iteration from its start steps over,
 * so evicting its first entry once per insertion grew with the holes left before it (the bench's track of 8,000
 * changes overflows the comparer's 4,096 gaps: review of the last session).
 */
export class LruCache<V> {
  private readonly map = new Map<string, LruEntry<V>>();
  private oldest: LruEntry<V> | undefined;
  private newest: LruEntry<V> | undefined;
  private total = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    if (entry !== this.newest) {
      this.unlink(entry);
      this.append(entry);
    }
    return entry.value;
  }

  set(key: string, value: V, weight: number): void {
    const old = this.map.get(key);
    if (old !== undefined) this.remove(old);
    if (weight > this.maxWeight) return;
    const entry: LruEntry<V> = { key, value, weight, older: undefined, newer: undefined };
    this.map.set(key, entry);
    this.append(entry);
    this.total += weight;
    while (this.oldest !== undefined && (this.map.size > this.maxEntries || this.total > this.maxWeight)) this.remove(this.oldest);
  }

  clear(): void {
    this.map.clear();
    this.oldest = this.newest = undefined;
    this.total = 0;
  }

  private remove(entry: LruEntry<V>): void {
    this.map.delete(entry.key);
    this.unlink(entry);
    this.total -= entry.weight;
  }

  private unlink(entry: LruEntry<V>): void {
    if (entry.older) entry.older.newer = entry.newer;
    else this.oldest = entry.newer;
    if (entry.newer) entry.newer.older = entry.older;
    else this.newest = entry.older;
    entry.older = entry.newer = undefined;
  }

  private append(entry: LruEntry<V>): void {
    entry.older = this.newest;
    if (this.newest) this.newest.newer = entry;
    else this.oldest = entry;
    this.newest = entry;
  }
}

/**
 * A memo that keeps what the last two rounds used (a round is one compare):
 * one map look-up per get, and bounded by about two documents' worth of entries.
 */
export class RoundMemo<V> {
  private readonly map = new Map<string, { value: V; round: number }>();
  private round = 0;
  private used = 0;

  get(key: string, compute: (key: string) => V): V {
    const e = this.map.get(key);
    if (e !== undefined) {
      if (e.round !== this.round) {
        e.round = this.round;
        this.used++;
      }
      return e.value;
    }
    const value = compute(key);
    this.map.set(key, { value, round: this.round });
    this.used++;
    return value;
  }

  /** Ends a round; entries used in neither this round nor the last are dropped when they pile up. */
  rotate(): void {
    if (this.map.size > 2 * this.used + 256) {
      for (const [k, e] of this.map) if (e.round < this.round - 1) this.map.delete(k);
    }
    this.round++;
    this.used = 0;
  }

  clear(): void {
    this.map.clear();
  }
}
