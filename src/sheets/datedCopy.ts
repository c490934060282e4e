import { literalCellValue } from './literalText';

/**
 * A copy of a tab as it is today, for re-verification next year (DESIGN §4, Save a dated
 * copy). `Spreadsheet.insertSheet(name, index, {template})` copies the tab whole — values,
 * number formats, colours, checkboxes and dropdowns, merges, widths — right after it; then,
 * when the tab has formulas, the copied cells are set to the values the source shows, so that
 * the copy keeps today's valuations when whatever the formulas read changes later. Text is
 * written as text (a name such as "=1+1" stays a name). The source tab is only read, and
 * the tab the user was looking at stays the active one.
 *
 * Service calls: a fixed number, whatever the size of the tab (one insert, one read of the
 * formulas, and one read and one write of the values when there are formulas).
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function copyTabAsValues(spreadsheet: Spreadsheet, source: Sheet, name: string): Sheet {
  const active = spreadsheet.getActiveSheet();
  // getIndex() is 1-based, insertSheet's index 0-based: the copy goes right after its source.
  const copy = spreadsheet.insertSheet(name, source.getIndex(), { template: source });
  const data = source.getDataRange();
  if (data.getFormulas().some((row) => row.some((formula) => formula !== ''))) {
    const values = data.getValues().map((row) => row.map((value: unknown) => (typeof value === 'string' ? literalCellValue(value) : value)));
    copy.getRange(data.getA1Notation()).setValues(values);
  }
  spreadsheet.setActiveSheet(active);
  return copy;
}
