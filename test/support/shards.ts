// How the unit suite's files are dealt to the processes that run them side by side (test/support/unit-suite.ts).

/** The files of each of `n` shards: longest first, each to the shard with the least recorded time so far. */
export function deal(names: string[], weights: Record<string, number>, n: number): string[][] {
  const known = names.map((f) => weights[f]).filter((w): w is number => typeof w === 'number').sort((a, b) => a - b);
  const median = known.length ? known[Math.floor(known.length / 2)]! : 1;
  const weight = (f: string) => weights[f] ?? median;
  const shards = Array.from({ length: n }, () => ({ files: [] as string[], total: 0 }));
  for (const f of [...names].sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1))) {
    const least = shards.reduce((m, s) => (s.total < m.total ? s : m));
    least.files.push(f);
    least.total += weight(f);
  }
  // Each shard loads its files in name order, as one process loaded them all.
  return shards.map((s) => s.files.sort());
}
