/**
 * The local runtime's Apps Script services installed as this test realm's globals, so the
 * src/sheets adapters can be unit-tested directly (the end-to-end tests in test/local run
 * them inside dist/Code.js instead).
 */
import { createWorkbook, loadAddon, LocalAddon, WorkbookData } from '../../local/runtime';

export function useLocalServices(data: WorkbookData): { addon: LocalAddon; spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet } {
  const addon = loadAddon(createWorkbook(data));
  for (const name of ['SpreadsheetApp', 'LockService', 'Charts']) (globalThis as Record<string, unknown>)[name] = addon.globals[name];
  const spreadsheet = (addon.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  return { addon, spreadsheet };
}
