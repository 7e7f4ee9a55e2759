/**
 * Longest subsequence of `pairs` (sorted by `a`, `a` strictly increasing) whose
 * `b` strictly increases: the order-keeping step of patience diff. O(n log n).
 */
export function longestIncreasing(pairs: readonly (readonly [number, number])[]): [number, number][] {
  const n = pairs.length;
  if (n === 0) return [];
  const tails: number[] = []; // tails[len] = index of the pair ending the best run of length len+1
  const prev = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const b = pairs[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < b) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: [number, number][] = [];
  for (let k = tails[tails.length - 1]!; k >= 0; k = prev[k]!) out.push([pairs[k]![0], pairs[k]![1]]);
  return out.reverse();
}
