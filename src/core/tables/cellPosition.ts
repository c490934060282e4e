/**
 * Where a cell sits within a custom function's argument, as a user reads it: "row 7 of
 * scores", "column 2 of scores", "row 3, column 2 of groups", or just "scores" for a
 * single cell. Error messages name it beside the value at fault.
 */
export function positionIn(argName: string, rows: number, columns: number, row: number, column: number): string {
  if (rows === 1 && columns === 1) return argName;
  if (columns === 1) return `row ${row + 1} of ${argName}`;
  if (rows === 1) return `column ${column + 1} of ${argName}`;
  return `row ${row + 1}, column ${column + 1} of ${argName}`;
}
