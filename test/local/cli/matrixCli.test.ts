// `cx-sheets matrix` and `cx-sheets build`, run as a user runs them (./cliWorkbook.ts), on
// workbooks written here with ExcelJS directly.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cxSheets, readBook, writeWorkbook } from './cliWorkbook';

// Each test starts one to three cx-sheets processes (about 2 s each with tsx): more than
// jest's 5 s default on a busy machine. A limit against hangs, not a timing assertion.
jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-sheets-matrix-'));
const file = (name: string) => path.join(dir, name);

/**
 * A workbook worked by hand (gap = effective target − current; reach blank = 1):
 *
 *   touchpoint  path    cur tgt reach │ gap × reach
 *   Hotline     —       −2   —   50%  │ 2 × 0.5 = 1
 *   Invoice     —       −1   —   0.2  │ 1 × 0.2 = 0.2
 *   Parcel      Post     0   2   —    │ 2 × 1   = 2
 *   Parcel      Locker  +1   2   25   │ 1 × 0.25 = 0.25   (same name: both linked)
 *   Survey      —        —   1   —    │ not valued: 0, warned
 *
 *   project        cost  impact given  touchpoints         │ impact
 *   Callback       20    —             Hotline; Survey     │ 1       (computed)
 *   E-invoice      5     —             Invoice             │ 0.2     (computed)
 *   Parcel lockers 60    —             Parcel              │ 2.25    (computed)
 *   Chatbot        40    0.5           —                   │ 0.5
 *   =HYPERLINK()   10    3             —                   │ 3
 *
 * Medians: costs 5 10 20 40 60 → 20; impacts 0.2 0.5 1 2.25 3 → 1. Callback (20, 1) sits on
 * both lines → Quick wins, flagged.
 *   =HYPERLINK()    10 ≤ 20, 3 ≥ 1     Quick wins      3 / 10 = 0.3
 *   Callback        20 ≤ 20, 1 ≥ 1     Quick wins      1 / 20 = 0.05
 *   Parcel lockers  60 > 20, 2.25 ≥ 1  Major projects  2.25 / 60 = 0.0375
 *   E-invoice        5 ≤ 20, 0.2 < 1   Fill-ins        0.2 / 5 = 0.04
 *   Chatbot         40 > 20, 0.5 < 1   Money pits      0.5 / 40 = 0.0125
 */
const TOUCHPOINTS: ExcelJS.CellValue[][] = [
  ['Stage', 'Touchpoint', 'Path', 'Valuation', 'Target', 'Reach'],
  ['Contact', 'Hotline', null, -2, null, '50%'],
  ['Pay', 'Invoice', null, -1, null, 0.2],
  ['Deliver', 'Parcel', 'Post', 0, 2, null],
  ['Deliver', 'Parcel', 'Locker', 1, 2, 25],
  ['After', 'Survey', null, null, 1, null],
];
const PROJECTS: ExcelJS.CellValue[][] = [
  ['Project', 'Cost', 'Impact', 'Touchpoints', 'Type', 'Owner'],
  ['Callback', 20, null, 'Hotline; Survey', 'soft', 'Service'],
  ['E-invoice', 5, null, 'invoice', 'hard', 'Finance'],
  ['Parcel lockers', 60, null, 'Parcel', 'hard', 'Logistics'],
  ['Chatbot', 40, 0.5, null, 'hard', 'IT'],
  ['=HYPERLINK()', 10, 3, null, null, '@ops'],
];
const EXPECTED = [
  ['Rank', 'Project', 'Quadrant', 'Cost', 'Impact', 'Impact per cost', 'Touchpoints', 'Type', 'Owner'],
  [1, '=HYPERLINK()', 'Quick wins', 10, 3, 0.3, null, null, '@ops'],
  [2, 'Callback', 'Quick wins', 20, 1, 0.05, 'Hotline, Survey', 'Soft', 'Service'],
  [3, 'Parcel lockers', 'Major projects', 60, 2.25, 0.0375, 'Parcel', 'Hard', 'Logistics'],
  [4, 'E-invoice', 'Fill-ins', 5, 0.2, 0.04, 'invoice', 'Hard', 'Finance'],
  [5, 'Chatbot', 'Money pits', 40, 0.5, 0.0125, null, 'Hard', 'IT'],
];

