/**
 * The cost-vs-satisfaction matrix (DESIGN §1.5, §4): improvement projects are placed by
 * cost of implementation (x) and customer-satisfaction impact (y), split into four
 * quadrants by a cost line and an impact line:
 *
 *                 low cost          high cost
 *   high impact   Quick wins        Major projects
 *   low impact    Fill-ins          Money pits
 *
 * The lines are the medians of cost and impact unless the user sets them. A project
 * exactly on a line goes to the favourable side (lower cost, higher impact) and is
 * flagged, so that a manager knows its place is a close call.
 */
import { median } from '../quadrants/median';
import { placeInQuadrant, QuadrantCorners, SplitLine } from '../quadrants/quadrantPlacement';

export type Quadrant = 'quickWins' | 'majorProjects' | 'fillIns' | 'moneyPits';

/** The order quadrants are worked through: cheap and effective first, money pits last. */
export const QUADRANT_ORDER: readonly Quadrant[] = ['quickWins', 'majorProjects', 'fillIns', 'moneyPits'];

export interface MatrixSplits {
  readonly cost: number;
  readonly impact: number;
  /** Whether each line was set by the user (otherwise it is the median). */
  readonly costGiven: boolean;
  readonly impactGiven: boolean;
}

export interface Placement {
  readonly quadrant: Quadrant;
  /** The project sits exactly on the cost line and was counted as low cost. */
  readonly onCostLine: boolean;
  /** The project sits exactly on the impact line and was counted as high impact. */
  readonly onImpactLine: boolean;
}

/** The split lines: the user's values where given, otherwise the medians. */
export function matrixSplits(
  projects: ReadonlyArray<{ readonly cost: number; readonly impact: number }>,
  given: { readonly cost?: number; readonly impact?: number } = {},
): MatrixSplits {
  if (projects.length === 0 && (given.cost === undefined || given.impact === undefined)) {
    throw new Error('the matrix needs at least one project to find its split lines');
  }
  return {
    cost: given.cost ?? median(projects.map((p) => p.cost)),
    impact: given.impact ?? median(projects.map((p) => p.impact)),
    costGiven: given.cost !== undefined,
    impactGiven: given.impact !== undefined,
  };
}

/** Where each quadrant sits: cost on x (low left), impact on y (high on top). */
export const COST_SATISFACTION_CORNERS: QuadrantCorners<Quadrant> = { topLeft: 'quickWins', topRight: 'majorProjects', bottomLeft: 'fillIns', bottomRight: 'moneyPits' };

/** The split lines as the shared 2×2 placement reads them: on a line counts as low cost, high impact. */
export function costSatisfactionLines(splits: MatrixSplits): { readonly cost: SplitLine; readonly impact: SplitLine } {
  return { cost: { at: splits.cost, onLine: 'low' }, impact: { at: splits.impact, onLine: 'high' } };
}

export function placeProject(cost: number, impact: number, splits: MatrixSplits): Placement {
  const lines = costSatisfactionLines(splits);
  const placed = placeInQuadrant(cost, impact, lines.cost, lines.impact, COST_SATISFACTION_CORNERS);
  return { quadrant: placed.quadrant, onCostLine: placed.onXLine, onImpactLine: placed.onYLine };
}
