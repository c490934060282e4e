import { CES_METHODS, CES_SCALE_SIZES, cesFromCounts, cesScale, countCes } from '../core/survey/ces';
import { readNumberChoice, readTextChoice } from './optionalArgument';
import { noScoresError, readScores, SheetsArgument } from './sheetsArgument';

/**
 * Customer Effort Score (CES 2.0): agreement with "The company made it easy for me to handle
 * my issue", from 1 (strongly disagree) to 7 (strongly agree), or 1 to 5; higher means easier.
 * method "mean" gives the average answer; "easy" the % of easy answers (5–7, on a 5-point scale
 * 4–5); "net" the % easy minus the % difficult (1–3, on a 5-point scale 1–2).
 *
 * @param scores The 1–7 (or 1–5) answers, e.g. C2:C.
 * @param scale The number of points of the scale: 7 (default) or 5.
 * @param method "mean" (default), "easy" or "net".
 * @return The mean answer on the scale, or for "easy" and "net" a share in points (0 to 100, net −100 to 100).
 * @example =CES({7;6;4;2}) returns 4.75 (19 / 4)
 * @example =CES({7;6;4;2}, 7, "easy") returns 50 (7 and 6 are easy: 2 of 4)
 * @example =CES({7;6;4;2}, 7, "net") returns 25 (50% easy − 25% difficult)
 * @example =CES({5;4;3;1}, 5, "net") returns 25 (5 and 4 easy, 1 difficult, of 4)
 * @throws when a score is not a whole number on the scale, when there is no score, or when scale or method is not one of the allowed values
 * @customfunction
 */
export function CES(scores: SheetsArgument, scale?: SheetsArgument, method?: SheetsArgument): number {
  const size = readNumberChoice('CES', 'scale', scale, CES_SCALE_SIZES, 7);
  const how = readTextChoice('CES', 'method', method, CES_METHODS, 'mean');
  const scoreScale = cesScale(size);
  const cells = readScores('CES', 'scores', scores, scoreScale);
  if (cells.count === 0) throw noScoresError('CES', 'scores', scoreScale);
  return cesFromCounts(countCes(cells.values, size), how);
}