/** The ranked table: from the header row to the first empty row, 9 columns, numbers to 10 digits. */
function rankedOf(sheet: ExcelJS.Worksheet, first = 'Rank'): unknown[][] {
  const rows: unknown[][] = [];
  let inTable = false;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = Array.from({ length: 9 }, (_, i) => {
      const v = row.getCell(i + 1).value;
      return typeof v === 'number' ? Number(v.toPrecision(10)) : v === undefined ? null : v;
    });
    if (!inTable && values[0] === first) inTable = true;
    if (inTable && values[0] === null) inTable = false;
    if (inTable) rows.push(values);
  });
  return rows;
}

describe('cx-sheets matrix', () => {
  it('writes the ranked table whose quadrant, impact and order follow DESIGN §4, computed impacts = Σ gap × reach', async () => {
    const input = file('projects.xlsx');
    const output = file('projects-matrix.xlsx');
    await writeWorkbook(input, { Touchpoints: TOUCHPOINTS, Projects: PROJECTS });
    const before = readFileSync(input);
    const run = cxSheets('matrix', input, '--out', output);
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `${output}: "Cost vs satisfaction" written from Projects!A1:F6, Touchpoints!A1:F6: 5 projects: 2 quick wins, 1 major project, 1 fill-in, 1 money pit; ` +
        'split at cost 20 (median) and impact 1 (median); 1 project on a split line; impact computed from touchpoints for "Callback", "Parcel lockers", "E-invoice"',
    );
    expect(run.stdout).toContain('warning: Project "Callback" (row 2): linked touchpoints not valued yet add nothing to its computed impact: "Survey".');
    expect(readFileSync(input).equals(before)).toBe(true);
    const sheet = (await readBook(output)).getWorksheet('Cost vs satisfaction')!;
    expect(rankedOf(sheet)).toEqual(EXPECTED);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    // Computed impacts carry their mark in the number format, readable in any spreadsheet app.
    const header = sheet.getColumn(1).values.indexOf('Rank');
    expect([1, 2, 3, 4, 5].map((i) => sheet.getCell(header + i, 5).numFmt)).toEqual(['0.00', '0.00" (computed)"', '0.00" (computed)"', '0.00" (computed)"', '0.00']);
  });

  it('takes the split lines, tabs and language from the options', async () => {
    const input = file('renamed.xlsx');
    const output = file('renamed-matrix.xlsx');
    await writeWorkbook(input, { Mapa: TOUCHPOINTS, Plan: PROJECTS });
    // Cost line 10, impact line 2.25: =HYPERLINK() (10, 3) and Parcel lockers (60, 2.25) are on a line.
    const run = cxSheets('matrix', input, '--out', output, '--projects', 'Plan', '--touchpoints', 'Mapa', '--cost-split', '10', '--impact-split', '2,25', '--locale', 'pl');
    expect(run.stderr).toEqual([]);
    expect(run.stdout).toContain(
      'karta „Koszt a satysfakcja” zapisana z Plan!A1:F6, Mapa!A1:F6: 5 projektów: 1 szybka wygrana, 1 duży projekt, 1 wypełniacz, 2 studnie bez dna; ' +
        'podział przy koszcie 10 (ustawiony) i wpływie 2,25 (ustawiony); 2 projekty na linii podziału',
    );
    expect(run.stdout).not.toMatch(/projects|given|\d\.\d/);
    const table = rankedOf((await readBook(output)).getWorksheet('Koszt a satysfakcja')!, 'Pozycja');
    expect(table.slice(1).map((r) => [r[1], r[2]])).toEqual([
      ['=HYPERLINK()', 'Szybkie wygrane'],
      ['Parcel lockers', 'Duże projekty'],
      ['E-invoice', 'Wypełniacze'],
      ['Callback', 'Studnie bez dna'], // 1 / 20 = 0.05
      ['Chatbot', 'Studnie bez dna'], // 0.5 / 40 = 0.0125
    ]);
  });

  it('stops with exit 1 naming an unknown touchpoint and the closest known one, and writes no output', async () => {
    const input = file('typo.xlsx');
    const output = file('typo-matrix.xlsx');
    await writeWorkbook(input, { Touchpoints: TOUCHPOINTS, Projects: [...PROJECTS.slice(0, 3), ['Parcel lockers', 60, null, 'Parcels; Hotlin', 'hard', 'Logistics']] });
    const run = cxSheets('matrix', input, '--out', output);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([
      'cx-sheets: 2 problems in Projects!A1:F4, Touchpoints!A1:F6; nothing was written.',
      '  Projects row 4, column D (Touchpoints): "Parcels" is not a touchpoint of Touchpoints!A1:F6; closest known: "Parcel"; allowed: names from the Touchpoint column of Touchpoints!A1:F6, separated by ; or , or new lines',
      '  Projects row 4, column D (Touchpoints): "Hotlin" is not a touchpoint of Touchpoints!A1:F6; closest known: "Hotline"; allowed: names from the Touchpoint column of Touchpoints!A1:F6, separated by ; or , or new lines',
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it('reports a bad Type and both unknown touchpoints of one row together: three messages in one run', async () => {
    const input = file('three.xlsx');
    const output = file('three-matrix.xlsx');
    await writeWorkbook(input, { Touchpoints: TOUCHPOINTS, Projects: [...PROJECTS.slice(0, 3), ['Parcel lockers', 60, null, 'Parcels; Hotlin', 'wooden', 'Logistics']] });
    const run = cxSheets('matrix', input, '--out', output);
    expect(run.status).toBe(1);
    expect(run.stderr[0]).toBe('cx-sheets: 3 problems in Projects!A1:F4, Touchpoints!A1:F6; nothing was written.');
    expect(run.stderr.slice(1).map((line) => line.replace(/ is not .*/, ''))).toEqual([
      '  Projects row 4, column E (Type): "wooden"',
      '  Projects row 4, column D (Touchpoints): "Parcels"',
      '  Projects row 4, column D (Touchpoints): "Hotlin"',
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it('reads a Reach cell formatted as a percentage as it shows: 150% is an error, no output', async () => {
    const input = file('reach.xlsx');
    const output = file('reach-grid.xlsx');
    await writeWorkbook(input, { Touchpoints: [['Stage', 'Touchpoint', 'Valuation', 'Reach'], ['Buy', 'Till', -1, 1.5], ['', 'Receipt', 0, 0.4]] }, (book) => {
      const sheet = book.getWorksheet('Touchpoints')!;
      sheet.getCell('D2').numFmt = '0%';
      sheet.getCell('D3').numFmt = '0%';
    });
    const run = cxSheets('grid', input, '--out', output);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([
      'cx-sheets: 1 problem in Touchpoints!A1:D3; nothing was written.',
      '  Touchpoints row 2, column D (Reach): 1.5 is not a reach between 0% and 100%; allowed: a share from 0 to 1, or a percentage from 0% to 100% (40% or 40), or blank',
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it('rejects a split that is not a number, and says plainly that one project makes no matrix', async () => {
    const input = file('projects.xlsx');
    expect(cxSheets('matrix', input, '--out', file('x.xlsx'), '--cost-split', 'cheap').stderr).toEqual(['cx-sheets: --cost-split cheap: allowed: a number, e.g. --cost-split 40 or --cost-split 0.5']);
    const single = file('single.xlsx');
    await writeWorkbook(single, { Projects: PROJECTS.slice(0, 2).map((r, i) => (i === 1 ? ['Callback', 20, 1] : r)) });
    const run = cxSheets('matrix', single, '--out', file('y.xlsx'));
    expect(run.status).toBe(1);
    expect(run.stderr[1]).toBe('  Projects: has only 1 project; a cost-vs-satisfaction matrix compares projects with each other, so one project has no quadrant to be in; allowed: 2 or more project rows');
    expect(existsSync(file('x.xlsx')) || existsSync(file('y.xlsx'))).toBe(false);
  });
});

describe('cx-sheets build', () => {
  it('builds the grid and the matrix when the workbook has Touchpoints and Projects, and rebuilds them in place', async () => {
    const input = file('both.xlsx');
    const output = file('both-built.xlsx');
    await writeWorkbook(input, { Touchpoints: TOUCHPOINTS, Projects: PROJECTS });
    const run = cxSheets('build', input, '--out', output);
    expect(run.stderr).toEqual([]);
    expect(run.stdout).toContain(`${output}: "Valuation grid" written from Touchpoints!A1:F6: 5 touchpoints`);
    expect(run.stdout).toContain(`${output}: "Cost vs satisfaction" written from Projects!A1:F6, Touchpoints!A1:F6: 5 projects`);
    const book = await readBook(output);
    expect(book.worksheets.map((s) => s.name).filter((n) => !n.startsWith('_'))).toEqual(['Touchpoints', 'Projects', 'Valuation grid', 'Cost vs satisfaction']);
    expect(rankedOf(book.getWorksheet('Cost vs satisfaction')!)).toEqual(EXPECTED);
    const again = cxSheets('build', output, '--out', file('both-rebuilt.xlsx'));
    expect(again.stdout).toContain('"Valuation grid" rebuilt');
    expect(again.stdout).toContain('"Cost vs satisfaction" rebuilt');
    expect((await readBook(file('both-rebuilt.xlsx'))).worksheets.map((s) => s.name).filter((n) => !n.startsWith('_'))).toEqual(['Touchpoints', 'Projects', 'Valuation grid', 'Cost vs satisfaction']);
  });

  it('rebuilds the example in Polish: Polish tab names replace the English tabs, charts read hidden columns, no label writes a decimal point', async () => {
    const english = file('example-built.xlsx');
    const polish = file('example-built-pl.xlsx');
    expect(cxSheets('build', path.resolve(__dirname, '../../../examples/cx-example.xlsx'), '--out', english).status).toBe(0);
    const run = cxSheets('build', english, '--out', polish, '--locale', 'pl');
    expect(run.stderr).toEqual([]);
    expect(run.stdout).toContain('karta „Siatka ocen” przebudowana z Touchpoints!A1:I23');
    expect(run.stdout).toContain('karta „Koszt a satysfakcja” przebudowana z Projects!A1:F13');
    expect(run.stdout).toContain('karta „Mapa interesariuszy” przebudowana z Stakeholders!A1:H11: 10 interesariuszy');
    const book = await readBook(polish);
    const names = book.worksheets.map((s) => s.name).filter((n) => !n.startsWith('_'));
    expect(names).toEqual([
      'Responses', 'Touchpoints', 'Projects', 'Metrics', 'Touchpoints 2025', 'Themes', 'Customers', 'Stakeholders',
      'Siatka ocen', 'Koszt a satysfakcja', 'Mapa interesariuszy', 'Weryfikacja ocen', 'Raport z badania',
    ]);
    // The map's chart data: interest, one series per attitude (supporters, neutral, opponents, not stated) and two split lines.
    const HIDDEN: Record<string, number> = { 'Siatka ocen': 3, 'Koszt a satysfakcja': 4, 'Mapa interesariuszy': 7, 'Raport z badania': 6 };
    for (const name of Object.keys(HIDDEN)) {
      const sheet = book.getWorksheet(name)!;
      // Column widths were set from the text; the chart data's columns are hidden.
      const hidden = (sheet.columns ?? []).map((column, i) => (column.hidden ? i + 1 : 0)).filter(Boolean);
      expect(hidden).toHaveLength(HIDDEN[name]);
      sheet.eachRow((row) =>
        row.eachCell((cell, column) => {
          if (typeof cell.value === 'string' && !hidden.includes(column)) expect(`${name}: ${cell.value}`).not.toMatch(/\d\.\d/);
        }),
      );
    }
  });

  it('builds only what the workbook has sources for', async () => {
    const onlyTouchpoints = file('touchpoints-only.xlsx');
    await writeWorkbook(onlyTouchpoints, { Touchpoints: TOUCHPOINTS });
    const run = cxSheets('build', onlyTouchpoints, '--out', file('touchpoints-built.xlsx'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"Valuation grid" written');
    expect(run.stdout).not.toContain('Cost vs satisfaction');
  });

  it('writes nothing when any of the builds finds a problem', async () => {
    const broken = file('broken.xlsx');
    await writeWorkbook(broken, { Touchpoints: TOUCHPOINTS, Projects: [PROJECTS[0], ['A', -1, 1], ['B', 2, 1]] });
    const failed = cxSheets('build', broken, '--out', file('broken-built.xlsx'));
    expect(failed.status).toBe(1);
    expect(failed.stderr[1]).toBe('  Projects row 2, column B (Cost): -1 is not a cost ≥ 0; allowed: a number ≥ 0 (not empty)');
    expect(existsSync(file('broken-built.xlsx'))).toBe(false);
  });

  it('says so when the workbook has no source tab', async () => {
    const none = file('none.xlsx');
    await writeWorkbook(none, { Notes: [['x']] });
    expect(cxSheets('build', none, '--out', file('none-built.xlsx')).stderr).toEqual([
      `cx-sheets: ${none} has no source tab to build from: none of its tabs ("Notes") is "Touchpoints" or "Punkty styku" (valuation grid), "Projects" or "Projekty" (cost-vs-satisfaction matrix), "Stakeholders" or "Interesariusze" (stakeholder map), a dated Touchpoints tab such as "Touchpoints 2025" beside the current one (re-verification), "Responses" or "Odpowiedzi" (survey report)`,
    ]);
  });
});
