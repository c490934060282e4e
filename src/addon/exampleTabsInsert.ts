import { emptyTables, TABLE_ROLES, TableRole } from '../core/examples/emptyTables';
import { EXAMPLE_ROLES, ExampleRole, exampleTabNames, exampleTabs } from '../core/examples/exampleTabs';
import { isOutputLocale, OutputLocale, outputLocaleOf } from '../core/tabs/outputLocale';
import { withDocumentLock } from '../sheets/documentLock';
import { insertExampleTabs } from '../sheets/exampleTabsWriter';
import { freeTabName } from '../sheets/generatedTab';

/**
 * "Insert example tabs" (sidebar and menu): Touchpoints, Projects, Responses and Metrics
 * tabs for a newcomer to build from. A tab of the user's with one of those names is never
 * touched: the example takes the first free name ("Touchpoints (2)").
 */
export interface ExampleTabsInserted {
  readonly locale: OutputLocale;
  /** The names the tabs got, by role. */
  readonly tabs: Readonly<Record<ExampleRole, string>>;
}

const WHAT = 'Insert example tabs';

export function insertExampleTabsNow(options?: { readonly locale?: OutputLocale }): ExampleTabsInserted {
  if (options?.locale !== undefined && !isOutputLocale(options.locale)) throw new Error(`${WHAT}: locale ${JSON.stringify(options.locale)} is not "en" or "pl"`);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = outputLocaleOf(spreadsheet.getSpreadsheetLocale(), options?.locale);
  return withDocumentLock(WHAT, () => {
    const wanted = exampleTabNames(locale);
    const names = {} as Record<ExampleRole, string>;
    for (const role of EXAMPLE_ROLES) names[role] = freeTabName(spreadsheet, wanted[role]);
    insertExampleTabs(spreadsheet, exampleTabs(locale, names));
    return { locale, tabs: names };
  });
}

/** What "Create empty tables" added: the names the tabs got, by role. */
export interface EmptyTablesCreated {
  readonly locale: OutputLocale;
  readonly tabs: Readonly<Record<TableRole, string>>;
}

/**
 * "Create empty tables" (sidebar): new Touchpoints, Projects and Responses tabs with the
 * headers, data validation and one example row (core/examples/emptyTables.ts), under free
 * names — like the example tabs, it only ever adds tabs.
 */
export function createEmptyTablesNow(options?: { readonly locale?: OutputLocale }): EmptyTablesCreated {
  const what = 'Create empty tables';
  if (options?.locale !== undefined && !isOutputLocale(options.locale)) throw new Error(`${what}: locale ${JSON.stringify(options.locale)} is not "en" or "pl"`);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const locale = outputLocaleOf(spreadsheet.getSpreadsheetLocale(), options?.locale);
  return withDocumentLock(what, () => {
    const wanted = exampleTabNames(locale);
    const names = {} as Record<TableRole, string>;
    for (const role of TABLE_ROLES) names[role] = freeTabName(spreadsheet, wanted[role]);
    insertExampleTabs(spreadsheet, emptyTables(locale, names));
    return { locale, tabs: names };
  });
}
