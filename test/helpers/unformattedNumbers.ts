/**
 * Numbers a tab shows "as typed" (33.17254725, 0.3139263021): a number that is not whole in
 * a cell without a number format, formula results and spilled arrays included. DESIGN §4:
 * every number a tab shows has a format.
 */
import type { LocalSheet } from '../../local/spreadsheetApp/sheet';
import { columnLetter } from '../../src/core/tabs/columnLetters';

export function unformattedDecimals(sheet: LocalSheet): string[] {
  const problems: string[] = [];
  for (let row = 1; row <= sheet.getLastRow(); row++) {
    for (let column = 1; column <= sheet.getLastColumn(); column++) {
      const value = sheet.valueAt(row, column);
      const format = sheet.format(row, column)?.numberFormat;
      if (typeof value === 'number' && !Number.isInteger(value) && (!format || /^general$/i.test(format))) {
        problems.push(`${sheet.getName()}!${columnLetter(column)}${row} ${value}`);
      }
    }
  }
  return problems;
}
