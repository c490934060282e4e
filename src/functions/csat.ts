import { countCsat, CSAT_SCALE_SIZES, csatFromCounts, csatScale, topTwoBoxFrom } from '../core/survey/csat';
import { readNumberChoice, readNumberSetting } from './optionalArgument';
import { noScoresError, readScores, SheetsArgument } from './sheetsArgument';

/**
 * Customer Satisfaction Score: the percentage of satisfied answers, those at or above
 * satisfied_from, on a 1–5, 1–7 or 1–10 scale. By default satisfied means the top two boxes
 * (4–5 on a 5-point scale, 6–7 on 7 points, 9–10 on 10 points).
 *
 * @param scores The answers, from 1 to the scale's number of points, e.g. D2:D.
 * @param scale The number of points of the scale: 5 (default), 7 or 10.
 * @param satisfied_from The lowest answer that counts as satisfied, a whole number on the scale (default: scale − 1, the top two boxes).
 * @return The share of satisfied answers in points, from 0 to 100, not rounded.
 * @example =CSAT({5;4;3;2}) returns 50 (4 and 5 are the top two boxes: 2 of 4)
 * @example =CSAT({5;4;3;2}, 5, 3) returns 75 (3, 4 and 5 count: 3 of 4)
 * @example =CSAT({10;9;8;7;1}, 10) returns 40 (9–10: 2 of 5)
 * @throws when a score is not a whole number on the scale, when there is no score, or when scale or satisfied_from is not allowed
 * @customfunction
 */
export function CSAT(scores: SheetsArgument, scale?: SheetsArgument, satisfied_from?: SheetsArgument): number {
  const size = readNumberChoice('CSAT', 'scale', scale, CSAT_SCALE_SIZES, 5);
  const threshold = readNumberSetting(
    'CSAT',
    'satisfied_from',
    satisfied_from,
    topTwoBoxFrom(size),
    (value) => Number.isInteger(value) && value >= 1 && value <= size,
    `whole numbers from 1 to ${size} (the scale)`,
  );
  const scoreScale = csatScale(size);
  const cells = readScores('CSAT', 'scores', scores, scoreScale);
  if (cells.count === 0) throw noScoresError('CSAT', 'scores', scoreScale);
  return csatFromCounts(countCsat(cells.values, threshold));
}
