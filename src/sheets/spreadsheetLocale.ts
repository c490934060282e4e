import { OutputLocale, outputLocaleOf } from '../core/tabs/outputLocale';

/**
 * The spreadsheet's locale (File › Settings), e.g. "pl_PL", which a custom function may
 * read: table functions word their headers and labels in it (DESIGN §2). Undefined where
 * there is no spreadsheet to ask (a script run outside Sheets, a bare test context).
 */
export function spreadsheetLocale(): string | undefined {
  try {
    if (typeof SpreadsheetApp === 'undefined') return undefined;
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale() || undefined;
  } catch {
    return undefined;
  }
}

/** The language of a custom function's headers and labels: Polish in a `pl_*` spreadsheet, else English. */
export function spreadsheetOutputLocale(): OutputLocale {
  return outputLocaleOf(spreadsheetLocale());
}
