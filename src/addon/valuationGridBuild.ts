import { OutputLocale } from '../core/tabs/outputLocale';
import { defaultTabs } from '../core/sources/sourceKinds';
import { ColumnMapping } from '../core/tables/tableSchema';
import { readTouchpoints, TOUCHPOINTS_SCHEMAS, TouchpointColumn } from '../core/journey/touchpointsTable';
import { buildValuationGrid as buildGridModel } from '../core/journey/valuationGrid';
import { valuationGridLayout } from '../core/journey/valuationGridLayout';
import { VALUATION_GRID_TEXTS } from '../core/journey/valuationGridTexts';
import { withDocumentLock } from '../sheets/documentLock';
import { readTableSource, TableSourceChoice } from '../sheets/tableSource';
import { BUILD_MESSAGES } from './buildMessages';
import { buildLocale, checkBuildOptions, InvalidTables, invalidTables, nameTakenWarning, TabBuilt, unusedColumnsWarning, writeBuiltTab } from './buildResult';

/**
 * Builds the "Valuation grid" tab from the Touchpoints table (DESIGN §4): the server side
 * of the sidebar's button and of `cx-sheets grid`.
 *
 * Read the source in one call → validate every row (core) → if anything is wrong, return
 * every problem and write nothing → else compute the grid and write the generated tab,
 * all under the document lock.
 */
export interface ValuationGridOptions {
  /** Where the Touchpoints table is; default: the tab "Touchpoints" or "Punkty styku". */
  readonly source?: TableSourceChoice;
  /** Columns the headers did not reveal: a header as written, or a column letter. */
  readonly mapping?: ColumnMapping<TouchpointColumn>;
  /** Language of the tab and of the messages; default: the spreadsheet's locale (Polish for pl_*, else English). */
  readonly locale?: OutputLocale;
}

export interface ValuationGridBuilt extends TabBuilt {
  readonly counts: {
    readonly touchpoints: number;
    readonly stages: number;
    readonly paths: number;
    readonly notValued: number;
    readonly toFix: number;
    readonly differentiators: number;
    readonly negativeMomentsOfTruth: number;
  };
}

export type ValuationGridResult = ValuationGridBuilt | InvalidTables;

export const VALUATION_GRID_KIND = 'valuation-grid';
const WHAT = 'Valuation grid';

export function buildValuationGridTab(rawOptions?: ValuationGridOptions): ValuationGridResult {
  checkBuildOptions(WHAT, rawOptions);
  const options = rawOptions ?? {};
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(WHAT, () => {
    const locale = buildLocale(spreadsheet, options.locale);
    const read = readTableSource(spreadsheet, options.source, defaultTabs('touchpoints'), locale, true);
    if ('problem' in read) return invalidTables([read.problem], undefined, locale);
    const table = readTouchpoints(read.grid, options.mapping, locale);
    if (table.problems.length > 0) return invalidTables(table.problems, read.a1, locale);

    const messages = BUILD_MESSAGES[locale];
    const texts = VALUATION_GRID_TEXTS[locale];
    const grid = buildGridModel(table.rows);
    const written = writeBuiltTab(spreadsheet, {
      kind: VALUATION_GRID_KIND,
      source: read.a1,
      sourceSheet: read.grid.sheet,
      name: texts.tabName,
      locale,
      layout: (builtAt) => valuationGridLayout(grid, locale, { source: read.a1, builtAt }),
    });

    const warnings: string[] = [];
    const nameTaken = nameTakenWarning(written, messages.theGrid, locale);
    if (nameTaken !== undefined) warnings.push(nameTaken);
    if (grid.summary.notValued > 0) {
      // The column as the user's header names it ("Valuation" in a Polish build too).
      warnings.push(messages.notValued(grid.summary.notValued, grid.touchpoints.length, table.headers?.valuation ?? TOUCHPOINTS_SCHEMAS[locale].columns.valuation.name));
    }
    const unused = unusedColumnsWarning(table.unusedHeaders, undefined, locale);
    if (unused !== undefined) warnings.push(unused);
    const s = grid.summary;
    return {
      ok: true,
      tabName: written.tabName,
      replaced: written.replaced,
      source: read.a1,
      locale,
      counts: {
        touchpoints: s.touchpoints,
        stages: grid.stages.length,
        paths: grid.paths.length,
        notValued: s.notValued,
        toFix: s.toFix,
        differentiators: s.differentiators.length,
        negativeMomentsOfTruth: s.negativeMomentsOfTruth.length,
      },
      warnings,
    };
  });
}
