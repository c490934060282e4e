/**
 * What the commands that build generated tabs (`grid`, `matrix`, `stakeholders`, `build`) share: each runs
 * one of the add-on's own server functions (dist/Code.js) on the local runtime, turns an
 * invalid-tables result into exit 1 with every problem listed, and prints what it wrote.
 * The default source tabs mirror those of the server functions (src/addon/*Build.ts), so
 * `build` knows which tabs a workbook has sources for.
 */
import { defaultTabs, SOURCE_SCHEMAS, SourceKind } from '../../src/core/sources/sourceKinds';
import { localeNumber } from '../../src/core/tabs/localeNumber';
import { polishCount } from '../../src/core/tabs/polishCount';
import { OutputLocale } from '../../src/core/tabs/outputLocale';
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
  /** buildReverification: the names of the differentiators lost and of the touchpoints newly below 0. */
  readonly differentiatorsLost?: readonly string[];
  readonly newlyNegative?: readonly string[];
  /** buildSurveyReport: the NPS with its interval, the top driver, the biggest valuation mismatch. */
  readonly nps?: { readonly value: number; readonly lower: number; readonly upper: number };
  readonly topDriver?: { readonly name: string; readonly importance: number };
  readonly biggestMismatch?: { readonly name: string; readonly valuation?: number; readonly suggested: number; readonly check: string };
  /** The language of the tab and its messages: the summary line follows it. */
  readonly locale?: string;
}

export interface TabBuilder<Options> {
  /** What it builds, for messages: "valuation grid". */
  readonly what: string;
  /** Tabs any of which means the workbook has this builder's source. */
  readonly sourceTabs: readonly string[];
  /** Whether the workbook has this builder's sources, when tab names alone cannot say (instead of sourceTabs). */
  applies?(addon: LocalAddon): boolean;
  /** What `build` says the builder needs, when sourceTabs are not it. */
  readonly needs?: string;
  run(addon: LocalAddon, options: Options): TabBuildResult;
  /** The counts of a successful build, in words of the build's language. */
  describe(result: TabBuildResult, locale?: OutputLocale): string;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const tabChoice = (name: string | undefined) => (name === undefined ? undefined : { kind: 'tab', name });

const localeOf = (result: TabBuildResult): OutputLocale => (result.locale === 'pl' ? 'pl' : 'en');

/** Which of IN's headers (or column letters) hold a table's columns, as the sidebar's mapping: `{ nps: "How likely…" }`. */
export type CliMapping = Readonly<Record<string, string>>;

/** Commander's collector for a repeatable `--map column=header` option. */
export const collectMapping = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

/**
 * `--map nps="How likely are you to recommend us?" --map date=A` → `{ nps: …, date: "A" }`: the
 * server functions' `mapping`. An unknown column name is left to the add-on, which lists the
 * allowed ones with the table's other problems.
 */
export function parseMapping(flag: string, values: readonly string[] | undefined): CliMapping | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const mapping: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0 || value.slice(at + 1).trim() === '') throw new UserError(`${flag} ${value}: allowed: column=header or column=letter, e.g. ${flag} nps="How likely are you to recommend us?"`);
    mapping[value.slice(0, at).trim()] = value.slice(at + 1).trim();
  }
  return mapping;
}

/** The columns a `--map` of this kind of table may name, for the option's help. */
export const mappableColumns = (kind: SourceKind): string => Object.keys(SOURCE_SCHEMAS[kind].columns).join(', ');

export interface GridCliOptions {
  readonly touchpoints?: string;
  readonly map?: readonly string[];
  readonly locale?: string;
}

