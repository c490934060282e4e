import { outputLocaleOf, OutputLocale } from '../core/tabs/outputLocale';
import { classifyTable, isSourceKind, SOURCE_SCHEMAS, SourceKind } from '../core/sources/sourceKinds';
import { detectTable, TableDetection } from '../core/tables/tableDetection';
import { activeSheetName } from '../sheets/activeSheet';
import { readSelectionHead, readTabHeads, TabHead } from '../sheets/tabHeads';

/**
 * What the sidebar shows under "Your tables": every tab whose header row makes it a
 * Touchpoints, Projects, Responses or Stakeholders table, with the column mapping found, so the user
 * can pick a tab per kind and map what was not recognised (DESIGN §3, issue 7).
 */
export interface DetectedSource extends TableDetection {
  readonly kind: SourceKind;
  readonly sheet: string;
  /** The range a build would read: "Touchpoints!A1:I11", or the selection. */
  readonly a1: string;
  /** Rows below the header (items, blank rows included). */
  readonly rows: number;
}

export interface SidebarContext {
  /** The user's language for the sidebar and the generated tabs: the user's locale, else the spreadsheet's. */
  readonly locale: OutputLocale;
  readonly activeSheet: string;
  /** Every tab, in order, for the "other tab" choice. */
  readonly tabs: readonly string[];
  /** The tables found, in tab order. */
  readonly sources: readonly DetectedSource[];
}

function detected(kind: SourceKind, head: TabHead, detection: TableDetection): DetectedSource {
  return { ...detection, kind, sheet: head.grid.sheet, a1: head.a1, rows: Math.max(0, head.lastRow - detection.headerRow) };
}

export function sidebarContext(): SidebarContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const userLocale = Session.getActiveUserLocale();
  const sources: DetectedSource[] = [];
  for (const head of readTabHeads(spreadsheet)) {
    const classified = classifyTable(head.grid);
    if (classified) sources.push(detected(classified.kind, head, classified.detection));
  }
  return {
    locale: outputLocaleOf(userLocale || spreadsheet.getSpreadsheetLocale()),
    activeSheet: activeSheetName(),
    tabs: spreadsheet.getSheets().map((s) => s.getName()),
    sources,
  };
}

/**
 * The mapping of one kind of table on the user's selection (no tab: undefined, or null as
 * google.script.run passes an undefined argument), or on a tab chosen by name.
 */
export function detectSource(kind: SourceKind, tab?: string | null): DetectedSource {
  if (!isSourceKind(kind)) throw new Error(`detectSource: ${JSON.stringify(kind)} is not one of ${Object.keys(SOURCE_SCHEMAS).join(', ')}`);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const head = tab === undefined || tab === null ? readSelectionHead(spreadsheet) : readTabHeads(spreadsheet).find((h) => h.grid.sheet === tab);
  if (!head) throw new Error(tab === undefined || tab === null ? 'Nothing is selected: select the table, header row included.' : `The tab "${tab}" is empty or is a tab CX Sheets generated.`);
  return detected(kind, head, detectTable(SOURCE_SCHEMAS[kind], head.grid));
}

/** The best table of a kind for a build started from the menu: complete first, then the first in tab order. */
export function bestSource(kind: SourceKind): DetectedSource | undefined {
  const found = sidebarContext().sources.filter((s) => s.kind === kind);
  return found.find((s) => s.complete) ?? found[0];
}
