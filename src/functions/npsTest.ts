import { compareNps } from '../core/survey/npsComparison';
import { readNpsCounts } from './nps';
import { readIntervalMethod } from './npsMoe';
import { SheetsArgument } from './sheetsArgument';

/**
 * Whether two NPS differ by more than chance: the two-sided p-value of the two-sample test of
 * NPS(a) = NPS(b). By default the adjusted-Wald test (Rocks 2016): z = (NPS̃a − NPS̃b) /
 * √(ṽa/(na+3) + ṽb/(nb+3)), with each sample's ¾ promoter, ¾ detractor and 1½ passives added as in
 * NPS_CI; it keeps its error rate near the nominal one at small samples (the adjustment is calibrated
 * for 95%, i.e. for reading p against 0.05). method "wald" uses the
 * unadjusted shares, z = (NPSa − NPSb) / √(va/na + vb/nb). A p-value below 0.05 means the difference
 * is significant at 95%. The samples must be independent (different respondents), e.g. two quarters
 * or two segments. Always a number: when neither sample has any spread (Wald only), the p-value is 1
 * if the two NPS are equal and 0 if they differ.
 *
 * @param scores_a The 0–10 answers of the first sample, e.g. B2:B.
 * @param scores_b The 0–10 answers of the second sample, e.g. C2:C.
 * @param method "adjusted" (default, adjusted Wald) or "wald" (plain Wald).
 * @return The two-sided p-value, from 0 to 1.
 * @example =NPS_TEST({10;10;10;10;10;7;7;7;0;0}, {10;7;7;0;0;0;0;0;0;0}) returns ≈0.0183 (NPS̃ 23.08 vs −46.15, z = 2.36)
 * @example =NPS_TEST({10;10;10;10;10;7;7;7;0;0}, {10;7;7;0;0;0;0;0;0;0}, "wald") returns ≈0.0055 (NPS 30 vs −60, z = 2.78)
 * @throws when a score is not a whole number from 0 to 10, when a sample has no score, or when method is not "adjusted" or "wald"
 * @customfunction
 */
export function NPS_TEST(scores_a: SheetsArgument, scores_b: SheetsArgument, method?: SheetsArgument): number {
  const how = readIntervalMethod('NPS_TEST', method);
  const a = readNpsCounts('NPS_TEST', 'scores_a', scores_a);
  const b = readNpsCounts('NPS_TEST', 'scores_b', scores_b);
  return compareNps(a, b, how).pValue;
}
