import { DriversError, MIN_DRIVER_ANSWERS } from './driversProblem';
import { Priority, priorityOf } from './importancePerformance';
import { pairCorrelation, pairCount, pairwiseMoments, variableMean } from './pairwiseMoments';
import { relativeWeights } from './relativeWeights';
import { compareText } from '../survey/groupOrder';

/**
 * Key-driver analysis (DESIGN §2, `DRIVERS`): which drivers — usually touchpoints'
 * satisfaction ratings — move an outcome such as NPS, and what to do about each.
 *
 * 1. One pass gathers pairwise-complete sums (pairwiseMoments.ts) over the rows that have
 *    an outcome; each correlation uses the rows where both of its columns have a number.
 * 2. The data are checked, each failure naming the drivers or counts involved
 *    (driversProblem.ts): at least k + 2 rows used; each driver ≥ 3 answers and not
 *    constant; the outcome not constant; each pair of drivers answered together ≥ 3 times,
 *    varying there, and not a duplicate (|r| = 1).
 * 3. Johnson's relative weights ε_j and R² = Σ ε_j (relativeWeights.ts).
 * 4. Importance % = ε_j / R² × 100 (so they add up to 100); Mean = the driver's mean over
 *    the rows with an outcome; Priority by importance × performance (importancePerformance.ts).
 *
 * Drivers come back most important first; equal importance (within 1e-9 points) by label.
 */
export interface DriverResult {
  /** The driver's column, 0-based. */
  readonly column: number;
  readonly label: string;
  /** The driver's answers in rows with an outcome. */
  readonly responses: number;
  /** Pearson r with the outcome, over the rows where both have a number. */
  readonly correlation: number;
  /** Johnson's raw relative weight ε_j: the share of the outcome's variance it accounts for. */
  readonly weight: number;
  /** ε_j / R² × 100. */
  readonly importance: number;
  readonly mean: number;
  readonly priority: Priority;
}

export interface DriverAnalysis {
  /** Most important first. */
  readonly drivers: readonly DriverResult[];
  readonly rSquared: number;
  /** The rows used: an outcome and at least one driver answered. */
  readonly responses: number;
}

/** |r| at least this close to 1 is a duplicated (or mirrored) driver. */
const PERFECT = 1 - 1e-12;
/** Importance % closer than this is a tie, broken by label. */
const TIE = 1e-9;

/**
 * `outcome[i]`: row i's outcome; `ratings[i·k + j]`: its answer for driver j; NaN for none.
 * `labels` has one (unique) label per driver, for results and messages. Throws a
 * DriversError when the data cannot support the analysis.
 */
export function analyseDrivers(outcome: Float64Array, ratings: Float64Array, rows: number, labels: readonly string[]): DriverAnalysis {
  const k = labels.length;
  const moments = pairwiseMoments(outcome, ratings, rows, k);
  const fail = (problem: ConstructorParameters<typeof DriversError>[0]): never => {
    throw new DriversError(problem);
  };

  if (moments.rowsUsed < k + 2) fail({ kind: 'tooFewRows', rows: moments.rowsUsed, drivers: k });
  for (let j = 1; j <= k; j++) {
    const answers = pairCount(moments, j, j);
    if (answers < MIN_DRIVER_ANSWERS) fail({ kind: 'tooFewAnswers', driver: labels[j - 1], answers });
    if (moments.min[j] === moments.max[j]) fail({ kind: 'constantDriver', driver: labels[j - 1], value: moments.min[j] });
  }
  if (moments.min[0] === moments.max[0]) fail({ kind: 'constantOutcome', value: moments.min[0] });

  const correlations = new Float64Array(k * k);
  for (let a = 1; a <= k; a++) {
    correlations[(a - 1) * k + (a - 1)] = 1;
    for (let b = a + 1; b <= k; b++) {
      const pair = [labels[a - 1], labels[b - 1]] as const;
      const together = pairCount(moments, a, b);
      if (together < MIN_DRIVER_ANSWERS) fail({ kind: 'tooFewPairAnswers', drivers: pair, rows: together });
      const r = pairCorrelation(moments, a, b);
      if (r === undefined) return fail({ kind: 'pairWithoutVariation', drivers: pair, rows: together });
      if (Math.abs(r) >= PERFECT) fail({ kind: 'duplicate', drivers: pair, rows: together, negative: r < 0 });
      correlations[(a - 1) * k + (b - 1)] = r;
      correlations[(b - 1) * k + (a - 1)] = r;
    }
  }
  const withOutcome = new Float64Array(k);
  for (let j = 1; j <= k; j++) {
    const r = pairCorrelation(moments, 0, j);
    if (r === undefined) return fail({ kind: 'outcomeConstantForDriver', driver: labels[j - 1], rows: pairCount(moments, 0, j) });
    withOutcome[j - 1] = r;
  }

  const result = relativeWeights(correlations, withOutcome, k);
  if (!result.ok) {
    if (result.kind === 'rSquaredAboveOne') return fail({ kind: 'rSquaredAboveOne', rSquared: result.rSquared });
    return fail({ kind: result.kind, drivers: result.drivers.map((j) => labels[j]) });
  }
  const { weights, rSquared } = result;
  if (!(rSquared > 0)) fail({ kind: 'nothingExplained' });

  const means = Array.from({ length: k }, (_, j) => variableMean(moments, j + 1));
  const averageMean = means.reduce((sum, mean) => sum + mean, 0) / k;
  const drivers: DriverResult[] = labels.map((label, j) => {
    const importance = (weights[j] / rSquared) * 100;
    return {
      column: j,
      label,
      responses: pairCount(moments, j + 1, j + 1),
      correlation: withOutcome[j],
      weight: weights[j],
      importance,
      mean: means[j],
      priority: priorityOf(importance, means[j], k, averageMean),
    };
  });
  drivers.sort((a, b) => (Math.abs(a.importance - b.importance) > TIE ? b.importance - a.importance : compareText(a.label, b.label)));
  return { drivers, rSquared, responses: moments.rowsUsed };
}
