/**
 * The ranked project list of the cost-vs-satisfaction tab (DESIGN §4): quadrant by
 * quadrant (Quick wins, Major projects, Fill-ins, Money pits); within a quadrant by impact
 * per cost, highest first — a project that costs nothing comes first and has no impact
 * per cost (it is not a number) — and then by name.
 */
import { decimalRound } from '../tables/decimalRound';
import { compareNames } from '../tabs/nameOrder';
import { OutputLocale } from '../tabs/outputLocale';
import { QUADRANT_ORDER, Quadrant } from './costSatisfactionQuadrant';

export interface RankableProject {
  readonly name: string;
  readonly cost: number;
  readonly impact: number;
  readonly quadrant: Quadrant;
}

/** impact ÷ cost, or undefined for a project that costs nothing (shown blank). */
export function impactPerCost(project: { readonly cost: number; readonly impact: number }): number | undefined {
  return project.cost === 0 ? undefined : project.impact / project.cost;
}

/** The projects in rank order (rank 1 first), names in the alphabetical order of the tab's language; the input is not changed. */
export function rankProjects<P extends RankableProject>(projects: readonly P[], locale: OutputLocale = 'en'): P[] {
  const byName = compareNames(locale);
  // Cost 0 first; ratios compared as decimals, so 0.3 / 3 and 1 / 10 tie and go by name.
  const sortKey = (p: P) => decimalRound(impactPerCost(p) ?? Infinity);
  return [...projects].sort(
    (a, b) =>
      QUADRANT_ORDER.indexOf(a.quadrant) - QUADRANT_ORDER.indexOf(b.quadrant) ||
      (sortKey(a) === sortKey(b) ? 0 : sortKey(b) > sortKey(a) ? 1 : -1) ||
      byName(a.name, b.name),
  );
}
