import { matchKey } from '../tables/matchKey';
import { TouchpointRow } from './touchpointsTable';
import { effectiveTarget, touchpointGap, VALUATION_LEVELS } from './touchpointValuation';

/**
 * The valuation grid's model (DESIGN §1.3–1.4, §4): the journey's touchpoints with their
 * current valuation, effective target, gap and recommended action, grouped by stage and
 * path, and the summary a manager reads first.
 *
 * Journey order: stages in the order they first appear, and within a stage the rows in
 * table order. For a table whose stages are contiguous (the usual case) that is simply
 * row order; a stage that reappears further down is gathered with its first appearance,
 * so each stage is one run of columns under one merged header.
 *
 * Action, the first rule that applies (DESIGN §4):
 *   Not valued     no current valuation
 *   Fix            current < 0                 (raise every negative touchpoint to 0 first)
 *   Over-served    current > target            (over-serving is waste)
 *   Differentiate  target > current ≥ 0        (a chosen differentiator)
 *   Hold           otherwise (current = target ≥ 0)
 */
export type TouchpointAction = 'notValued' | 'fix' | 'overServed' | 'differentiate' | 'hold';

export interface GridTouchpoint {
  readonly sheetRow: number;
  readonly stage: string;
  readonly name: string;
  /** Undefined: on every path. */
  readonly path?: string;
  readonly current?: number;
  /** The effective target; the source's target when the touchpoint is not yet valued. */
  readonly target?: number;
  /** target − current; undefined when not valued. */
  readonly gap?: number;
  readonly action: TouchpointAction;
  readonly momentOfTruth: boolean;
  readonly effortPoint: boolean;
  readonly reach?: number;
  readonly owner?: string;
}

/** One emotion-grid block: the touchpoints of one path (or of the whole journey) in journey order. */
export interface GridPathBlock {
  /** Undefined when the journey has no paths: one block for all touchpoints. */
  readonly path?: string;
  readonly touchpoints: readonly GridTouchpoint[];
}

export interface StageMean {
  readonly stage: string;
  /** Mean current valuation of the stage's valued touchpoints; undefined when none is valued. */
  readonly mean?: number;
  readonly valued: number;
  readonly touchpoints: number;
}

export interface ValuationSummary {
  readonly touchpoints: number;
  /** How many touchpoints sit at each level, best first (keys of VALUATION_LEVELS). */
  readonly perLevel: readonly { readonly level: number; readonly count: number }[];
  readonly notValued: number;
  readonly meanPerStage: readonly StageMean[];
  /** Touchpoints whose action is Fix (current < 0). */
  readonly toFix: number;
  /** Touchpoints whose action is Differentiate: raised above where they are, from 0 or better. */
  readonly differentiators: readonly GridTouchpoint[];
  /** Moments of truth valued below 0: a promise the customer checks, broken. The biggest risk. */
  readonly negativeMomentsOfTruth: readonly GridTouchpoint[];
}

export interface ValuationGrid {
  readonly stages: readonly string[];
  /** Paths in order of first appearance; empty when no touchpoint has a path. */
  readonly paths: readonly string[];
  /** Every touchpoint once, in journey order. */
  readonly touchpoints: readonly GridTouchpoint[];
  readonly blocks: readonly GridPathBlock[];
  readonly summary: ValuationSummary;
}

export function touchpointAction(current: number | undefined, target: number | undefined): TouchpointAction {
  if (current === undefined) return 'notValued';
  if (current < 0) return 'fix';
  const goal = effectiveTarget(current, target);
  if (current > goal) return 'overServed';
  if (goal > current) return 'differentiate';
  return 'hold';
}

function toGridTouchpoint(row: TouchpointRow): GridTouchpoint {
  const current = row.valuation;
  return {
    sheetRow: row.sheetRow,
    stage: row.stage,
    name: row.touchpoint,
    path: row.path,
    current,
    target: current === undefined ? row.target : effectiveTarget(current, row.target),
    gap: current === undefined ? undefined : touchpointGap(current, row.target),
    action: touchpointAction(current, row.target),
    momentOfTruth: row.momentOfTruth,
    effortPoint: row.effortPoint,
    reach: row.reach,
    owner: row.owner,
  };
}

/** Distinct names in order of first appearance, compared case- and accent-insensitively; the first spelling wins. */
function firstAppearances(names: readonly (string | undefined)[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) if (name !== undefined && !seen.has(matchKey(name))) seen.set(matchKey(name), name);
  return [...seen.values()];
}

function summarise(stages: readonly string[], touchpoints: readonly GridTouchpoint[]): ValuationSummary {
  const valued = touchpoints.filter((t) => t.current !== undefined);
  // One pass over the touchpoints: a journey may have as many stages as touchpoints.
  const byStage = new Map<string, { stage: string; sum: number; valued: number; touchpoints: number }>(
    stages.map((stage) => [matchKey(stage), { stage, sum: 0, valued: 0, touchpoints: 0 }]),
  );
  for (const t of touchpoints) {
    const totals = byStage.get(matchKey(t.stage))!;
    totals.touchpoints++;
    if (t.current !== undefined) {
      totals.sum += t.current;
      totals.valued++;
    }
  }
  return {
    touchpoints: touchpoints.length,
    perLevel: VALUATION_LEVELS.map((level) => ({ level, count: valued.filter((t) => t.current === level).length })),
    notValued: touchpoints.length - valued.length,
    meanPerStage: [...byStage.values()].map(({ stage, sum, valued: count, touchpoints: all }) => ({
      stage,
      mean: count === 0 ? undefined : sum / count,
      valued: count,
      touchpoints: all,
    })),
    toFix: touchpoints.filter((t) => t.action === 'fix').length,
    differentiators: touchpoints.filter((t) => t.action === 'differentiate'),
    negativeMomentsOfTruth: touchpoints.filter((t) => t.momentOfTruth && t.current !== undefined && t.current < 0),
  };
}

/** The model of a validated Touchpoints table (rows in table order). */
export function buildValuationGrid(rows: readonly TouchpointRow[]): ValuationGrid {
  const stages = firstAppearances(rows.map((r) => r.stage));
  const stageIndex = new Map(stages.map((s, i) => [matchKey(s), i] as const));
  // Stable sort by stage: rows keep table order within their stage.
  const touchpoints = rows
    .map(toGridTouchpoint)
    .map((t, order) => ({ t, order, stage: stageIndex.get(matchKey(t.stage))! }))
    .sort((a, b) => a.stage - b.stage || a.order - b.order)
    .map(({ t }) => t);
  const paths = firstAppearances(rows.map((r) => r.path));
  const blocks: GridPathBlock[] =
    paths.length === 0
      ? [{ touchpoints }]
      : paths.map((path) => ({ path, touchpoints: touchpoints.filter((t) => t.path === undefined || matchKey(t.path) === matchKey(path)) }));
  return { stages, paths, touchpoints, blocks, summary: summarise(stages, touchpoints) };
}
