import { meanScore, valuationFromMeanScore } from '../core/journey/touchpointValuation';
import { ScoreScale } from '../core/survey/scoreScale';
import { readNumberSetting } from './optionalArgument';
import { noScoresError, readScores, SheetsArgument } from './sheetsArgument';

/**
 * The −2..+2 touchpoint valuation that a survey's mean score maps to, linearly: the scale's
 * minimum gives −2, its midpoint 0 (what customers expect), its maximum +2. Use it to turn a
 * touchpoint's survey answers into the valuation of the journey map.
 *
 * @param scores The survey answers about one touchpoint, each from scale_min to scale_max, e.g. F2:F.
 * @param scale_min The lowest answer of the survey scale (default 1).
 * @param scale_max The highest answer of the survey scale (default 5); must be above scale_min.
 * @return The valuation from −2 to +2, not rounded: −2 + 4 × (mean − scale_min) / (scale_max − scale_min).
 * @example =TOUCHPOINT_VALUE({4;5;4;3}) returns 1 (mean 4 on 1–5: −2 + 4 × 3/4)
 * @example =TOUCHPOINT_VALUE({0;10;5}, 0, 10) returns 0 (mean 5, the midpoint of 0–10)
 * @example =TOUCHPOINT_VALUE({1;2}, 1, 7) returns ≈-1.667 (mean 1.5 on 1–7: −2 + 4 × 0.5/6 = −2 + 0.333)
 * @throws when a score is outside scale_min..scale_max, when there is no score, or when scale_min is not below scale_max (the error names the argument at fault)
 * @customfunction
 */
export function TOUCHPOINT_VALUE(scores: SheetsArgument, scale_min?: SheetsArgument, scale_max?: SheetsArgument): number {
  const min = readNumberSetting('TOUCHPOINT_VALUE', 'scale_min', scale_min, 1, () => true, 'a number');
  const max = readNumberSetting('TOUCHPOINT_VALUE', 'scale_max', scale_max, NaN, (value) => value > min, `numbers above scale_min (${min})`);
  if (max !== max && min >= DEFAULT_SCALE_MAX) {
    // scale_max left out: its default cannot sit above this scale_min, so scale_min is at fault.
    throw new Error(
      `TOUCHPOINT_VALUE: scale_min ${min} is not allowed with the default scale_max ${DEFAULT_SCALE_MAX}; allowed: numbers below ${DEFAULT_SCALE_MAX}, or give scale_max too`,
    );
  }
  return valuation(scores, min, max !== max ? DEFAULT_SCALE_MAX : max);
}

const DEFAULT_SCALE_MAX = 5;

function valuation(scores: SheetsArgument, min: number, max: number): number {
  const scale: ScoreScale = { min, max, wholePoints: false, name: `${min}–${max} score` };
  const cells = readScores('TOUCHPOINT_VALUE', 'scores', scores, scale);
  if (cells.count === 0) throw noScoresError('TOUCHPOINT_VALUE', 'scores', scale);
  return valuationFromMeanScore(meanScore(cells.values)!, min, max);
}
