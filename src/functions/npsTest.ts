import { npsWaldTest } from '../core/survey/npsStatistics';
import { readNpsCounts } from './nps';
import { SheetsArgument } from './sheetsArgument';

/**
 * Whether two NPS differ by more than chance: the two-sided p-value of the two-sample Wald test
 * of NPS(a) = NPS(b), z = (NPS_a − NPS_b) / √(SE_a² + SE_b²) with SE = 100·√(((p+d) − (p−d)²)/n).
 * A p-value below 0.05 means the difference is significant at 95%. The samples must be
 * independent (different respondents), e.g. two quarters or two segments.
 *
 * @param scores_a The 0–10 answers of the first sample, e.g. B2:B.
 * @param scores_b The 0–10 answers of the second sample, e.g. C2:C.
 * @return The two-sided p-value, from 0 to 1.
 * @example =NPS_TEST({10;10;10;10;10;7;7;7;0;0}, {10;7;7;0;0;0;0;0;0;0}) returns ≈0.0055 (NPS 30 vs −60, z = 2.78)
 * @throws when a score is not a whole number from 0 to 10, when a sample has no score, or when both samples have every answer in one class (no spread to test)
 * @customfunction
 */
export function NPS_TEST(scores_a: SheetsArgument, scores_b: SheetsArgument): number {
  const a = readNpsCounts('NPS_TEST', 'scores_a', scores_a);
  const b = readNpsCounts('NPS_TEST', 'scores_b', scores_b);
  try {
    return npsWaldTest(a, b).pValue;
  } catch (error) {
    throw new Error(`NPS_TEST: ${(error as Error).message}`);
  }
}
