import { ScoreScale } from './scoreScale';

/**
 * Customer Satisfaction Score (CSAT): the share of satisfied answers to "How satisfied were
 * you with …?" on a 1–5, 1–7 or 1–10 scale (ACSI and common practice):
 *
 *     CSAT = 100 · (scores ≥ satisfied_from) / n      in points, 0..100
 *
 * By default satisfied means the top two boxes, satisfied_from = scale − 1 (4–5 on 1–5,
 * 6–7 on 1–7, 9–10 on 1–10).
 */
export const CSAT_SCALE_SIZES = [5, 7, 10] as const;
export type CsatScaleSize = (typeof CSAT_SCALE_SIZES)[number];

export function csatScale(size: CsatScaleSize): ScoreScale {
  return { min: 1, max: size, wholePoints: true, name: `1–${size} satisfaction score` };
}

/** The top-2-box threshold: the second-highest answer of the scale. */
export function topTwoBoxFrom(size: CsatScaleSize): number {
  return size - 1;
}

export interface CsatCounts {
  readonly satisfied: number;
  readonly responses: number;
}

/** Counts validated scores and the satisfied ones in one pass; NaN (no score) is skipped. */
export function countCsat(scores: ArrayLike<number>, satisfiedFrom: number): CsatCounts {
  let satisfied = 0;
  let responses = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score !== score) continue; // NaN: a cell with no score
    responses++;
    if (score >= satisfiedFrom) satisfied++;
  }
  return { satisfied, responses };
}

/** CSAT in points from counts; an empty sample has no CSAT. */
export function csatFromCounts(counts: CsatCounts): number {
  if (counts.responses === 0) throw new Error('CSAT needs at least one response');
  return (100 * counts.satisfied) / counts.responses;
}
