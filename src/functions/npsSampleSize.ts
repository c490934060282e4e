import { npsSampleSize } from '../core/survey/npsSampleSize';
import { readConfidence } from './npsMoe';
import { readNumberSetting } from './optionalArgument';
import { SheetsArgument } from './sheetsArgument';

/** A share as Reach is read (DESIGN §3): a number up to 1 is a fraction, above 1 a percentage; NaN when left out. */
function readShare(name: string, arg: SheetsArgument): number {
  const value = readNumberSetting('NPS_SAMPLE_SIZE', name, arg, NaN, (v) => v >= 0 && v <= 100, 'a share from 0 to 1 (0.4), or a percentage above 1 up to 100 (40)');
  return value > 1 ? value / 100 : value;
}

/**
 * How many answers an NPS needs for its margin of error to be at most margin points: the
 * smallest n whose adjusted-Wald margin (as NPS_MOE gives it) is within margin, found by search,
 * with the expected shares of promoters and detractors (n·p promoters and n·d detractors:
 * p̃ = (n·p+¾)/(n+3), d̃ = (n·d+¾)/(n+3), margin z·√(ṽ/(n+3))·100). Without the shares, the worst
 * case (half promoters, half detractors): n = ⌈z²/(margin/100)² − 3⌉. The adjustment is calibrated
 * for 95%.
 *
 * @param margin The widest acceptable margin, in NPS points, from 0.5 to 50 (e.g. 5 for ±5).
 * @param confidence The confidence level, between 0 and 1 (default 0.95, i.e. 95%; the adjustment is calibrated for 95%).
 * @param promoters The expected share of promoters: 0.4 or 40 for 40%. Give both shares or neither.
 * @param detractors The expected share of detractors: 0.2 or 20 for 20%; promoters + detractors at most 100%.
 * @return The number of answers needed, a whole number.
 * @example =NPS_SAMPLE_SIZE(5) returns 1534 (worst case: ⌈1.96² / 0.05² − 3⌉ = ⌈1533.6⌉)
 * @example =NPS_SAMPLE_SIZE(5, 0.95, 0.95, 0) returns 120 (95% promoters expected; the closed formula with unadjusted shares would say 70)
 * @example =NPS_SAMPLE_SIZE(10, 0.95, 50, 20) returns 232
 * @throws when margin is not from 0.5 to 50, when confidence is not between 0 and 1, when a share is not from 0 to 100%, when only one share is given, or when the shares add up to more than 100%
 * @customfunction
 */
export function NPS_SAMPLE_SIZE(margin: SheetsArgument, confidence?: SheetsArgument, promoters?: SheetsArgument, detractors?: SheetsArgument): number {
  const width = readNumberSetting('NPS_SAMPLE_SIZE', 'margin', margin, NaN, (m) => m >= 0.5 && m <= 50, 'NPS points from 0.5 to 50, e.g. 5 for ±5');
  if (width !== width) throw new Error('NPS_SAMPLE_SIZE: margin is missing; allowed: NPS points from 0.5 to 50, e.g. 5 for ±5');
  const level = readConfidence('NPS_SAMPLE_SIZE', confidence);
  const p = readShare('promoters', promoters);
  const d = readShare('detractors', detractors);
  if ((p !== p) !== (d !== d)) {
    throw new Error(`NPS_SAMPLE_SIZE: ${p !== p ? 'detractors' : 'promoters'} is given without ${p !== p ? 'promoters' : 'detractors'}; give both expected shares, or neither for the worst case`);
  }
  if (p !== p) return npsSampleSize(width, level);
  if (p + d > 1 + 1e-12) {
    throw new Error(`NPS_SAMPLE_SIZE: promoters ${+(100 * p).toFixed(6)}% and detractors ${+(100 * d).toFixed(6)}% add up to more than 100%; allowed: shares whose sum is at most 100%`);
  }
  return npsSampleSize(width, level, { promoters: p, detractors: d });
}
