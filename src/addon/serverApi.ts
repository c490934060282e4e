import { OutputLocale } from '../core/tabs/outputLocale';
import { SourceKind } from '../core/sources/sourceKinds';
import { activeSheetName } from '../sheets/activeSheet';
import { activateTab } from '../sheets/tabHeads';
import { CellPlace, showCell as selectCell } from './cellLink';
import { buildCostSatisfactionTab, CostSatisfactionOptions, CostSatisfactionResult } from './costSatisfactionBuild';
import { createEmptyTablesNow, EmptyTablesCreated, ExampleTabsInserted, insertExampleTabsNow } from './exampleTabsInsert';
import { detectSource, DetectedSource, SidebarContext, sidebarContext } from './sourceDetection';
import { buildStakeholderMapTab, StakeholderMapOptions, StakeholderMapResult } from './stakeholderMapBuild';
import { buildValuationGridTab, ValuationGridOptions, ValuationGridResult } from './valuationGridBuild';
import { buildReverificationTab, ReverificationOptions, ReverificationResult } from './reverificationBuild';
import { buildSurveyReportTab, SurveyReportOptions, SurveyReportResult } from './surveyReportBuild';
import { DatedCopyOptions, DatedCopyResult, saveDatedCopyNow } from './datedCopy';

/**
 * Everything the sidebar may call through `google.script.run`. The build turns each
 * property into a top-level function, and the sidebar's client is typed by `ServerApi`,
 * so renaming a function here breaks the sidebar's build rather than the user's click.
 */
export const serverApi = {
  /** The name of the tab the user is looking at. */
  getActiveSheetName(): string {
    return activeSheetName();
  },

  /**
   * Builds (or rebuilds) the Valuation grid tab from the Touchpoints table. Returns a
   * summary, or every problem of the table when it is invalid (then nothing is written).
   */
  buildValuationGrid(options?: ValuationGridOptions): ValuationGridResult {
    return buildValuationGridTab(options);
  },

  /**
   * Builds (or rebuilds) the Cost vs satisfaction tab from the Projects table (and the
   * Touchpoints table for computed impacts and name checks). Returns a summary, or every
   * problem of both tables when something is invalid (then nothing is written).
   */
  buildCostSatisfactionMatrix(options?: CostSatisfactionOptions): CostSatisfactionResult {
    return buildCostSatisfactionTab(options);
  },

  /**
   * Builds (or rebuilds) the Stakeholder map tab from the Stakeholders table. Returns a
   * summary, or every problem of the table when it is invalid (then nothing is written).
   */
  buildStakeholderMap(options?: StakeholderMapOptions): StakeholderMapResult {
    return buildStakeholderMapTab(options);
  },

  /** The user's locale, the tabs, and the Touchpoints / Projects / Responses tables found on them. */
  getSidebarContext(): SidebarContext {
    return sidebarContext();
  },

  /** How a kind of table maps on the current selection (no `tab`) or on a tab chosen by name. */
  detectSource(kind: SourceKind, tab?: string | null): DetectedSource {
    return detectSource(kind, tab);
  },

  /** Adds example Touchpoints, Projects, Responses and Metrics tabs under free names. */
  insertExampleTabs(options?: { locale?: OutputLocale }): ExampleTabsInserted {
    return insertExampleTabsNow(options);
  },

  /** Adds empty Touchpoints, Projects and Responses tables (headers, checks, one example row) under free names. */
  createEmptyTables(options?: { locale?: OutputLocale }): EmptyTablesCreated {
    return createEmptyTablesNow(options);
  },

  /**
   * Builds (or rebuilds) the Re-verification tab from two Touchpoints tables, before and
   * now. Returns a summary, or every problem of both tables when something is invalid (then
   * nothing is written).
   */
  buildReverification(options?: ReverificationOptions): ReverificationResult {
    return buildReverificationTab(options);
  },

  /**
   * Builds (or rebuilds) the Survey report tab from the Responses table (and the Touchpoints
   * and Themes tables when they exist). Returns a summary, or every problem of the tables
   * when something is invalid (then nothing is written).
   */
  buildSurveyReport(options?: SurveyReportOptions): SurveyReportResult {
    return buildSurveyReportTab(options);
  },

  /** Copies a Touchpoints tab to a new tab named with today's date ("Touchpoints 2026-12-01"). */
  saveDatedCopy(options?: DatedCopyOptions): DatedCopyResult {
    return saveDatedCopyNow(options);
  },

  /** Shows the tab of that name (the link in a build's result). */
  activateTab(name: string): void {
    if (typeof name !== 'string' || !activateTab(SpreadsheetApp.getActiveSpreadsheet(), name)) {
      throw new Error(`There is no tab named ${JSON.stringify(name)} any more; it may have been renamed or deleted.`);
    }
  },

  /**
   * The *Show* link of a problem: activates the tab and selects `a1` on it — one cell
   * ("D5"), one column ("D:D") or one row ("5:5"); anything else is refused. Writes nothing.
   */
  showCell(sheet: string, a1?: string | null): CellPlace {
    return selectCell(sheet, a1);
  },
};

export type ServerApi = typeof serverApi;
