// Google Sheets holds "up to 10 million cells or 18,278 columns (column ZZZ) for spreadsheets
// that are created in or converted to Google Sheets" (Google Drive Help, "Files you can store
// in Google Drive", https://support.google.com/drive/answer/37603). A cell counts whether or
// not it holds anything; Sheets refuses, with the error below, an insertion that would pass
// the limit — it does not refuse to open a file.
import { SHEETS_CELL_LIMIT, SHEETS_CELL_LIMIT_MESSAGE } from '../../../src/core/tabs/sheetLimits';
import { createWorkbook } from '../../../local/runtime';
import { messageOf } from '../helpers';

const SHEETS_MESSAGE = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

describe('the 10,000,000-cell limit in the local runtime', () => {
  it('is Sheets\' limit, with Sheets\' own message', () => {
    expect(SHEETS_CELL_LIMIT).toBe(10_000_000);
    expect(SHEETS_CELL_LIMIT_MESSAGE).toBe(SHEETS_MESSAGE);
  });

  it('counts every tab\'s rows × columns, blank or not: a new tab is 1,000 × 26 = 26,000 cells', () => {
    const workbook = createWorkbook({ A: [], B: [[1]] });
    expect(workbook.cellCount()).toBe(52_000);
  });

  it('refuses insertSheet when the new tab\'s 26,000 cells would pass it, and allows it up to the limit', () => {
    // 383,616 rows × 26 = 9,974,016; + 26,000 = 10,000,016: over.
    const workbook = createWorkbook({ Data: [] });
    workbook.sheetNamed('Data').insertRowsAfter(1000, 382_616);
    expect(workbook.cellCount()).toBe(9_974_016);
    expect(messageOf(() => workbook.insertSheet('Too many'))).toBe(SHEETS_MESSAGE);
    expect(workbook.sheets.map((s) => s.getName())).toEqual(['Data']);
    // One row fewer: 9,973,990 + 26,000 = 9,999,990 fits.
    const small = createWorkbook({ Data: [] });
    small.sheetNamed('Data').insertRowsAfter(1000, 382_615);
    expect(() => small.insertSheet('Fits')).not.toThrow();
    expect(small.cellCount()).toBe(9_999_990);
  });

  it('refuses insertRowsAfter and insertColumnsAfter that would pass it, and changes nothing then', () => {
    const workbook = createWorkbook({ Data: [] });
    const data = workbook.sheetNamed('Data');
    // 10,000,000 / 26 = 384,615.38: 384,615 rows fit, 384,616 do not.
    expect(messageOf(() => data.insertRowsAfter(1000, 383_616))).toBe(SHEETS_MESSAGE);
    expect(data.getMaxRows()).toBe(1000);
    data.insertRowsAfter(1000, 383_615);
    expect(data.getMaxRows()).toBe(384_615);
    expect(messageOf(() => data.insertColumnsAfter(26, 1))).toBe(SHEETS_MESSAGE);
    expect(data.getMaxColumns()).toBe(26);
  });

  it('is not checked when a file is read: a tab of 1,000,000 × 26 loads, and only growing it further fails', () => {
    const workbook = createWorkbook({ Responses: [] });
    const responses = workbook.sheetNamed('Responses');
    responses.resize(1_000_000, 26); // what the XLSX reader does for a 1,000,000-row tab
    expect(workbook.cellCount()).toBe(26_000_000);
    expect(messageOf(() => workbook.insertSheet('More'))).toBe(SHEETS_MESSAGE);
  });
});
