import { createWorkbook, loadAddon, LocalAddon, WorkbookData } from '../../local/runtime';

/**
 * A tiny stand-in bundle for testing the runtime itself (independent of dist/): custom
 * functions that reveal what they receive, and an entry point that reaches the services.
 */
export const PROBE_BUNDLE = `
/**
 * Describes its arguments.
 * @param a anything
 * @return a description
 * @customfunction
 */
function DESCRIBE(a, b) {
  return [a, b].filter(function (x) { return x !== undefined; }).map(function (x) {
    if (Array.isArray(x)) return 'rows ' + x.length + 'x' + x[0].length + ': ' + x.map(function (r) { return r.map(describeCell).join(','); }).join(';');
    return describeCell(x);
  }).join(' | ');
}
function describeCell(v) {
  if (v instanceof Date) return 'Date(' + v.toISOString().slice(0, 10) + ')';
  return typeof v + ':' + JSON.stringify(v);
}
/**
 * A table whose height is its argument.
 * @param n rows
 * @return a table
 * @customfunction
 */
function TABLE(n) {
  var rows = [['Item', 'Square']];
  for (var i = 1; i <= n; i++) rows.push(['item ' + i, i * i]);
  return rows;
}
/**
 * A header and one row holding the first day of month n (0-based) of 2026 and n.
 * @param n the month
 * @return a table with a date
 * @customfunction
 */
function MONTH_ROW(n) { return [['Month', 'n'], [new Date(Date.UTC(2026, n, 1)), n]]; }
/**
 * Always fails.
 * @param x anything
 * @return nothing
 * @customfunction
 */
function FAIL(x) { throw new Error('FAIL: ' + x + ' is not allowed'); }
/** Not a custom function: its JSDoc has no such tag. */
function helperNotCustom() { return 1; }
function activeName() { return SpreadsheetApp.getActiveSheet().getName(); }
`;

export function probeAddon(data: WorkbookData): LocalAddon {
  return loadAddon(createWorkbook(data), { code: PROBE_BUNDLE });
}

/** The Apps Script SpreadsheetApp as the bundle sees it (counted, guarded). */
export function spreadsheetApp(addon: LocalAddon): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return addon.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}

export function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return String((error as Error).message);
  }
  throw new Error('expected the call to throw');
}
