/** A bounded map that forgets the least recently used entries first. */
export class LruCache<V> {
  private readonly map = new Map<string, { value: V; weight: number }>();
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
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, weight: number): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      this.total -= old.weight;
      this.map.delete(key);
    }
    if (weight > this.maxWeight) return;
    this.map.set(key, { value, weight });
    this.total += weight;
    for (const [k, e] of this.map) {
      if (this.map.size <= this.maxEntries && this.total <= this.maxWeight) break;
      this.map.delete(k);
      this.total -= e.weight;
    }
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
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
