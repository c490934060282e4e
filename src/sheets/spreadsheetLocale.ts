import { OutputLocale, outputLocaleOf } from '../core/tabs/outputLocale';

/**
 * The language of a custom function's headers and labels (DESIGN §2: Polish in a `pl_*`
 * spreadsheet, else English), from the spreadsheet's locale (File › Settings), which a
 * custom function may read. English where there is no spreadsheet to ask (a script run
 * outside Sheets, a bare test context).
 */
export function spreadsheetOutputLocale(): OutputLocale {
  try {
    if (typeof SpreadsheetApp === 'undefined') return 'en';
    return outputLocaleOf(SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale() || undefined);
  } catch {
    return 'en';
  }
}
