/**
 * The stakeholder map's model (DESIGN §4, Mendelow's power–interest grid: Mendelow 1981,
 * "Environmental scanning: the impact of the stakeholder concept", ICIS 1981 proceedings): who
 * must back the CX programme, by influence (y) and interest (x) on whole 1–5 scales, split
 * at 3 on both, 3 counting as high:
 *
 *                      interest < 3       interest ≥ 3
 *   influence ≥ 3      Keep satisfied     Manage closely
 *   influence < 3      Monitor            Keep informed
 *
 * Stakeholders are listed quadrant by quadrant (Manage closely, Keep satisfied, Keep
 * informed, Monitor), then by influence × interest, highest first, then by influence,
 * highest first, then by name.
 */
import { compareNames } from '../tabs/nameOrder';
import { OutputLocale } from '../tabs/outputLocale';
import { placeInQuadrant, QuadrantCorners, SplitLine } from '../quadrants/quadrantPlacement';
import { Attitude, StakeholderRow } from './stakeholdersTable';

export type StakeholderQuadrant = 'manageClosely' | 'keepSatisfied' | 'keepInformed' | 'monitor';

/** The order quadrants are listed in: the stakeholders who matter most first. */
export const STAKEHOLDER_QUADRANT_ORDER: readonly StakeholderQuadrant[] = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'];

/** Where the lines split the 1–5 scales; a 3 counts as high. */
export const STAKEHOLDER_SPLIT = 3;
const LINE: SplitLine = { at: STAKEHOLDER_SPLIT, onLine: 'high' };

/** Interest on x (high right), influence on y (high on top). */
export const STAKEHOLDER_CORNERS: QuadrantCorners<StakeholderQuadrant> = { topLeft: 'keepSatisfied', topRight: 'manageClosely', bottomLeft: 'monitor', bottomRight: 'keepInformed' };

export interface MappedStakeholder extends StakeholderRow {
  readonly quadrant: StakeholderQuadrant;
}

export interface StakeholderMap {
  /** Every stakeholder in the map's order. */
  readonly stakeholders: readonly MappedStakeholder[];
  /** The stakeholders of each quadrant, in the same order. */
  readonly quadrants: Readonly<Record<StakeholderQuadrant, readonly MappedStakeholder[]>>;
  /** How many stakeholders have each attitude, and how many state none. */
  readonly attitudes: Readonly<Record<Attitude | 'unknown', number>>;
}

export function stakeholderQuadrant(influence: number, interest: number): StakeholderQuadrant {
  return placeInQuadrant(interest, influence, LINE, LINE, STAKEHOLDER_CORNERS).quadrant;
}

/** The map's order, names in the alphabetical order of the tab's language; the input is not changed. */
export function orderStakeholders<S extends MappedStakeholder>(stakeholders: readonly S[], locale: OutputLocale = 'en'): S[] {
  const byName = compareNames(locale);
  return [...stakeholders].sort(
    (a, b) =>
      STAKEHOLDER_QUADRANT_ORDER.indexOf(a.quadrant) - STAKEHOLDER_QUADRANT_ORDER.indexOf(b.quadrant) ||
      b.influence * b.interest - a.influence * a.interest ||
      b.influence - a.influence ||
      byName(a.stakeholder, b.stakeholder),
  );
}

export function buildStakeholderMap(rows: readonly StakeholderRow[], locale: OutputLocale = 'en'): StakeholderMap {
  const stakeholders = orderStakeholders(rows.map((row) => ({ ...row, quadrant: stakeholderQuadrant(row.influence, row.interest) })), locale);
  const quadrants = Object.fromEntries(STAKEHOLDER_QUADRANT_ORDER.map((q) => [q, stakeholders.filter((s) => s.quadrant === q)])) as Record<StakeholderQuadrant, MappedStakeholder[]>;
  const attitudes = { supporter: 0, neutral: 0, opponent: 0, unknown: 0 };
  for (const s of stakeholders) attitudes[s.attitude ?? 'unknown']++;
  return { stakeholders, quadrants, attitudes };
}