export const GRID_BUILDER: TabBuilder<GridCliOptions> = {
  what: 'valuation grid',
  sourceTabs: defaultTabs('touchpoints'),
  run: (addon, options) =>
    addon.bundle.buildValuationGrid({
      source: tabChoice(options.touchpoints),
      mapping: parseMapping('--map', options.map),
      locale: options.locale,
    }),
  describe(result, locale = localeOf(result)) {
    const c = result.counts ?? {};
    if (locale === 'pl') {
      return (
        `${polishCount(c.touchpoints, 'punkt styku', 'punkty styku', 'punktów styku')}, ${polishCount(c.stages, 'etap', 'etapy', 'etapów')}, ${polishCount(c.paths, 'ścieżka', 'ścieżki', 'ścieżek')}; ` +
        `${c.toFix} do naprawy, ${polishCount(c.differentiators, 'wyróżnik', 'wyróżniki', 'wyróżników')}, ` +
        `${polishCount(c.negativeMomentsOfTruth, 'negatywny moment prawdy', 'negatywne momenty prawdy', 'negatywnych momentów prawdy')}, ${polishCount(c.notValued, 'nieoceniony', 'nieocenione', 'nieocenionych')}`
      );
    }
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
  readonly map?: readonly string[];
  readonly touchpointsMap?: readonly string[];
  readonly costSplit?: number;
  readonly impactSplit?: number;
  readonly locale?: string;
}

/** Names in a sentence, at most `limit` of them: `"A", "B" and 3 more` / `„A”, „B” i 3 inne`. */
function someNames(names: readonly string[], locale: OutputLocale, limit = 10): string {
  const shown = names.slice(0, limit).map((n) => (locale === 'pl' ? `„${n}”` : `"${n}"`)).join(', ');
  if (names.length <= limit) return shown;
  const more = names.length - limit;
  return locale === 'pl' ? `${shown} i ${polishCount(more, 'inny', 'inne', 'innych')}` : `${shown} and ${more} more`;
}

export const MATRIX_BUILDER: TabBuilder<MatrixCliOptions> = {
  what: 'cost-vs-satisfaction matrix',
  sourceTabs: defaultTabs('projects'),
  run: (addon, options) =>
    addon.bundle.buildCostSatisfactionMatrix({
      projectsSource: tabChoice(options.projects),
      touchpointsSource: tabChoice(options.touchpoints),
      projectsMapping: parseMapping('--map', options.map),
      touchpointsMapping: parseMapping('--touchpoints-map', options.touchpointsMap),
      costSplit: options.costSplit,
      impactSplit: options.impactSplit,
      locale: options.locale,
    }),
  describe(result, locale = localeOf(result)) {
    const c = result.counts ?? {};
    const s = result.splits;
    const computed = result.computedImpacts ?? [];
    if (locale === 'pl') {
      const line = (value: number, given: boolean) => `${localeNumber(value, 'pl')} (${given ? 'ustawiony' : 'mediana'})`;
      return (
        `${polishCount(c.projects, 'projekt', 'projekty', 'projektów')}: ${polishCount(c.quickWins, 'szybka wygrana', 'szybkie wygrane', 'szybkich wygranych')}, ` +
        `${polishCount(c.majorProjects, 'duży projekt', 'duże projekty', 'dużych projektów')}, ${polishCount(c.fillIns, 'wypełniacz', 'wypełniacze', 'wypełniaczy')}, ` +
        `${polishCount(c.moneyPits, 'studnia bez dna', 'studnie bez dna', 'studni bez dna')}` +
        (s ? `; podział przy koszcie ${line(s.cost, s.costGiven)} i wpływie ${line(s.impact, s.impactGiven)}` : '') +
        `; ${polishCount(c.onSplitLines, 'projekt', 'projekty', 'projektów')} na linii podziału` +
        `; ${computed.length === 0 ? 'żaden wpływ nie był obliczany' : `wpływ obliczony z punktów styku dla: ${someNames(computed, 'pl')}`}`
      );
    }
    const line = (value: number, given: boolean) => `${localeNumber(value, 'en')} (${given ? 'given' : 'median'})`;
    return (
      `${count(c.projects, 'project', 'projects')}: ${count(c.quickWins, 'quick win', 'quick wins')}, ${count(c.majorProjects, 'major project', 'major projects')}, ` +
      `${count(c.fillIns, 'fill-in', 'fill-ins')}, ${count(c.moneyPits, 'money pit', 'money pits')}` +
      (s ? `; split at cost ${line(s.cost, s.costGiven)} and impact ${line(s.impact, s.impactGiven)}` : '') +
      `; ${count(c.onSplitLines, 'project', 'projects')} on a split line` +
      `; ${computed.length === 0 ? 'no impact computed' : `impact computed from touchpoints for ${someNames(computed, 'en')}`}`
    );
  },
};

export interface CompareCliOptions {
  readonly before?: string;
  readonly now?: string;
  readonly beforeMap?: readonly string[];
  readonly nowMap?: readonly string[];
  readonly locale?: string;
}

/**
 * Compare valuations (DESIGN §4): the Re-verification tab from two Touchpoints tables. It
 * applies to a workbook when the add-on finds a pair: a Touchpoints tab whose name ends in a
 * year or a date ("before") and one whose name does not ("now").
 */
export const COMPARE_BUILDER: TabBuilder<CompareCliOptions> = {
  what: 're-verification',
  sourceTabs: [],
  needs: 'a dated Touchpoints tab such as "Touchpoints 2025" beside the current one (re-verification)',
  applies(addon) {
    const choices = addon.bundle.getSidebarContext().reverification as { before?: string; now?: string };
    return choices.before !== undefined && choices.now !== undefined;
  },
  run: (addon, options) =>
    addon.bundle.buildReverification({
      beforeSource: tabChoice(options.before),
      nowSource: tabChoice(options.now),
      beforeMapping: parseMapping('--before-map', options.beforeMap),
      nowMapping: parseMapping('--now-map', options.nowMap),
      locale: options.locale,
    }),
  describe(result, locale = localeOf(result)) {
    const c = result.counts ?? {};
    const lost = result.differentiatorsLost ?? [];
    const negative = result.newlyNegative ?? [];
    if (locale === 'pl') {
      return (
        `${polishCount(c.touchpointsBefore, 'punkt styku', 'punkty styku', 'punktów styku')} wcześniej, ${c.touchpointsNow} teraz: ` +
        `nowe ${c.new}, wycofane ${c.retired}, nieocenione ${c.notValued}, teraz ujemne ${c.nowNegative}, gorzej ${c.worse}, lepiej ${c.better}, bez zmian ${c.same}; ` +
        `${lost.length === 0 ? 'żaden wyróżnik nie został utracony' : `utracone wyróżniki (${lost.length}): ${someNames(lost, locale)}`}; ` +
        `${negative.length === 0 ? 'żaden nie spadł poniżej 0' : `nowe poniżej 0: ${someNames(negative, locale)}`}`
      );
    }
    return (
      `${count(c.touchpointsBefore, 'touchpoint', 'touchpoints')} before, ${c.touchpointsNow} now: ` +
      `${c.new} new, ${c.retired} retired, ${c.notValued} not valued, ${c.nowNegative} now negative, ${c.worse} worse, ${c.better} better, ${c.same} same; ` +
      `${lost.length === 0 ? 'no differentiator lost' : `${count(lost.length, 'differentiator', 'differentiators')} lost: ${someNames(lost, locale)}`}; ` +
      `${negative.length === 0 ? 'none newly below 0' : `newly below 0: ${someNames(negative, locale)}`}`
    );
  },
};

export interface StakeholdersCliOptions {
  readonly stakeholders?: string;
  readonly map?: readonly string[];
  readonly locale?: string;
}

export const STAKEHOLDERS_BUILDER: TabBuilder<StakeholdersCliOptions> = {
  what: 'stakeholder map',
  sourceTabs: defaultTabs('stakeholders'),
  run: (addon, options) =>
    addon.bundle.buildStakeholderMap({
      source: tabChoice(options.stakeholders),
      mapping: parseMapping('--map', options.map),
      locale: options.locale,
    }),
  describe(result, locale = localeOf(result)) {
    const c = result.counts ?? {};
    if (locale === 'pl') {
      return (
        `${polishCount(c.stakeholders, 'interesariusz', 'interesariusze', 'interesariuszy')}: ${c.manageClosely} do bliskiego zarządzania, ${c.keepSatisfied} do dbania o zadowolenie, ` +
        `${c.keepInformed} do informowania, ${c.monitor} do monitorowania; ${polishCount(c.supporters, 'zwolennik', 'zwolennicy', 'zwolenników')}, ${polishCount(c.opponents, 'przeciwnik', 'przeciwnicy', 'przeciwników')}`
      );
    }
    return (
      `${count(c.stakeholders, 'stakeholder', 'stakeholders')}: ${c.manageClosely} to manage closely, ${c.keepSatisfied} to keep satisfied, ` +
      `${c.keepInformed} to keep informed, ${c.monitor} to monitor; ${count(c.supporters, 'supporter', 'supporters')}, ${count(c.opponents, 'opponent', 'opponents')}`
    );
  },
};

export interface ReportCliOptions {
  readonly responses?: string;
  readonly map?: readonly string[];
  readonly touchpointsMap?: readonly string[];
  readonly themesMap?: readonly string[];
  readonly period?: string;
  readonly scale?: string;
  readonly cesScale?: string;
  readonly locale?: string;
}

/** The Survey report (DESIGN §4): from the Responses table, with Touchpoints and Themes when they exist. */
export const REPORT_BUILDER: TabBuilder<ReportCliOptions> = {
  what: 'survey report',
  sourceTabs: defaultTabs('responses'),
  run: (addon, options) =>
    addon.bundle.buildSurveyReport({
      source: tabChoice(options.responses),
      mapping: parseMapping('--map', options.map),
      touchpointsMapping: parseMapping('--touchpoints-map', options.touchpointsMap),
      themesMapping: parseMapping('--themes-map', options.themesMap),
      period: options.period,
      scale: options.scale === undefined ? undefined : Number(options.scale),
      cesScale: options.cesScale === undefined ? undefined : Number(options.cesScale),
      locale: options.locale,
    }),
  describe(result, locale = localeOf(result)) {
    const c = result.counts ?? {};
    const n = result.nps;
    const nps = n ? `NPS ${localeNumber(n.value, locale, 1)} (95%: ${localeNumber(n.lower, locale, 1)} to ${localeNumber(n.upper, locale, 1)})` : '';
    const top = result.topDriver;
    const mismatch = result.biggestMismatch;
    if (locale === 'pl') {
      return (
        `${polishCount(c.responses, 'odpowiedź', 'odpowiedzi', 'odpowiedzi')}, ${nps.replace(' to ', ' do ')}; ${polishCount(c.ratingColumns, 'kolumna ocen', 'kolumny ocen', 'kolumn ocen')}` +
        `${top ? `; najważniejszy czynnik: „${top.name}” (${localeNumber(top.importance, locale, 1)}%)` : ''}` +
        `${mismatch ? `; największa rozbieżność: „${mismatch.name}”: ${mismatch.check}` : ''}; ${polishCount(c.themes, 'temat', 'tematy', 'tematów')}`
      );
    }
    return (
      `${count(c.responses, 'response', 'responses')}, ${nps}; ${count(c.ratingColumns, 'rating column', 'rating columns')}` +
      `${top ? `; top driver: "${top.name}" (${localeNumber(top.importance, locale, 1)}%)` : ''}` +
      `${mismatch ? `; biggest valuation mismatch: "${mismatch.name}": ${mismatch.check}` : ''}; ${count(c.themes, 'theme', 'themes')}`
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
/**
 * What the user reads when builds found problems: each failed build's summary line, then its
 * problems — every problem of every table at once, each listed once (the grid and the matrix
 * both read Touchpoints, and would name its problems twice).
 */
export function failedBuildsMessage(failures: readonly TabBuildResult[]): string {
  const listed = new Set<string>();
  const lines: string[] = [];
  for (const failure of failures) {
    lines.push(failure.message ?? 'the build failed');
    for (const { message } of failure.problems ?? []) {
      if (listed.has(message)) continue;
      listed.add(message);
      lines.push(`  ${message}`);
    }
  }
  return lines.join('\n');
}

/**
 * `OUT: "Tab" written from Source: counts`, then each warning — in Polish for a Polish build
 * (`--locale pl` or a pl_* workbook): `OUT: „Siatka ocen” zapisana z …`, `  uwaga: …`.
 */
export function printBuilt<Options>(io: Io, output: string, builder: TabBuilder<Options>, result: TabBuildResult): void {
  const locale = localeOf(result);
  const counts = builder.describe(result, locale);
  if (locale === 'pl') {
    io.print(`${output}: karta „${result.tabName}” ${result.replaced ? 'przebudowana' : 'zapisana'} z ${result.source}: ${counts}`);
    for (const warning of result.warnings ?? []) io.print(`  uwaga: ${warning}`);
    return;
  }
  io.print(`${output}: "${result.tabName}" ${result.replaced ? 'rebuilt' : 'written'} from ${result.source}: ${counts}`);
  for (const warning of result.warnings ?? []) io.print(`  warning: ${warning}`);
}
