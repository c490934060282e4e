/**
 * npm run coverage: how often the NPS interval covers the true NPS, measured exactly — not by
 * simulation — for the README's "How sure is this NPS?".
 *
 * For n answers drawn from a population with promoter share p and detractor share d, every
 * possible sample is P promoters, D detractors and n − P − D passives, with the multinomial
 * probability
 *
 *     Pr(P, D) = n! / (P! D! (n − P − D)!) · p^P · d^D · (1 − p − d)^(n − P − D)
 *
 * (computed through log-factorials, so n = 100 is as exact as n = 10). The coverage of an
 * interval method is Σ Pr(P, D) over the samples whose interval (core/survey/npsStatistics,
 * the very code NPS_CI runs) contains the true NPS 100·(p − d). A 95% interval should cover
 * about 95% of the time.
 *
 * Prints one table per method and confidence: adjusted Wald and Wald at 95%, adjusted Wald at
 * 90% (for which the +3 adjustment is not calibrated).
 */
import { NpsCounts } from '../src/core/survey/nps';
import { npsInterval, NpsIntervalMethod } from '../src/core/survey/npsStatistics';

export const SIZES = [10, 20, 30, 50, 100] as const;
/** (promoters, detractors) shares of the population. */
export const SHARES: readonly (readonly [number, number])[] = [
  [0.95, 0],
  [0.9, 0.02],
  [0.8, 0.05],
  [0.8, 0],
  [0.5, 0.2],
  [0.33, 0.33],
  [0.2, 0.1],
  [0.05, 0.9],
];

/** ln k! for k = 0..n. */
function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) table[k] = table[k - 1] + Math.log(k);
  return table;
}

/** k·ln(share), with 0·ln 0 = 0 (a share of 0 makes every sample with k > 0 impossible: −∞). */
const logPower = (share: number, k: number) => (k === 0 ? 0 : share === 0 ? -Infinity : k * Math.log(share));

export function exactCoverage(n: number, p: number, d: number, confidence: number, method: NpsIntervalMethod): number {
  const lf = logFactorials(n);
  const truth = 100 * (p - d);
  const q = Math.max(0, 1 - p - d);
  let covered = 0;
  for (let promoters = 0; promoters <= n; promoters++) {
    for (let detractors = 0; promoters + detractors <= n; detractors++) {
      const passives = n - promoters - detractors;
      const logProbability = lf[n] - lf[promoters] - lf[detractors] - lf[passives] + logPower(p, promoters) + logPower(d, detractors) + logPower(q, passives);
      if (logProbability === -Infinity) continue;
      const counts: NpsCounts = { promoters, passives, detractors, responses: n };
      const interval = npsInterval(counts, confidence, method);
      // 1e-9 points of slack: a bound that equals the truth up to rounding covers it.
      if (interval.lower <= truth + 1e-9 && truth - 1e-9 <= interval.upper) covered += Math.exp(logProbability);
    }
  }
  return covered;
}

function table(confidence: number, method: NpsIntervalMethod): string[] {
  const head = ['promoters, detractors', ...SIZES.map((n) => `n = ${n}`)];
  const rows = SHARES.map(([p, d]) => [`${p}, ${d} (NPS ${Math.round(100 * (p - d))})`, ...SIZES.map((n) => `${(100 * exactCoverage(n, p, d, confidence, method)).toFixed(1)}%`)]);
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

function main(): void {
  const runs: [number, NpsIntervalMethod, string][] = [
    [0.95, 'adjusted', 'Adjusted Wald (NPS_CI, NPS_MOE default), 95%'],
    [0.95, 'wald', 'Wald (method "wald"), 95%'],
    [0.9, 'adjusted', 'Adjusted Wald at 90% (the adjustment is calibrated for 95%)'],
  ];
  console.log('Exact coverage of the NPS interval: the chance that it contains the true NPS, summed over every possible sample.\n');
  for (const [confidence, method, title] of runs) {
    console.log(`${title}\n`);
    console.log(table(confidence, method).join('\n'));
    console.log('');
  }
}

if (require.main === module) main();
