import { TouchpointRow } from '../journey/touchpointsTable';
import { buildValuationGrid, StageMean } from '../journey/valuationGrid';
import { matchKey } from '../tables/matchKey';

/**
 * Re-verification (DESIGN §1.6, §4): this year's valuations against last year's. About
 * yearly the team values every touchpoint again — expectations move (train Wi-Fi went from
 * +2 to "0 if present, −2 if absent"), touchpoints appear and disappear — and a CX lead
 * needs to see at a glance what got worse, what is new and which differentiators were lost.
 *
 * Matching: a touchpoint of "before" and one of "now" are the same when their paths and
 * their names are equal ignoring case, accents and punctuation (matchKey); a touchpoint with
 * no path matches only one with no path ("every path" is not the path "Online").
 *
 * Order: the touchpoints of "now" in its journey order (as the valuation grid orders them:
 * stages by first appearance, rows in table order within a stage), then the retired ones in
 * the journey order of "before".
 *
 * Status, the first that applies (DESIGN §4), with b and n the valuations before and now:
 *   New           only in now
 *   Retired       only in before
 *   Not valued    n blank
 *   Now negative  n < 0 ≤ b, or n < 0 and b blank   (newly below 0)
 *   Worse         n < b
 *   Better        n > b
 *   Same          otherwise (n = b; or b blank and n ≥ 0, a first valuation at 0 or above)
 * Change = n − b when both are valued, else blank.
 *
 * A differentiator is lost when it was +2 before and now is below +2, retired or not valued.
 */
export type ReverificationStatus = 'new' | 'retired' | 'notValued' | 'nowNegative' | 'worse' | 'better' | 'same';

/** DESIGN §4's order, which is also the order of the summary's counts. */
export const REVERIFICATION_STATUSES: readonly ReverificationStatus[] = ['new', 'retired', 'notValued', 'nowNegative', 'worse', 'better', 'same'];

/** +2: the top level, which only the few chosen differentiators should reach (DESIGN §1.4). */
export const DIFFERENTIATOR_LEVEL = 2;

export interface ComparedTouchpoint {
  /** Now's stage; before's for a retired touchpoint. */
  readonly stage: string;
  /** Undefined: on every path. */
  readonly path?: string;
  /** As now spells it; as before did for a retired touchpoint. */
  readonly name: string;
  readonly before?: number;
  readonly now?: number;
  /** now − before; undefined unless both are valued. */
  readonly change?: number;
  readonly status: ReverificationStatus;
  /** Flags and owner as now has them (as before had them for a retired touchpoint). */
  readonly momentOfTruth: boolean;
  readonly effortPoint: boolean;
  readonly owner?: string;
  /** The sheet rows in each table; undefined where the touchpoint is absent. */
  readonly beforeRow?: number;
  readonly nowRow?: number;
}

/** One stage of either table; a stage that only one table has is undefined on the other side. */
export interface StageComparison {
  /** As now names it, else as before did. */
  readonly stage: string;
  readonly before?: StageMean;
  readonly now?: StageMean;
}

export interface ReverificationSummary {
  readonly touchpointsBefore: number;
  readonly touchpointsNow: number;
  readonly counts: Readonly<Record<ReverificationStatus, number>>;
  /** Stages of now in its order, then the stages only before has, in its order. */
  readonly meanPerStage: readonly StageComparison[];
  /** +2 before, and now below +2, retired or not valued; in table order. */
  readonly differentiatorsLost: readonly ComparedTouchpoint[];
  /** Status Now negative: below 0 now, 0 or better (or not valued) before. */
  readonly newlyNegative: readonly ComparedTouchpoint[];
}

export interface Reverification {
  /** Every touchpoint of either table once: now's in journey order, then the retired ones. */
  readonly touchpoints: readonly ComparedTouchpoint[];
  /** True when some touchpoint of either table has a path. */
  readonly hasPaths: boolean;
  readonly summary: ReverificationSummary;
}

/** DESIGN §4's status of a touchpoint, from where it is and how it is valued. */
export function reverificationStatus(before: { readonly valuation?: number } | undefined, now: { readonly valuation?: number } | undefined): ReverificationStatus {
  if (before === undefined && now === undefined) throw new Error('reverificationStatus: a touchpoint must be in before, in now or in both');
  if (before === undefined) return 'new';
  if (now === undefined) return 'retired';
  const b = before.valuation;
  const n = now.valuation;
  if (n === undefined) return 'notValued';
  if (n < 0 && (b === undefined || b >= 0)) return 'nowNegative';
  if (b !== undefined && n < b) return 'worse';
  if (b !== undefined && n > b) return 'better';
  return 'same';
}

