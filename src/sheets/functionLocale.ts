import { OutputLocale, outputLocaleOf } from '../core/tabs/outputLocale';

/**
 * The language of a custom function's headers and labels (DESIGN §2: they follow the
 * spreadsheet's locale, Polish for pl_*, else English). English where there is no
 * spreadsheet to ask (a script run outside Sheets, a bare test context).
 */
export function customFunctionLocale(): OutputLocale {
  try {
    if (typeof SpreadsheetApp === 'undefined') return 'en';
    return outputLocaleOf(SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetLocale() || undefined);
  } catch {
    return 'en';
  }
}
