/**
 * What the commands that build generated tabs (`grid`, `matrix`, `stakeholders`, `build`) share: each runs
 * one of the add-on's own server functions (dist/Code.js) on the local runtime, turns an
 * invalid-tables result into exit 1 with every problem listed, and prints what it wrote.
 * The default source tabs mirror those of the server functions (src/addon/*Build.ts), so
 * `build` knows which tabs a workbook has sources for.
 */
import type { LocalAddon } from '../runtime';
import { Io, UserError } from './io';

/** The result of buildValuationGrid / buildCostSatisfactionMatrix, as the CLI reads it. */
export interface TabBuildResult {
  readonly ok: boolean;
  readonly message?: string;
  readonly problems?: readonly { readonly message: string }[];
  readonly tabName?: string;
  readonly replaced?: boolean;
  readonly source?: string;
  readonly counts?: Record<string, number>;
  readonly warnings?: readonly string[];
  readonly splits?: { readonly cost: number; readonly impact: number; readonly costGiven: boolean; readonly impactGiven: boolean };
  readonly computedImpacts?: readonly string[];
}

export interface TabBuilder<Options> {
  /** What it builds, for messages: "valuation grid". */
  readonly what: string;
  /** Tabs any of which means the workbook has this builder's source. */
  readonly sourceTabs: readonly string[];
  run(addon: LocalAddon, options: Options): TabBuildResult;
  /** The counts of a successful build, in words. */
  describe(result: TabBuildResult): string;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export interface GridCliOptions {
  readonly touchpoints?: string;
  readonly locale?: string;
}

export const GRID_BUILDER: TabBuilder<GridCliOptions> = {
  what: 'valuation grid',
  sourceTabs: ['Touchpoints', 'Punkty styku'],
  run: (addon, options) =>
    addon.bundle.buildValuationGrid({
      source: options.touchpoints === undefined ? undefined : { kind: 'tab', name: options.touchpoints },
      locale: options.locale,
    }),
  describe(result) {
    const c = result.counts ?? {};
    return (
      `${count(c.touchpoints, 'touchpoint', 'touchpoints')}, ${count(c.stages, 'stage', 'stages')}, ${count(c.paths, 'path', 'paths')}; ` +
      `${c.toFix} to fix, ${count(c.differentiators, 'differentiator', 'differentiators')}, ` +
      `${count(c.negativeMomentsOfTruth, 'negative moment of truth', 'negative moments of truth')}, ${c.notValued} not valued`
    );
  },
};

export interface MatrixCliOptions {
  readonly projects?: string;
  readonly touchpoints?: string;
  readonly costSplit?: number;
  readonly impactSplit?: number;
  readonly locale?: string;
}

/** Names in a sentence, at most `limit` of them: `"A", "B" and 3 more`. */
function someNames(names: readonly string[], limit = 10): string {
  const shown = names.slice(0, limit).map((n) => `"${n}"`).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

export const MATRIX_BUILDER: TabBuilder<MatrixCliOptions> = {
  what: 'cost-vs-satisfaction matrix',
  sourceTabs: ['Projects', 'Projekty'],
  run: (addon, options) =>
    addon.bundle.buildCostSatisfactionMatrix({
      projectsSource: options.projects === undefined ? undefined : { kind: 'tab', name: options.projects },
      touchpointsSource: options.touchpoints === undefined ? undefined : { kind: 'tab', name: options.touchpoints },
      costSplit: options.costSplit,
      impactSplit: options.impactSplit,
      locale: options.locale,
    }),
  describe(result) {
    const c = result.counts ?? {};
    const s = result.splits;
    const line = (value: number, given: boolean) => `${Number(value.toFixed(4))} (${given ? 'given' : 'median'})`;
    const computed = result.computedImpacts ?? [];
    return (
      `${count(c.projects, 'project', 'projects')}: ${count(c.quickWins, 'quick win', 'quick wins')}, ${count(c.majorProjects, 'major project', 'major projects')}, ` +
      `${count(c.fillIns, 'fill-in', 'fill-ins')}, ${count(c.moneyPits, 'money pit', 'money pits')}` +
      (s ? `; split at cost ${line(s.cost, s.costGiven)} and impact ${line(s.impact, s.impactGiven)}` : '') +
      `; ${count(c.onSplitLines, 'project', 'projects')} on a split line` +
      `; ${computed.length === 0 ? 'no impact computed' : `impact computed from touchpoints for ${someNames(computed)}`}`
    );
  },
};

export interface StakeholdersCliOptions {
  readonly stakeholders?: string;
  readonly locale?: string;
}

export const STAKEHOLDERS_BUILDER: TabBuilder<StakeholdersCliOptions> = {
  what: 'stakeholder map',
  sourceTabs: ['Stakeholders', 'Interesariusze'],
  run: (addon, options) =>
    addon.bundle.buildStakeholderMap({
      source: options.stakeholders === undefined ? undefined : { kind: 'tab', name: options.stakeholders },
      locale: options.locale,
    }),
  describe(result) {
    const c = result.counts ?? {};
    return (
      `${count(c.stakeholders, 'stakeholder', 'stakeholders')}: ${c.manageClosely} to manage closely, ${c.keepSatisfied} to keep satisfied, ` +
      `${c.keepInformed} to keep informed, ${c.monitor} to monitor; ${count(c.supporters, 'supporter', 'supporters')}, ${count(c.opponents, 'opponent', 'opponents')}`
    );
  },
};

export function checkLocale(locale: string | undefined): void {
  if (locale !== undefined && locale !== 'en' && locale !== 'pl') throw new UserError(`--locale ${locale}: allowed: en or pl`);
}

/** A number option (`--cost-split 40`), or a one-line error naming it. */
export function numberOption(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim().replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(n)) throw new UserError(`${flag} ${value}: allowed: a number, e.g. ${flag} 40 or ${flag} 0.5`);
  return n;
}

/** Runs a builder; an invalid source becomes a UserError listing every problem (exit 1, no OUT). */
export function runTabBuild<Options>(builder: TabBuilder<Options>, addon: LocalAddon, options: Options): TabBuildResult {
  const result = builder.run(addon, options);
  if (!result.ok) throw new UserError([result.message, ...(result.problems ?? []).map((p) => `  ${p.message}`)].join('\n'));
  return result;
}

/** `OUT: "Tab" written from Source: counts`, then each warning. */
export function printBuilt<Options>(io: Io, output: string, builder: TabBuilder<Options>, result: TabBuildResult): void {
  io.print(`${output}: "${result.tabName}" ${result.replaced ? 'rebuilt' : 'written'} from ${result.source}: ${builder.describe(result)}`);
  for (const warning of result.warnings ?? []) io.print(`  warning: ${warning}`);
}
