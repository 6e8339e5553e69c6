/**
 * The first index in 0..n at which `before` stops holding, for a `before` that holds for a run
 * at the start and then never again (a binary search: the sorted lists of search, and the
 * documents in their order by date).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
