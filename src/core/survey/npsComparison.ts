import { NpsCounts, npsFromCounts } from './nps';
import { twoSidedPValue } from './normalDistribution';
import { npsEstimate, NpsIntervalMethod } from './npsStatistics';

/**
 * Whether two independent samples have the same NPS: the two-sample z test on the +1/0/−1
 * scores, with the interval's estimates (npsStatistics):
 *
 *     adjusted:  z = (NPS̃a − NPS̃b) / √(ṽa/(na + 3) + ṽb/(nb + 3))
 *     Wald:      z = (NPSa − NPSb) / √(va/na + vb/nb)
 *     p-value  = 2·Φ(−|z|)                       (two-sided)
 *
 * (B. Rocks, The American Statistician 70, 2016, who shows the adjusted form keeps the
 * nominal error rate where the Wald form rejects a true null too often at small n; J. Sauro,
 * MeasuringU, "How to statistically compare two Net Promoter Scores".) The adjusted
 * standard error is never 0. The Wald one is 0 when both samples have every answer in one
 * class; the p-value is then 1 when the two NPS are equal and 0 when they differ, so the test
 * always answers with a number.
 */
export interface NpsComparison {
  /** NPS(a) − NPS(b) in points, of the answers as they are (not adjusted). */
  readonly difference: number;
  readonly z: number;
  /** Two-sided p-value of NPS(a) = NPS(b). */
  readonly pValue: number;
}

export function compareNps(a: NpsCounts, b: NpsCounts, method: NpsIntervalMethod = 'adjusted'): NpsComparison {
  const difference = npsFromCounts(a) - npsFromCounts(b);
  const ea = npsEstimate(a, method);
  const eb = npsEstimate(b, method);
  const standardError = Math.sqrt(ea.variance / ea.size + eb.variance / eb.size);
  const gap = ea.centre - eb.centre;
  if (standardError === 0) {
    // Only Wald, each sample all in one class: no spread to test against.
    const equal = difference === 0;
    return { difference, z: equal ? 0 : gap > 0 ? Infinity : -Infinity, pValue: equal ? 1 : 0 };
  }
  const z = gap / standardError;
  return { difference, z, pValue: twoSidedPValue(z) };
}