/** Whether a compared touchpoint is a differentiator lost: +2 before, now below +2, retired or not valued. */
export function isDifferentiatorLost(t: Pick<ComparedTouchpoint, 'before' | 'now'>): boolean {
  return t.before === DIFFERENTIATOR_LEVEL && (t.now === undefined || t.now < DIFFERENTIATOR_LEVEL);
}

/** The key a touchpoint is matched by: its path (none is its own value) and its name. */
function touchpointKey(row: Pick<TouchpointRow, 'path' | 'touchpoint'>): string {
  return `${row.path === undefined ? '\u0000' : matchKey(row.path)}\u0001${matchKey(row.touchpoint)}`;
}

/** The rows of a table in journey order, as the valuation grid orders them. */
function inJourneyOrder(rows: readonly TouchpointRow[]): { rows: TouchpointRow[]; stageMeans: readonly StageMean[] } {
  const bySheetRow = new Map(rows.map((r) => [r.sheetRow, r] as const));
  const grid = buildValuationGrid(rows);
  return { rows: grid.touchpoints.map((t) => bySheetRow.get(t.sheetRow)!), stageMeans: grid.summary.meanPerStage };
}

function compared(before: TouchpointRow | undefined, now: TouchpointRow | undefined): ComparedTouchpoint {
  const shown = (now ?? before)!;
  const b = before?.valuation;
  const n = now?.valuation;
  return {
    stage: shown.stage,
    path: shown.path,
    name: shown.touchpoint,
    before: b,
    now: n,
    change: b === undefined || n === undefined ? undefined : n - b,
    status: reverificationStatus(before, now),
    momentOfTruth: shown.momentOfTruth,
    effortPoint: shown.effortPoint,
    owner: shown.owner,
    beforeRow: before?.sheetRow,
    nowRow: now?.sheetRow,
  };
}

function stageComparisons(before: readonly StageMean[], now: readonly StageMean[]): StageComparison[] {
  const earlier = new Map(before.map((m) => [matchKey(m.stage), m] as const));
  const rows: StageComparison[] = now.map((m) => ({ stage: m.stage, before: earlier.get(matchKey(m.stage)), now: m }));
  const current = new Set(now.map((m) => matchKey(m.stage)));
  for (const m of before) if (!current.has(matchKey(m.stage))) rows.push({ stage: m.stage, before: m });
  return rows;
}

/**
 * The re-verification of two validated Touchpoints tables (rows in table order; within a
 * table no name appears twice on a path, which readTouchpoints checks).
 */
export function buildReverification(beforeRows: readonly TouchpointRow[], nowRows: readonly TouchpointRow[]): Reverification {
  const before = inJourneyOrder(beforeRows);
  const now = inJourneyOrder(nowRows);
  // Each earlier touchpoint matches at most one current one: a queue per key.
  const unmatched = new Map<string, TouchpointRow[]>();
  for (const row of before.rows) {
    const key = touchpointKey(row);
    unmatched.set(key, [...(unmatched.get(key) ?? []), row]);
  }
  const touchpoints: ComparedTouchpoint[] = now.rows.map((row) => compared(unmatched.get(touchpointKey(row))?.shift(), row));
  const left = new Set([...unmatched.values()].flat());
  for (const row of before.rows) if (left.has(row)) touchpoints.push(compared(row, undefined));

  const counts = Object.fromEntries(REVERIFICATION_STATUSES.map((s) => [s, 0])) as Record<ReverificationStatus, number>;
  for (const t of touchpoints) counts[t.status]++;
  return {
    touchpoints,
    hasPaths: touchpoints.some((t) => t.path !== undefined),
    summary: {
      touchpointsBefore: beforeRows.length,
      touchpointsNow: nowRows.length,
      counts,
      meanPerStage: stageComparisons(before.stageMeans, now.stageMeans),
      differentiatorsLost: touchpoints.filter(isDifferentiatorLost),
      newlyNegative: touchpoints.filter((t) => t.status === 'nowNegative'),
    },
  };
}
