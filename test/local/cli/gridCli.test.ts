// `cx-sheets grid`, run as a user runs it: `node bin/cx-sheets.js grid …` in a child process,
// on workbooks written here with ExcelJS directly (never by the runtime's own writer).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cxSheets, readBook, writeWorkbook } from './cliWorkbook';

// Each test runs the CLI in a child process: seconds each, more on a busy machine.
jest.setTimeout(60_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-sheets-grid-'));
const file = (name: string) => path.join(dir, name);

/**
 * Touchpoints worked by hand (DESIGN §2 target/gap, §4 first action that applies):
 *
 *   touchpoint  path    cur tgt │ target gap  action
 *   Leaflet     —        0   —  │   0     0   Hold
 *   =1+1        Web     −1   —  │   0    +1   Fix
 *   Basket      Web      1   2  │   2    +1   Differentiate
 *   Counter     Shop     2   0  │   0    −2   Over-served
 *   Refund      —        —   —  │   —     —   Not valued
 *   Survey      —       −2   1  │   1    +3   Fix
 */
const HEADER = ['Stage', 'Touchpoint', 'Path', 'Valuation', 'Target', 'Moment of truth', 'Effort point', 'Reach', 'Owner'];
const ROWS: ExcelJS.CellValue[][] = [
  ['Discover', 'Leaflet', null, 0, null, false, false, 0.3, 'Marketing'],
  ['Discover', '=1+1', 'Web', -1, null, true, true, 0.5, '@team'],
  ['Buy', 'Basket', 'Web', 1, 2, false, 'x', null, 'Web'],
  ['Buy', 'Counter', 'Shop', 2, 0, 'no', null, 0.2, 'Shops'],
  ['After', 'Refund', null, null, null, 'yes', null, null, 'Service'],
  ['After', 'Survey', null, -2, 1, null, null, 0.1, 'Service'],
];
const EXPECTED = [
  ['Stage', 'Path', 'Touchpoint', 'Moment of truth', 'Effort point', 'Current', 'Target', 'Gap', 'Reach', 'Action', 'Owner'],
  ['Discover', 'All paths', 'Leaflet', 'No', 'No', 0, 0, 0, 0.3, 'Hold', 'Marketing'],
  ['Discover', 'Web', '=1+1', 'Yes', 'Yes', -1, 0, 1, 0.5, 'Fix', '@team'],
  ['Buy', 'Web', 'Basket', 'No', 'Yes', 1, 2, 1, null, 'Differentiate', 'Web'],
  ['Buy', 'Shop', 'Counter', 'No', 'No', 2, 0, -2, 0.2, 'Over-served', 'Shops'],
  ['After', 'All paths', 'Refund', 'Yes', 'No', null, null, null, null, 'Not valued', 'Service'],
  ['After', 'All paths', 'Survey', 'No', 'No', -2, 1, 3, 0.1, 'Fix', 'Service'],
];

/** The generated table: from its header row down to the first empty row, as plain values. */
function tableOf(sheet: ExcelJS.Worksheet, header: readonly string[] = EXPECTED[0] as string[]): unknown[][] {
  const rows: unknown[][] = [];
  let inTable = false;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = Array.from({ length: 11 }, (_, i) => plain(row.getCell(i + 1).value));
    if (!inTable && values.every((v, i) => v === header[i])) inTable = true;
    if (inTable && values[0] === null) inTable = false;
    if (inTable) rows.push(values);
  });
  return rows;
}

function plain(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === 'object' && 'formula' in value) return { formula: value.formula };
  return value === undefined ? null : value;
}

/** Everything ExcelJS reads of a tab: cells with their styles, merges, column widths. */
function tabModel(sheet: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => cells.push([r, c, cell.type, plain(cell.value), cell.numFmt ?? null, cell.font ?? null, cell.fill ?? null, cell.alignment ?? null])),
  );
  return { cells, merges: Object.keys((sheet as unknown as { _merges: object })._merges).sort(), widths: sheet.columns?.map((c) => c.width ?? null) ?? [] };
}

