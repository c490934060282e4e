import { ScoreScale } from './scoreScale';

/**
 * Customer Effort Score, CES 2.0 (CEB, now Gartner: M. Dixon, K. Freeman, N. Toman, "Stop
 * Trying to Delight Your Customers", HBR 2010; CES 2.0, 2013). Customers rate agreement
 * with "The company made it easy for me to handle my issue" on a 1–7 scale (1 = strongly
 * disagree, 7 = strongly agree; a 1–5 variant is common): higher means easier.
 *
 *     mean = Σ scores / n                              (on the 1–7 or 1–5 scale)
 *     easy = 100 · (scores 5–7, or 4–5 on 1–5) / n     (% agree)
 *     net  = easy − 100 · (scores 1–3, or 1–2 on 1–5) / n
 *
 * The middle answer (4 on 1–7, 3 on 1–5) is neither easy nor difficult.
 */
export const CES_SCALE_SIZES = [5, 7] as const;
export type CesScaleSize = (typeof CES_SCALE_SIZES)[number];
export const CES_METHODS = ['mean', 'easy', 'net'] as const;
export type CesMethod = (typeof CES_METHODS)[number];

export function cesScale(size: CesScaleSize): ScoreScale {
  return { min: 1, max: size, wholePoints: true, name: `1–${size} effort score` };
}

/** The lowest easy answer and the highest difficult one on a scale. */
function bounds(size: CesScaleSize): { easyFrom: number; difficultTo: number } {
  return size === 7 ? { easyFrom: 5, difficultTo: 3 } : { easyFrom: 4, difficultTo: 2 };
}

export interface CesCounts {
  readonly sum: number;
  readonly easy: number;
  readonly difficult: number;
  readonly responses: number;
}

/** Sums and classifies validated scores of one scale in one pass; NaN (no score) is skipped. */
export function countCes(scores: ArrayLike<number>, size: CesScaleSize): CesCounts {
  const { easyFrom, difficultTo } = bounds(size);
  let sum = 0;
  let easy = 0;
  let difficult = 0;
  let responses = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score !== score) continue; // NaN: a cell with no score
    sum += score;
    responses++;
    if (score >= easyFrom) easy++;
    else if (score <= difficultTo) difficult++;
  }
  return { sum, easy, difficult, responses };
}

/** The CES by one method: the mean on the scale, or % easy, or net % easy − % difficult, in points. */
export function cesFromCounts(counts: CesCounts, method: CesMethod): number {
  if (counts.responses === 0) throw new Error('CES needs at least one response');
  switch (method) {
    case 'mean':
      return counts.sum / counts.responses;
    case 'easy':
      return (100 * counts.easy) / counts.responses;
    case 'net':
      return (100 * (counts.easy - counts.difficult)) / counts.responses;
  }
}
