/**
 * A project's customer-satisfaction impact when the team has not estimated it
 * (DESIGN §3): the sum, over the touchpoints the project lifts, of each touchpoint's gap
 * to its target times its reach (the share of customers who meet it):
 *
 *     impact = Σ max(gap, 0) × reach
 *
 * An over-served touchpoint (negative gap) counts 0: lowering it is no satisfaction gain.
 * A touchpoint not yet valued has no gap and adds nothing; it is reported so the team
 * values it. So fixing a −2 touchpoint that 40% of customers meet adds 2 × 0.4 = 0.8.
 */
import { decimalRound } from '../tables/decimalRound';
import { touchpointGap } from '../journey/touchpointValuation';

export interface ImpactTouchpoint {
  readonly name: string;
  /** Current valuation −2..+2, undefined when not yet valued. */
  readonly current: number | undefined;
  /** The team's target, undefined for the default target. */
  readonly target: number | undefined;
  /** Share of customers who meet the touchpoint, 0..1. */
  readonly reach: number;
}

export interface ComputedImpact {
  readonly impact: number;
  /** Linked touchpoints that added nothing because they are not valued yet. */
  readonly unvalued: readonly string[];
}

export function computeImpact(linked: readonly ImpactTouchpoint[]): ComputedImpact {
  let impact = 0;
  const unvalued: string[] = [];
  for (const touchpoint of linked) {
    if (touchpoint.current === undefined) {
      unvalued.push(touchpoint.name);
      continue;
    }
    impact += Math.max(touchpointGap(touchpoint.current, touchpoint.target), 0) * touchpoint.reach;
  }
  // As a person adds the decimal reaches (0.7 + 0.1 = 0.8), so the impact sits on a line at 0.8.
  return { impact: decimalRound(impact), unvalued };
}
