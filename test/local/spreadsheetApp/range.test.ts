import { messageOf, probeAddon, spreadsheetApp } from '../helpers';

function activeSpreadsheet(data: Record<string, unknown[][]> = { Sheet1: [] }) {
  const addon = probeAddon(data);
  return { addon, ss: spreadsheetApp(addon).getActiveSpreadsheet() };
}

describe('Range values, as Google documents them', () => {
  it('getValues gives "" for blanks and numbers, strings, booleans and Dates as they are', () => {
    const { ss } = activeSpreadsheet({ Sheet1: [[1.5, 'text', true, new Date(Date.UTC(2026, 0, 5)), null]] });
    const values = ss.getSheetByName('Sheet1')!.getRange('A1:E1').getValues()[0];
    expect(values.slice(0, 3)).toEqual([1.5, 'text', true]);
    expect(Object.prototype.toString.call(values[3])).toBe('[object Date]');
    expect((values[3] as Date).toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(values[4]).toBe('');
  });

  it('a number in a date format reads as a Date: serial 46027 is 2026-01-05 (46027 days after 1899-12-30)', () => {
    const { ss } = activeSpreadsheet({ Sheet1: [[46027]] });
    const cell = ss.getActiveSheet().getRange('A1');
    expect(cell.getValue()).toBe(46027);
    cell.setNumberFormat('yyyy-mm-dd');
    expect((cell.getValue() as Date).toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(cell.getDisplayValue()).toBe('2026-01-05');
  });

  it('setValues with too few rows or columns throws Sheets\' own message', () => {
    const { ss } = activeSpreadsheet();
    const range = ss.getActiveSheet().getRange(1, 1, 2, 3);
    expect(messageOf(() => range.setValues([[1, 2, 3]]))).toBe('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(messageOf(() => range.setValues([[1, 2, 3], [4, 5]]))).toBe('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
    // Nothing was written by the rejected calls.
    expect(range.getValues()).toEqual([['', '', ''], ['', '', '']]);
  });

  it('a string starting with = written with setValue(s) becomes a formula (the trap DESIGN §6 guards against)', () => {
    const { ss } = activeSpreadsheet({ Sheet1: [[2, 3]] });
    const sheet = ss.getActiveSheet();
    sheet.getRange('C1').setValue('=A1*B1');
    sheet.getRange('D1:F1').setValues([['=SUM(A1:B1)', '+A1', '-']]);
    expect(sheet.getRange('C1:F1').getFormulas()).toEqual([['=A1*B1', '=SUM(A1:B1)', '=+A1', '']]);
    expect(sheet.getRange('C1:F1').getValues()).toEqual([[6, 5, 2, '-']]);
  });

  it('an apostrophe or the plain-text format keeps such a string as text', () => {
    const { ss } = activeSpreadsheet();
    const sheet = ss.getActiveSheet();
    sheet.getRange('A1').setValue("'=HYPERLINK(\"x\")");
    sheet.getRange('B1').setNumberFormat('@').setValue('+48 600 100 200');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=HYPERLINK("x")', '+48 600 100 200']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
  });

  it('getRange is 1-based and checks its bounds with Sheets\' messages', () => {
    const { ss } = activeSpreadsheet();
    const sheet = ss.getActiveSheet();
    expect(messageOf(() => sheet.getRange(0, 1))).toBe('The starting row of the range is too small.');
    expect(messageOf(() => sheet.getRange(1, 0))).toBe('The starting column of the range is too small.');
    expect(messageOf(() => sheet.getRange(1, 1, 0, 1))).toBe('The number of rows in the range must be at least 1.');
    expect(messageOf(() => sheet.getRange(1, 1, 1, 0))).toBe('The number of columns in the range must be at least 1.');
    // A new sheet has 1,000 rows and 26 columns (A–Z).
    expect(messageOf(() => sheet.getRange(1000, 26, 2, 1))).toBe('The coordinates of the range are outside the dimensions of the sheet.');
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
    sheet.insertRowsAfter(1000, 500);
    expect(sheet.getRange(1000, 26, 2, 1).getA1Notation()).toBe('Z1000:Z1001');
  });

  it('reads A1 notation incl. whole and open-ended columns', () => {
    const { ss } = activeSpreadsheet();
    const sheet = ss.getActiveSheet();
    const open = sheet.getRange('B2:B');
    expect([open.getRow(), open.getColumn(), open.getNumRows(), open.getNumColumns()]).toEqual([2, 2, 999, 1]);
    const whole = sheet.getRange('B:C');
    expect([whole.getRow(), whole.getNumRows(), whole.getNumColumns()]).toEqual([1, 1000, 2]);
    expect(whole.getA1Notation()).toBe('B:C');
    expect(open.getA1Notation()).toBe('B2:B1000');
    expect(sheet.getRange(1, 2, 1000, 1).getA1Notation()).toBe('B1:B1000');
    expect(ss.getRange("'Sheet1'!C3:D4").getA1Notation()).toBe('C3:D4');
    expect(messageOf(() => sheet.getRange('nonsense!!'))).toBe('Range not found');
  });

  it('insertSheet with a taken name throws, case-insensitively as Sheets does', () => {
    const { ss } = activeSpreadsheet({ Responses: [] });
    expect(messageOf(() => ss.insertSheet('Responses'))).toBe('A sheet with the name "Responses" already exists. Please enter another name.');
    expect(messageOf(() => ss.insertSheet('responses'))).toBe('A sheet with the name "responses" already exists. Please enter another name.');
    const added = ss.insertSheet('Grid');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Responses', 'Grid']);
    expect(ss.getActiveSheet().getName()).toBe(added.getName());
  });

  it('keeps formats, notes and merges per cell', () => {
    const { ss } = activeSpreadsheet();
    const range = ss.getActiveSheet().getRange('A1:B2');
    range.setBackgrounds([['#ff0000', null], [null, '#00ff00']]).setFontWeight('bold').setNumberFormat('0.0%').setNote('built by test');
    range.setValues([[0.123, 1], [2, 3]]);
    expect(range.getBackgrounds()).toEqual([['#ff0000', '#ffffff'], ['#ffffff', '#00ff00']]);
    expect(range.getFontWeights()).toEqual([['bold', 'bold'], ['bold', 'bold']]);
    expect(range.getDisplayValues()[0]).toEqual(['12.3%', '100.0%']);
    expect(range.getNotes()[1][1]).toBe('built by test');
    range.merge();
    expect(range.isPartOfMerge()).toBe(true);
    expect(messageOf(() => ss.getActiveSheet().getRange('B2:C2').merge())).toBe('You must select all cells in a merged range to merge or unmerge them.');
    range.breakApart();
    expect(range.isPartOfMerge()).toBe(false);
  });

  it('getLastRow/getLastColumn/getDataRange follow the content', () => {
    const { ss } = activeSpreadsheet({ Sheet1: [['a', 'b'], [1]] });
    const sheet = ss.getActiveSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([2, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
    sheet.getRange('D5').setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D5');
    sheet.getRange('D5').clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([2, 2]);
  });
});
