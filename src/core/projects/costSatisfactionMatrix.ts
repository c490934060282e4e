import { matrixSplits, MatrixSplits, Placement, placeProject, Quadrant, QUADRANT_ORDER } from './costSatisfactionQuadrant';
import { OutputLocale } from '../tabs/outputLocale';
import { PROBLEM_TEXTS } from '../tables/problemTexts';
import { computeImpact } from './projectImpact';
import { impactPerCost, rankProjects } from './projectRanking';
import { ProjectRow, ProjectType } from './projectsTable';
import { TableProblem } from '../tables/tableProblem';
import { TouchpointRow } from '../journey/touchpointsTable';

/**
 * The cost-vs-satisfaction matrix's model (DESIGN §3–§4): every project with its impact
 * (the team's figure when given, else computed from the touchpoints it lifts: Σ max(gap,
 * 0) × reach, reach blank = 1), its quadrant against the split lines (medians unless the
 * user sets them; a project on a line goes to the favourable side and is flagged), and
 * the ranked order (quadrant, impact per cost, name).
 */
export interface MatrixProject {
  readonly sheetRow: number;
  readonly name: string;
  readonly cost: number;
  readonly impact: number;
  /** True when the impact was computed from the linked touchpoints (the Impact cell was blank). */
  readonly impactComputed: boolean;
  /** Undefined when the project costs nothing. */
  readonly impactPerCost?: number;
  /** The names as the Projects table lists them. */
  readonly touchpoints: readonly string[];
  /** Linked touchpoints that are not valued yet, so added nothing to a computed impact. */
  readonly unvaluedTouchpoints: readonly string[];
  readonly type?: ProjectType;
  readonly owner?: string;
  readonly placement: Placement;
  /** 1 for the first project to do. */
  readonly rank: number;
}

export interface CostSatisfactionMatrix {
  readonly splits: MatrixSplits;
  /** Every project in rank order. */
  readonly projects: readonly MatrixProject[];
  /** The projects of each quadrant, in rank order. */
  readonly quadrants: Readonly<Record<Quadrant, readonly MatrixProject[]>>;
  readonly computedImpacts: number;
}

/** The fewest projects a matrix compares: with one, medians split nothing. */
export const MIN_MATRIX_PROJECTS = 2;

/** The problem of a Projects table with too few projects, or undefined when there are enough. */
export function tooFewProjects(sheet: string, count: number, locale: OutputLocale = 'en'): TableProblem | undefined {
  if (count >= MIN_MATRIX_PROJECTS) return undefined;
  return { sheet, problem: PROBLEM_TEXTS[locale].tooFewProjects(count), allowed: PROBLEM_TEXTS[locale].projectRows(MIN_MATRIX_PROJECTS) };
}

/**
 * The matrix of validated projects. `linked[i]` are the touchpoint rows project i lifts
 * (from linkProjects); it is needed only for projects whose impact is blank.
 */
export function buildCostSatisfactionMatrix(
  projects: readonly ProjectRow[],
  linked: readonly (readonly TouchpointRow[])[] | undefined,
  given: { readonly cost?: number; readonly impact?: number } = {},
  locale: OutputLocale = 'en',
): CostSatisfactionMatrix {
  const valued = projects.map((project, i) => {
    if (project.impact !== undefined) return { project, impact: project.impact, impactComputed: false, unvalued: [] };
    if (linked === undefined) throw new Error(`project "${project.project}" (row ${project.sheetRow}) needs its impact computed, but no touchpoints were given`);
    const computed = computeImpact(linked[i].map((t) => ({ name: t.touchpoint, current: t.valuation, target: t.target, reach: t.reach ?? 1 })));
    return { project, impact: computed.impact, impactComputed: true, unvalued: [...new Set(computed.unvalued)] };
  });
  const splits = matrixSplits(valued.map((v) => ({ cost: v.project.cost, impact: v.impact })), given);
  const placed = valued.map((v) => {
    const placement = placeProject(v.project.cost, v.impact, splits);
    return { ...v, name: v.project.project, cost: v.project.cost, quadrant: placement.quadrant, placement };
  });
  const ranked = rankProjects(placed, locale).map(
    (p, i): MatrixProject => ({
      sheetRow: p.project.sheetRow,
      name: p.name,
      cost: p.cost,
      impact: p.impact,
      impactComputed: p.impactComputed,
      impactPerCost: impactPerCost(p),
      touchpoints: p.project.touchpoints,
      unvaluedTouchpoints: p.unvalued,
      type: p.project.type,
      owner: p.project.owner,
      placement: p.placement,
      rank: i + 1,
    }),
  );
  const quadrants = Object.fromEntries(QUADRANT_ORDER.map((q) => [q, ranked.filter((p) => p.placement.quadrant === q)])) as Record<Quadrant, MatrixProject[]>;
  return { splits, projects: ranked, quadrants, computedImpacts: ranked.filter((p) => p.impactComputed).length };
}
