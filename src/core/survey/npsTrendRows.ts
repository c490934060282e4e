import { NpsCounts } from './nps';
import { compareNps, NpsComparison } from './npsComparison';
import { npsInterval, NpsInterval } from './npsStatistics';
import { SummaryCell, SummaryRow } from './scoreGroups';

/**
 * The rows of `NPS_TREND` (DESIGN §2), as data: the one implementation behind the custom
 * function and the Survey report's trend. Per period (from scoreGroups' `summaryRows`, no
 * total row): the NPS and its adjusted-Wald interval (npsStatistics.ts); then, against the
 * previous period that has answers, the change (this NPS − that one) and the p-value of the
 * two-sample adjusted-Wald test (npsComparison.ts); Significant when p < 1 − confidence.
 * A period with no answers has no NPS, and does not break the chain of comparisons.
 */
export interface NpsTrendRow {
  readonly label: SummaryCell;
  /** Undefined: no answer in this period. */
  readonly counts?: NpsCounts;
  readonly interval?: NpsInterval;
  /** Against the previous period with answers; undefined for the first and for empty periods. */
  readonly comparison?: NpsComparison;
  readonly significant?: boolean;
}

/** The slot of each 0–10 score among an NPS group's counts: promoters 0, passives 1, detractors 2. */
export const NPS_SLOTS = Int8Array.from({ length: 11 }, (_, score) => (score >= 9 ? 0 : score >= 7 ? 1 : 2));

/** NPS counts from a group's three slots (promoters, passives, detractors). */
export function npsCountsOf(counts: ArrayLike<number>): NpsCounts {
  const promoters = counts[0];
  const passives = counts[1];
  const detractors = counts[2];
  return { promoters, passives, detractors, responses: promoters + passives + detractors };
}

export function npsTrendRows(rows: readonly SummaryRow[], confidence = 0.95): NpsTrendRow[] {
  const result: NpsTrendRow[] = [];
  let previous: NpsCounts | undefined;
  for (const row of rows) {
    if (row.counts === undefined) {
      result.push({ label: row.label });
      continue;
    }
    const current = npsCountsOf(row.counts);
    const interval = npsInterval(current, confidence);
    if (previous === undefined) {
      result.push({ label: row.label, counts: current, interval });
    } else {
      const comparison = compareNps(current, previous);
      result.push({ label: row.label, counts: current, interval, comparison, significant: comparison.pValue < 1 - confidence });
    }
    previous = current;
  }
  return result;
}
