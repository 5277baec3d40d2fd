// Bisection over sorted spans or mentions: several analysis steps need the first one at or after an offset.

/** The first index in [0, length) for which `isBefore` is false; `isBefore` must hold for a prefix of the indexes only. */
export function firstNotBefore(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
