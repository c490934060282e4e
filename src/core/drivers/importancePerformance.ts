/**
 * Importance–performance analysis (Martilla & James 1977, "Importance-performance
 * analysis", *Journal of Marketing* 41(1):77–79): each driver sits in one quadrant of
 * importance × performance, and the quadrant says what to do about it.
 *
 * With k drivers, importance is high when a driver's share of R² is at least the equal
 * share, Importance % ≥ 100/k (within 1e-9, so that k equally important drivers are all
 * high); performance is high when the driver's mean rating is at least the average of the
 * k drivers' means (within 1e-9 of that average's size, so equal means are all high):
 *
 *   high importance, low performance  → Concentrate here
 *   high importance, high performance → Keep up the good work
 *   low importance,  high performance → Possible overkill (the over-serving the method warns about)
 *   low importance,  low performance  → Low priority
 */
export type Priority = 'concentrate' | 'keepUp' | 'overkill' | 'low';

export const PRIORITIES: readonly Priority[] = ['concentrate', 'keepUp', 'overkill', 'low'];

const TOLERANCE = 1e-9;

/** True when `importance` (in %, 0..100) is at least the equal share of k drivers. */
export function isHighImportance(importance: number, k: number): boolean {
  return importance >= 100 / k - TOLERANCE;
}

/** True when `mean` is at least `averageMean`, the average of the drivers' means. */
export function isHighPerformance(mean: number, averageMean: number): boolean {
  return mean >= averageMean - TOLERANCE * Math.max(1, Math.abs(averageMean));
}

export function priorityOf(importance: number, mean: number, k: number, averageMean: number): Priority {
  const important = isHighImportance(importance, k);
  const performing = isHighPerformance(mean, averageMean);
  if (important) return performing ? 'keepUp' : 'concentrate';
  return performing ? 'overkill' : 'low';
}
