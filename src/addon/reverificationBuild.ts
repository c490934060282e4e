import { readTouchpoints, TouchpointColumn, TouchpointsRead } from '../core/journey/touchpointsTable';
import { defaultTabs } from '../core/sources/sourceKinds';
import { ComparisonChoices } from '../core/reverification/comparisonChoices';
import { buildReverification, ComparedTouchpoint } from '../core/reverification/reverification';
import { reverificationLayout } from '../core/reverification/reverificationLayout';
import { REVERIFICATION_TEXTS } from '../core/reverification/reverificationTexts';
import { OutputLocale } from '../core/tabs/outputLocale';
import { TableProblem } from '../core/tables/tableProblem';
import { ColumnMapping } from '../core/tables/tableSchema';
import { withDocumentLock } from '../sheets/documentLock';
import { readTableSource, TableSourceChoice, TableSourceRead } from '../sheets/tableSource';
import { buildLocale, checkLocale, checkMapping, checkSource, InvalidTables, invalidTables, nameTakenWarning, TabBuilt, unusedColumnsWarning, writeBuiltTab } from './buildResult';
import { sidebarContext } from './sourceDetection';

/**
 * Builds the "Re-verification" tab from two Touchpoints tables, before and now (DESIGN §4):
 * the server side of the sidebar's Compare valuations, the menu item and `cx-sheets compare`.
 *
 * Read each table in one call → validate every row of both as Touchpoints tables → if
 * anything is wrong in either, return every problem of both together (each names its tab)
 * and write nothing → else compare them and write the generated tab, under the document lock.
 *
 * Without a choice, "before" is the Touchpoints tab with the latest year or date in its
 * name and "now" the one without (core/reverification/comparisonChoices.ts), among the tables
 * the sidebar finds (sourceDetection.ts: the top rows of every tab). The tab's mark names "now"'s sheet
 * as its source sheet: comparing the current table with another earlier one replaces the
 * comparison rather than adding a second.
 */
export interface ReverificationOptions {
  /** The earlier table; default: the Touchpoints tab with the latest year or date in its name. */
  readonly beforeSource?: TableSourceChoice;
  /** The current table; default: the Touchpoints tab without a date (see comparisonChoices). */
  readonly nowSource?: TableSourceChoice;
  readonly beforeMapping?: ColumnMapping<TouchpointColumn>;
  readonly nowMapping?: ColumnMapping<TouchpointColumn>;
  readonly locale?: OutputLocale;
}

/** `source`: both ranges, before first. */
export interface ReverificationBuilt extends TabBuilt {
  readonly before: string;
  readonly now: string;
  readonly counts: {
    readonly touchpointsBefore: number;
    readonly touchpointsNow: number;
    readonly new: number;
    readonly retired: number;
    readonly notValued: number;
    readonly nowNegative: number;
    readonly worse: number;
    readonly better: number;
    readonly same: number;
    readonly differentiatorsLost: number;
  };
  /** Names (with their path in brackets when they have one), in the table's order. */
  readonly differentiatorsLost: readonly string[];
  readonly newlyNegative: readonly string[];
}

export type ReverificationResult = ReverificationBuilt | InvalidTables;

export const REVERIFICATION_KIND = 'reverification';
const WHAT = 'Re-verification';

function checkOptions(options: ReverificationOptions): void {
  checkLocale(WHAT, options.locale);
  checkSource(WHAT, options.beforeSource, 'beforeSource');
  checkSource(WHAT, options.nowSource, 'nowSource');
  checkMapping(WHAT, options.beforeMapping);
  checkMapping(WHAT, options.nowMapping);
}

/** The Touchpoints tables the sidebar finds (generated tabs left out), and the default pair. */
export function touchpointsComparisonChoices(): ComparisonChoices {
  return sidebarContext().reverification;
}

const tab = (name: string | undefined): TableSourceChoice | undefined => (name === undefined ? undefined : { kind: 'tab', name });
const named = (t: ComparedTouchpoint): string => (t.path === undefined ? t.name : `${t.name} (${t.path})`);

export function buildReverificationTab(rawOptions?: ReverificationOptions): ReverificationResult {
  const options = rawOptions ?? {};
  checkOptions(options);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(WHAT, () => {
    const locale = buildLocale(spreadsheet, options.locale);
    const texts = REVERIFICATION_TEXTS[locale];
    const choices = options.beforeSource === undefined || options.nowSource === undefined ? touchpointsComparisonChoices() : undefined;
    const problems: TableProblem[] = [];
    const sources: string[] = [];
    const read = (choice: TableSourceChoice | undefined, mapping: ColumnMapping<TouchpointColumn> | undefined): { source: TableSourceRead; table: TouchpointsRead } | undefined => {
      const source = readTableSource(spreadsheet, choice, defaultTabs('touchpoints'), locale);
      if ('problem' in source) {
        problems.push(source.problem);
        return undefined;
      }
      sources.push(source.a1);
      const table = readTouchpoints(source.grid, mapping, locale);
      for (const problem of table.problems) problems.push(problem);
      return { source, table };
    };

    const beforeChoice = options.beforeSource ?? tab(choices?.before);
    const before = beforeChoice === undefined ? undefined : read(beforeChoice, options.beforeMapping);
    if (beforeChoice === undefined) problems.push({ sheet: texts.earlierTable, problem: texts.noEarlierTable, allowed: texts.earlierTableAllowed });
    const now = read(options.nowSource ?? tab(choices?.now), options.nowMapping);
    if (before && now && before.source.a1 === now.source.a1) problems.push({ sheet: now.source.grid.sheet, problem: texts.sameTable, allowed: texts.twoTables });
    const source = sources.join(', ');
    if (problems.length > 0 || !before || !now) return invalidTables(problems, source === '' ? undefined : source, locale);

    const model = buildReverification(before.table.rows, now.table.rows);
    const written = writeBuiltTab(spreadsheet, {
      kind: REVERIFICATION_KIND,
      source: source,
      sourceSheet: now.source.grid.sheet,
      name: texts.tabName,
      locale,
      layout: (builtAt) => reverificationLayout(model, locale, { source: texts.sources(before.source.a1, now.source.a1), builtAt }),
    });

    const warnings: string[] = [];
    const nameTaken = nameTakenWarning(written, texts.theComparison, locale);
    if (nameTaken !== undefined) warnings.push(nameTaken);
    for (const { source: s, table } of [before, now]) {
      const unused = unusedColumnsWarning(table.unusedHeaders, s.a1, locale);
      if (unused !== undefined) warnings.push(unused);
    }
    const { counts, differentiatorsLost, newlyNegative, touchpointsBefore, touchpointsNow } = model.summary;
    return {
      ok: true,
      tabName: written.tabName,
      replaced: written.replaced,
      source,
      before: before.source.a1,
      now: now.source.a1,
      locale,
      counts: { touchpointsBefore, touchpointsNow, ...counts, differentiatorsLost: differentiatorsLost.length },
      differentiatorsLost: differentiatorsLost.map(named),
      newlyNegative: newlyNegative.map(named),
      warnings,
    };
  });
}
