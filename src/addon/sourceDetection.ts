import { outputLocaleOf, OutputLocale } from '../core/tabs/outputLocale';
import { SOURCE_SCHEMAS, SourceKind, classifyTable, defaultTabs, isSourceKind } from '../core/sources/sourceKinds';
import { detectTable, TableDetection } from '../core/tables/tableDetection';
import { ComparisonChoices, comparisonChoices } from '../core/reverification/comparisonChoices';
import { mayBeDefaultSource, tabNameDate } from '../core/sources/datedTabs';
import { activeSheetName } from '../sheets/activeSheet';
import { readSelectionHead, readTabHeads, TabHead } from '../sheets/tabHeads';

/**
 * What the sidebar shows under "Your tables": every tab whose header row makes it a
 * Touchpoints, Projects, Responses, Themes or Stakeholders table, with the column mapping found, so the user
 * can pick a tab per kind and map what was not recognised (DESIGN §3, issue 7).
 */
export interface DetectedSource extends TableDetection {
  readonly kind: SourceKind;
  readonly sheet: string;
  /** The range a build would read: "Touchpoints!A1:I11", or the selection. */
  readonly a1: string;
  /** Rows below the header (items, blank rows included). */
  readonly rows: number;
  /**
   * The year or date the tab's name ends in ("2025", "2026-12-01"): an earlier version kept
   * for re-verification, never a build's default source when it is a Touchpoints table (DESIGN §3).
   */
  readonly dated?: string;
}

export interface SidebarContext {
  /** The user's language for the sidebar and the generated tabs: the user's locale, else the spreadsheet's. */
  readonly locale: OutputLocale;
  readonly activeSheet: string;
  /** Every tab, in order, for the "other tab" choice. */
  readonly tabs: readonly string[];
  /** The tables found, in tab order. */
  readonly sources: readonly DetectedSource[];
  /** Every kind of table the sidebar knows, with its columns (English names), for "what a table needs". */
  readonly kinds: Readonly<Record<SourceKind, readonly TableColumn[]>>;
  /** Compare valuations: the dated Touchpoints tables (latest first) and the default before and now. */
  readonly reverification: ComparisonChoices;
}

export interface TableColumn {
  readonly key: string;
  readonly name: string;
  readonly required: boolean;
}

/** The columns of each kind of source table, as its schema lists them. */
export function tableColumns(): Record<SourceKind, TableColumn[]> {
  const kinds = {} as Record<SourceKind, TableColumn[]>;
  for (const kind of Object.keys(SOURCE_SCHEMAS) as SourceKind[]) {
    const columns = SOURCE_SCHEMAS[kind].columns;
    kinds[kind] = Object.keys(columns).map((key) => ({ key, name: columns[key].name, required: columns[key].required }));
  }
  return kinds;
}

function detected(kind: SourceKind, head: TabHead, detection: TableDetection): DetectedSource {
  const dated = tabNameDate(head.grid.sheet)?.text;
  return { ...detection, kind, sheet: head.grid.sheet, a1: head.a1, rows: Math.max(0, head.lastRow - detection.headerRow), ...(dated === undefined ? {} : { dated }) };
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
    kinds: tableColumns(),
    reverification: comparisonChoices(
      sources.filter((s) => s.kind === 'touchpoints').map((s) => ({ sheet: s.sheet, complete: s.complete })),
      defaultTabs('touchpoints'),
    ),
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

/**
 * The best table of a kind for a build started from the menu: complete first, then the first
 * in tab order; never a dated Touchpoints tab (DESIGN §3: only re-verification picks one).
 */
export function bestSource(kind: SourceKind): DetectedSource | undefined {
  const found = sidebarContext().sources.filter((s) => s.kind === kind && mayBeDefaultSource(kind, s.sheet));
  return found.find((s) => s.complete) ?? found[0];
}
