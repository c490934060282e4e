// `cx-sheets stakeholders` and `cx-sheets build` with a Stakeholders table, run as a user
// runs them (./cliWorkbook.ts), on workbooks written here with ExcelJS directly.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cxSheets, readBook, writeWorkbook } from './cliWorkbook';

// Each test starts one or two cx-sheets processes (about 2 s each with tsx): a limit against hangs.
jest.setTimeout(60_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-sheets-stakeholders-'));
const file = (name: string) => path.join(dir, name);

/*
 * Worked by hand (DESIGN §4: Mendelow's quadrants, split at 3 with 3 counting high; order:
 * quadrant, then influence × interest, then influence, then name):
 *
 *   stakeholder        influence interest product  quadrant
 *   Board              5         5        25       Manage closely
 *   =HYPERLINK("x")    3         5        15       Manage closely
 *   Sales              5         3        15       Manage closely  (15 too: influence 5 > 3, so before =HYPERLINK)
 *   IT                 3         3         9       Manage closely  (both on the lines: high, high)
 *   CFO                5         2        10       Keep satisfied
 *   legal              3         2         6       Keep satisfied  (6 = Audit's; same influence; "Audit" < "legal")
 *   Audit              3         2         6       Keep satisfied
 *   Hotline            2         5        10       Keep informed
 *   Stores             1         4         4       Keep informed
 *   Intern             1         1         1       Monitor
 */
const STAKEHOLDERS: ExcelJS.CellValue[][] = [
  ['Stakeholder', 'Department', 'Influence', 'Interest', 'Attitude', 'Expectations', 'Next step', 'Owner'],
  ['Intern', null, 1, 1, null, null, null, null],
  ['legal', 'Legal', 3, 2, 'neutral', null, null, null],
  ['CFO', 'Finance', 5, 2, 'opponent', 'Payback within a year', 'Show the value of a promoter', 'CX lead'],
  ['Stores', 'Retail', 1, 4, null, null, null, null],
  ['IT', 'IT', 3, 3, 'neutral', null, null, null],
  ['=HYPERLINK("x")', '@ops', 3, 5, 'supporter', '+48 600 100 200', '-call back', null],
  ['Hotline', 'Service', 2, 5, 'supporter', null, null, null],
  ['Audit', 'Finance', 3, 2, 'opponent', null, null, null],
  ['Sales', 'Sales', 5, 3, 'supporter', null, null, null],
  ['Board', null, 5, 5, 'supporter', null, null, 'CEO office'],
];
const EXPECTED: unknown[][] = [
  ['Stakeholder', 'Department', 'Influence', 'Interest', 'Quadrant', 'Attitude', 'Expectations', 'Next step', 'Owner'],
  ['Board', null, 5, 5, 'Manage closely', 'Supporter', null, null, 'CEO office'],
  ['Sales', 'Sales', 5, 3, 'Manage closely', 'Supporter', null, null, null],
  ['=HYPERLINK("x")', '@ops', 3, 5, 'Manage closely', 'Supporter', '+48 600 100 200', '-call back', null],
  ['IT', 'IT', 3, 3, 'Manage closely', 'Neutral', null, null, null],
  ['CFO', 'Finance', 5, 2, 'Keep satisfied', 'Opponent', 'Payback within a year', 'Show the value of a promoter', 'CX lead'],
  ['Audit', 'Finance', 3, 2, 'Keep satisfied', 'Opponent', null, null, null],
  ['legal', 'Legal', 3, 2, 'Keep satisfied', 'Neutral', null, null, null],
  ['Hotline', 'Service', 2, 5, 'Keep informed', 'Supporter', null, null, null],
  ['Stores', 'Retail', 1, 4, 'Keep informed', null, null, null, null],
  ['Intern', null, 1, 1, 'Monitor', null, null, null, null],
];

/** The rows of a tab as values (null for empty), `width` columns. */
function rowsOf(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) rows.push(Array.from({ length: width }, (_, c) => sheet.getRow(r).getCell(c + 1).value ?? null));
  return rows;
}