describe('cx-sheets grid', () => {
  it('writes a Valuation grid tab with the header and, per touchpoint, the Current, Target, Gap and Action of DESIGN §2 and §4', async () => {
    const input = file('journey.xlsx');
    const output = file('journey-grid.xlsx');
    await writeWorkbook(input, { Touchpoints: [HEADER, ...ROWS] });
    const before = readFileSync(input);
    const run = cxSheets('grid', input, '--out', output);
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${output}: "Valuation grid" written from Touchpoints!A1:I7: 6 touchpoints, 3 stages, 2 paths`);
    expect(readFileSync(input).equals(before)).toBe(true);

    const book = await readBook(output);
    const grid = book.getWorksheet('Valuation grid')!;
    expect(tableOf(grid)).toEqual(EXPECTED);
    // "=1+1" is text in the grid's own row of names too, never a formula.
    const names = grid.getRow(7); // the emotion grid, from column M: row 5 "Path: Web", 6 stages, 7 names
    expect([names.getCell(13).value, names.getCell(15).value]).toEqual(['Touchpoint', '=1+1']);
    grid.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('rebuilds the tab it wrote (its mark survives the XLSX round trip), leaving one grid', async () => {
    const first = file('journey-grid.xlsx');
    const second = file('journey-grid-2.xlsx');
    const run = cxSheets('grid', first, '--out', second);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"Valuation grid" rebuilt from Touchpoints!A1:I7');
    const book = await readBook(second);
    expect(book.worksheets.map((s) => s.name).filter((name) => name.startsWith('Valuation grid'))).toEqual(['Valuation grid']);
    expect(tableOf(book.getWorksheet('Valuation grid')!)).toEqual(EXPECTED);
  });

  it('leaves a user tab called "Valuation grid" exactly as it was and writes the grid under a free name', async () => {
    const input = file('with-own-tab.xlsx');
    const output = file('with-own-tab-grid.xlsx');
    await writeWorkbook(input, { Touchpoints: [HEADER, ...ROWS], 'Valuation grid': [['My notes', 42], ['=2+2 is text here', null]] }, (book) => {
      const own = book.getWorksheet('Valuation grid')!;
      own.getCell('A1').font = { bold: true, color: { argb: 'FF123456' } };
      own.getCell('B1').numFmt = '0.00';
      own.getCell('A3').value = { formula: 'B1*2', result: 84 };
      own.mergeCells('C1:D2');
      own.getColumn(1).width = 33;
    });
    const run = cxSheets('grid', input, '--out', output);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"Valuation grid (2)" written');
    expect(run.stdout).toContain('A tab named "Valuation grid" that CX Sheets did not build already exists and was left untouched');
    const [before, after] = [await readBook(input), await readBook(output)];
    expect(tabModel(after.getWorksheet('Valuation grid')!)).toEqual(tabModel(before.getWorksheet('Valuation grid')!));
    expect(tableOf(after.getWorksheet('Valuation grid (2)')!)).toEqual(EXPECTED);
  });

  it('reads another tab with Polish headers and writes the Polish tab with --locale pl', async () => {
    const input = file('polish.xlsx');
    const output = file('polish-grid.xlsx');
    const polishHeader = ['Etap', 'Punkt styku', 'Kanał', 'Ocena', 'Cel', 'Moment prawdy', 'Wysiłek klienta', 'Zasięg', 'Dział'];
    await writeWorkbook(input, { Notatki: [['x']], 'Mapa 2026': [polishHeader, ...ROWS] });
    const run = cxSheets('grid', input, '--out', output, '--touchpoints', 'Mapa 2026', '--locale', 'pl');
    expect(run.stderr).toEqual([]);
    // The summary line in Polish: Discover, Buy, After; Web, Shop; "=1+1" and Survey to fix,
    // Basket a differentiator, "=1+1" a negative moment of truth, Refund not valued.
    expect(run.stdout).toContain(`${output}: karta „Siatka ocen” zapisana z 'Mapa 2026'!A1:I7: 6 punktów styku, 3 etapy, 2 ścieżki; 2 do naprawy, 1 wyróżnik, 1 negatywny moment prawdy, 1 nieoceniony`);
    expect(run.stdout).not.toMatch(/written|touchpoint|chart/);
    expect(run.stdout).toContain("  Siatka ocen: wykres liniowy z 'Siatka ocen'!");
    const polishTable = ['Etap', 'Ścieżka', 'Punkt styku', 'Moment prawdy', 'Wysiłek klienta', 'Ocena', 'Cel', 'Luka', 'Zasięg', 'Działanie', 'Właściciel'];
    const table = tableOf((await readBook(output)).getWorksheet('Siatka ocen')!, polishTable);
    expect(table).toHaveLength(7);
    expect(table.slice(1).map((r) => r[9])).toEqual(['Utrzymaj', 'Napraw', 'Wyróżnij', 'Ponad potrzebę', 'Nieocenione', 'Napraw']);
  });

  it('stops with exit 1, naming the row and the value, and writes no output for an invalid valuation', async () => {
    const input = file('invalid.xlsx');
    const output = file('invalid-grid.xlsx');
    await writeWorkbook(input, { Touchpoints: [HEADER, ...ROWS.slice(0, 2), ['Buy', 'Basket', 'Web', 3, null, null, null, null, null]] });
    const run = cxSheets('grid', input, '--out', output);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([
      'cx-sheets: 1 problem in Touchpoints!A1:I4; nothing was written.',
      '  Touchpoints row 4, column D (Valuation): 3 is not a valuation level; allowed: a whole level −2, −1, 0, 1 or 2 (the emotion grid has these five rows), or blank (= not yet valued)',
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it('rejects an unknown --locale or --touchpoints tab with one clear line', async () => {
    const input = file('journey.xlsx');
    expect(cxSheets('grid', input, '--out', file('x.xlsx'), '--locale', 'de').stderr).toEqual(['cx-sheets: --locale de: allowed: en or pl']);
    const missing = cxSheets('grid', input, '--out', file('y.xlsx'), '--touchpoints', 'Nope');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toEqual(['cx-sheets: 1 problem in the source table; nothing was written.', '  Nope: there is no tab with this name; allowed: one of the tabs: "Touchpoints"']);
    expect(existsSync(file('x.xlsx')) || existsSync(file('y.xlsx'))).toBe(false);
  });
});
