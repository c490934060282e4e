import { isOutputLocale, OutputLocale, outputLocaleOf } from '../core/tabs/outputLocale';
import { formatTableProblem, TableProblem } from '../core/tables/tableProblem';
import { BUILD_MESSAGES } from './buildMessages';
import { GeneratedTabWritten, writeGeneratedTab } from '../sheets/generatedTab';
import { SheetLayout } from '../core/tabs/sheetLayout';
import { TableSourceChoice } from '../sheets/tableSource';

/**
 * What every builder of a generated tab shares at the server API: checking the options the
 * sidebar sends (plain JSON, so their shape is checked before it is trusted) and the
 * result for an invalid source table — every problem as plain data plus its one-line
 * message, so the sidebar can list them and the CLI can print them. Messages and warnings
 * are worded in the build's locale (buildMessages.ts, core/problemTexts.ts).
 */
export interface ProblemReport extends TableProblem {
  readonly message: string;
}

export interface InvalidTables {
  readonly ok: false;
  /** The range read, when the table was found. */
  readonly source?: string;
  readonly problems: readonly ProblemReport[];
  /** "3 problems in Touchpoints!A1:I21; nothing was written." */
  readonly message: string;
  /** The language of the messages. */
  readonly locale: OutputLocale;
}

/** What every successful build returns; each builder adds its own counts. */
export interface TabBuilt {
  readonly ok: true;
  readonly tabName: string;
  /** True when an earlier build was replaced; false when the tab is new. */
  readonly replaced: boolean;
  /** The range(s) read, A1 notation with their sheets. */
  readonly source: string;
  readonly locale: OutputLocale;
  readonly warnings: readonly string[];
}

export function invalidTables(problems: readonly TableProblem[], source: string | undefined, locale: OutputLocale): InvalidTables {
  return {
    ok: false,
    source,
    problems: problems.map((p) => ({ ...p, message: formatTableProblem(p, locale) })),
    message: BUILD_MESSAGES[locale].invalidSummary(problems.length, source),
    locale,
  };
}

/** Throws (a bug in the caller, not the user's data) unless the locale is "en", "pl" or absent. */
export function checkLocale(what: string, locale: unknown): void {
  if (locale !== undefined && !isOutputLocale(locale)) throw new Error(`${what}: locale ${JSON.stringify(locale)} is not "en" or "pl"`);
}

/** Throws unless the source is absent or has the documented shape. */
export function checkSource(what: string, source: TableSourceChoice | undefined, label = 'source'): void {
  if (source === undefined) return;
  const named = (source.kind === 'tab' || source.kind === 'namedRange') && typeof source.name === 'string' && source.name !== '';
  if (!named && source.kind !== 'selection') {
    throw new Error(`${what}: ${label} ${JSON.stringify(source)} is not {kind: "tab" | "namedRange", name} or {kind: "selection"}`);
  }
}

/** Throws unless every mapped column is a string (a header or a column letter). */
export function checkMapping(what: string, mapping: Record<string, unknown> | undefined): void {
  if (mapping !== undefined && (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping))) {
    throw new Error(`${what}: the mapping ${JSON.stringify(mapping)} is not {column: header or column letter}`);
  }
  for (const [key, value] of Object.entries(mapping ?? {})) {
    if (typeof value !== 'string') throw new Error(`${what}: the mapping of ${key} is ${JSON.stringify(value)}, not a header or column letter`);
  }
}

/** Throws unless the options of a one-table build have the documented shape. */
export function checkBuildOptions(
  what: string,
  options: { readonly source?: TableSourceChoice; readonly mapping?: Record<string, unknown>; readonly locale?: OutputLocale } | undefined,
): void {
  const o = options ?? {};
  checkLocale(what, o.locale);
  checkSource(what, o.source);
  checkMapping(what, o.mapping);
}

/** The tab language: the caller's choice, else the spreadsheet's locale (read only when needed). */
export function buildLocale(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, chosen: OutputLocale | undefined): OutputLocale {
  return outputLocaleOf(chosen === undefined ? spreadsheet.getSpreadsheetLocale() : undefined, chosen);
}

/** The warning when a user's own tab had the wanted name, or undefined. `what`: "the grid". */
export function nameTakenWarning(written: GeneratedTabWritten, what: string, locale: OutputLocale): string | undefined {
  if (written.nameTakenBy === undefined) return undefined;
  return BUILD_MESSAGES[locale].nameTaken(written.nameTakenBy, what, written.tabName);
}

/** The warning for columns of a source table that no meaning uses: ignored, not lost. */
export function unusedColumnsWarning(headers: readonly string[], table: string | undefined, locale: OutputLocale): string | undefined {
  if (headers.length === 0) return undefined;
  return BUILD_MESSAGES[locale].unusedColumns(headers, table);
}

/**
 * Every build's last step: its layout written as a generated tab, marked with the build's
 * kind, the ranges it read and when (the tab's head note says the same, `layout` gets the
 * time), in the build's language — also the message when Sheets' cell limit stops it.
 */
export function writeBuiltTab(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: { readonly kind: string; readonly source: string; readonly sourceSheet: string; readonly name: string; readonly locale: OutputLocale; layout(builtAt: Date): SheetLayout },
): GeneratedTabWritten {
  const builtAt = new Date();
  return writeGeneratedTab(spreadsheet, {
    mark: { kind: tab.kind, source: tab.source, sourceSheet: tab.sourceSheet, builtAt: builtAt.toISOString() },
    name: tab.name,
    layout: tab.layout(builtAt),
    locale: tab.locale,
  });
}