/** The stakeholder table: from its header row to the first empty row. */
function tableOf(sheet: ExcelJS.Worksheet, first = 'Stakeholder'): unknown[][] {
  const rows = rowsOf(sheet, 9);
  const start = rows.findIndex((r) => r[0] === first && r[2] !== null);
  const end = rows.findIndex((r, i) => i > start && r[0] === null);
  return rows.slice(start, end < 0 ? undefined : end);
}

describe('cx-sheets stakeholders', () => {
  it('puts each stakeholder of a hidden table in its quadrant and order, keeping formula-like text as text', async () => {
    const input = file('hidden.xlsx');
    const output = file('hidden-map.xlsx');
    await writeWorkbook(input, { Notes: [['see the other tab']], Stakeholders: STAKEHOLDERS }, (book) => {
      book.getWorksheet('Stakeholders')!.state = 'hidden';
    });
    const before = readFileSync(input);
    const run = cxSheets('stakeholders', input, '--out', output);
    expect(run.stderr).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `${output}: "Stakeholder map" written from Stakeholders!A1:H11: 10 stakeholders: 4 to manage closely, 3 to keep satisfied, 2 to keep informed, 1 to monitor; 4 supporters, 2 opponents`,
    );
    expect(readFileSync(input).equals(before)).toBe(true);

    const book = await readBook(output);
    const sheet = book.getWorksheet('Stakeholder map')!;
    expect(tableOf(sheet)).toEqual(EXPECTED);
    // The 2×2 as cells: each quadrant lists its names in the same order, ▲ supporter, ▼ opponent.
    const cells = rowsOf(sheet, 5);
    const at = (text: string) => cells.findIndex((r) => r.includes(text));
    const top = at('Keep satisfied (3)');
    expect(cells[top]).toEqual(['High influence (≥ 3)', 'Keep satisfied (3)', null, 'Manage closely (4)', null]);
    expect(cells.slice(top + 1, top + 5)).toEqual([
      [null, 'CFO ▼', 'Finance', 'Board ▲', null],
      [null, 'Audit ▼', 'Finance', 'Sales ▲', 'Sales'],
      [null, 'legal', 'Legal', '=HYPERLINK("x") ▲', '@ops'],
      [null, null, null, 'IT', 'IT'],
    ]);
    const bottom = at('Monitor (1)');
    expect(cells.slice(bottom, bottom + 3)).toEqual([
      ['Low influence (< 3)', 'Monitor (1)', null, 'Keep informed (2)', null],
      [null, 'Intern', null, 'Hotline ▲', 'Service'],
      [null, null, null, 'Stores', 'Retail'],
    ]);
    // Nothing the user typed became a formula.
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('stops with exit 1 on an Influence of 6, names the cell, and writes no output', async () => {
    const input = file('six.xlsx');
    const output = file('six-map.xlsx');
    await writeWorkbook(input, { Stakeholders: [STAKEHOLDERS[0], ['CFO', 'Finance', 6, 2, 'opponent', null, null, null], ['IT', 'IT', 3, 3, 'maybe', null, null, null]] });
    const run = cxSheets('stakeholders', input, '--out', output);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toEqual([
      'cx-sheets: 2 problems in Stakeholders!A1:H3; nothing was written.',
      '  Stakeholders row 2, column C (Influence): 6 is not a level of influence; allowed: a whole number from 1 to 5 (not empty)',
      '  Stakeholders row 3, column E (Attitude): "maybe" is not a stakeholder attitude; allowed: supporter, zwolennik, zwolenniczka, neutral, neutralny, neutralna, opponent, przeciwnik, przeciwniczka, or blank',
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it('takes the tab and the language from the options, and reads Polish headers and words', async () => {
    const input = file('polish.xlsx');
    const output = file('polish-map.xlsx');
    const polish = [
      ['Interesariusz', 'Dział', 'Wpływ', 'Zainteresowanie', 'Postawa', 'Oczekiwania', 'Następny krok', 'Właściciel'],
      ['Prezes', 'Zarząd', 5, 4, 'zwolennik', null, null, null],
      ['Dyrektor finansowy', 'Finanse', 4, 2, 'przeciwnik', null, null, null],
      ['Infolinia', 'Obsługa', 2, 4, 'neutralny', null, null, null],
    ];
    await writeWorkbook(input, { Ludzie: polish });
    const run = cxSheets('stakeholders', input, '--out', output, '--stakeholders', 'Ludzie', '--locale', 'pl');
    expect(run.stderr).toEqual([]);
    // A Polish build speaks Polish: 1 manage closely, 1 keep satisfied, 1 keep informed (by hand below).
    expect(run.stdout).toContain('„Mapa interesariuszy” zapisana z Ludzie!A1:H4: 3 interesariusze: 1 do bliskiego zarządzania, 1 do dbania o zadowolenie, 1 do informowania, 0 do monitorowania');
    const table = tableOf((await readBook(output)).getWorksheet('Mapa interesariuszy')!, 'Interesariusz');
    expect(table.map((r) => [r[0], r[4], r[5]])).toEqual([
      ['Interesariusz', 'Ćwiartka', 'Postawa'],
      ['Prezes', 'Zarządzaj blisko', 'Zwolennik'],
      ['Dyrektor finansowy', 'Dbaj o zadowolenie', 'Przeciwnik'],
      ['Infolinia', 'Informuj', 'Neutralny'],
    ]);
  });
});

describe('cx-sheets build with a Stakeholders table', () => {
  it('builds the stakeholder map beside the other tabs it has sources for', async () => {
    const input = file('build.xlsx');
    const output = file('build-out.xlsx');
    await writeWorkbook(input, { Touchpoints: [['Stage', 'Touchpoint', 'Valuation'], ['Buy', 'Till', -1]], Stakeholders: STAKEHOLDERS });
    const run = cxSheets('build', input, '--out', output);
    expect(run.stderr).toEqual([]);
    expect(run.stdout).toContain('"Valuation grid" written');
    expect(run.stdout).toContain('"Stakeholder map" written from Stakeholders!A1:H11: 10 stakeholders');
    const book = await readBook(output);
    expect(book.worksheets.map((s) => s.name).filter((n) => !n.startsWith('_'))).toEqual(['Touchpoints', 'Stakeholders', 'Valuation grid', 'Stakeholder map']);
    expect(tableOf(book.getWorksheet('Stakeholder map')!)).toEqual(EXPECTED);
  });

  it('lists the problems of every table in one run (each once, though grid and matrix both read Touchpoints), and writes nothing', async () => {
    const input = file('all-bad.xlsx');
    const output = file('all-bad-out.xlsx');
    await writeWorkbook(input, {
      Touchpoints: [['Stage', 'Touchpoint', 'Valuation'], ['Buy', 'Till', 5]],
      Projects: [['Project', 'Cost', 'Impact'], ['Faster till', -1, 1], ['New app', 'abc', 2]],
      Stakeholders: [STAKEHOLDERS[0], ['CFO', 'Finance', 9, 2, null, null, null, null]],
    });
    const run = cxSheets('build', input, '--out', output);
    expect(run.status).toBe(1);
    const problems = run.stderr.filter((line) => line.startsWith('  '));
    expect(problems).toEqual([
      expect.stringMatching(/^  Touchpoints row 2, column C \(Valuation\): 5 /),
      expect.stringMatching(/^  Projects row 2, column B \(Cost\): -1 /),
      expect.stringMatching(/^  Projects row 3, column B \(Cost\): "abc" /),
      expect.stringMatching(/^  Stakeholders row 2, column C \(Influence\): 9 /),
    ]);
    expect(existsSync(output)).toBe(false);
  });
});
