// The cx-sheets command, run as a user runs it: `node bin/cx-sheets.js …` in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createWorkbook, loadAddon } from '../../../local/runtime';

// Each test runs the CLI in a child process: seconds each, more on a busy machine.
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../../..');

function cxSheets(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/cx-sheets.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The lines a user reads as the error: stderr without the progress lines. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !line.startsWith('… '));
}

const NPS_SCORES = [10, 9, 9, 8, 7, 6, 3, 10];
const CHANNELS = ['Online', 'Store', 'Online', 'Store', 'Online', 'Store', 'Online', 'Store'];

/** A workbook written with ExcelJS directly, never produced by the runtime's own writer. */
async function unseenWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const data = book.addWorksheet('Survey');
  data.addRow(['Channel', 'NPS', 'CES', 'CSAT']);
  NPS_SCORES.forEach((score, i) => data.addRow([CHANNELS[i], score, (i % 7) + 1, (i % 5) + 1]));
  const metrics = book.addWorksheet('Metrics');
  metrics.getCell('A1').value = { formula: 'NPS(Survey!B2:B)' } as ExcelJS.CellFormulaValue;
  metrics.getCell('A2').value = { formula: 'CES(Survey!C2:C)' } as ExcelJS.CellFormulaValue;
  metrics.getCell('A3').value = { formula: 'CSAT(Survey!D2:D)' } as ExcelJS.CellFormulaValue;
  metrics.getCell('C1').value = { formula: 'NPS_BY(Survey!B2:B,Survey!A2:A)' } as ExcelJS.CellFormulaValue;
  await book.xlsx.writeFile(file);
}

function shownValue(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  if (value && typeof value === 'object' && 'formula' in value) {
    const result = value.result;
    return result && typeof result === 'object' && 'error' in result ? result.error : result;
  }
  return value;
}

describe('cx-sheets', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-sheets-cli-'));

  it('--help lists the commands and exits 0', () => {
    const run = cxSheets('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/recalc/);
  });

  it('recalc writes what Sheets would show for NPS, CES, CSAT and NPS_BY over whole columns, and leaves IN byte-identical', async () => {
    const input = path.join(dir, 'survey.xlsx');
    const output = path.join(dir, 'survey-out.xlsx');
    await unseenWorkbook(input);
    const before = readFileSync(input);
    const run = cxSheets('recalc', input, '--out', output);
    expect(run.status).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    const metrics = book.getWorksheet('Metrics')!;
    // NPS: 4 promoters (10, 9, 9, 10) − 2 detractors (6, 3) over 8 answers = 25.
    expect(shownValue(metrics.getCell('A1'))).toBe(25);

    // The other functions: whatever the bundle defines must equal its direct call; a
    // function not (yet) in the bundle shows #NAME?, as in Sheets.
    const reference = loadAddon(createWorkbook());
    const column = (c: number) => NPS_SCORES.map((_, i) => [[CHANNELS[i], NPS_SCORES[i], (i % 7) + 1, (i % 5) + 1][c]]);
    const blanks = (rows: unknown[][], width: number) => [...rows, ...Array.from({ length: 1000 - 1 - rows.length }, () => Array(width).fill(''))];
    const checks: [string, string, unknown[]][] = [
      ['A2', 'CES', [blanks(column(2), 1)]],
      ['A3', 'CSAT', [blanks(column(3), 1)]],
    ];
    for (const [address, fn, args] of checks) {
      const shown = shownValue(metrics.getCell(address));
      if (reference.customFunctions.includes(fn)) expect(shown).toBeCloseTo(reference.bundle[fn](...args) as number, 9);
      else expect(shown).toBe('#NAME?');
    }
    if (reference.customFunctions.includes('NPS_BY')) {
      const table = reference.bundle.NPS_BY(blanks(column(1), 1), blanks(column(0), 1)) as unknown[][];
      table.forEach((row, r) => row.forEach((cell, c) => expect(shownValue(metrics.getCell(1 + r, 3 + c))).toEqual(cell === '' ? null : cell)));
    } else {
      expect(shownValue(metrics.getCell('C1'))).toBe('#NAME?');
    }
  });

  it.each([
    ['a missing input', 'missing.xlsx', /^cx-sheets: cannot read .*missing\.xlsx: no such file$/],
    ['a corrupt input', 'corrupt.xlsx', /^cx-sheets: .*corrupt\.xlsx is not a readable \.xlsx workbook \(.+\)$/],
  ])('%s: exit 1, one clear line, no OUT', (_what, name, message) => {
    writeFileSync(path.join(dir, 'corrupt.xlsx'), 'PK this is not really a zip');
    const output = path.join(dir, `${name}-out.xlsx`);
    const run = cxSheets('recalc', path.join(dir, name), '--out', output);
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)).toHaveLength(1);
    expect(errorLines(run.stderr)[0]).toMatch(message);
    expect(existsSync(output)).toBe(false);
  });

  describe('the spreadsheet locale', () => {
    /** A survey on a tab named Odpowiedzi (a Polish default), as Sheets exports it: no language recorded unless given. */
    async function polishWorkbook(file: string, language?: string): Promise<void> {
      const book = new ExcelJS.Workbook();
      const data = book.addWorksheet('Odpowiedzi');
      data.addRow(['Kanał', 'Polecenie']);
      NPS_SCORES.forEach((score, i) => data.addRow([CHANNELS[i], score]));
      book.addWorksheet('Metryki').getCell('A1').value = { formula: 'NPS_BY(Odpowiedzi!B2:B,Odpowiedzi!A2:A)' } as ExcelJS.CellFormulaValue;
      await book.xlsx.writeFile(file);
      if (!language) return;
      // As Excel records it: <dc:language> among the core properties.
      const zip = await JSZip.loadAsync(readFileSync(file));
      const core = await zip.file('docProps/core.xml')!.async('string');
      zip.file('docProps/core.xml', core.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`));
      writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    }
    const headerAndTotal = async (file: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const metrics = book.getWorksheet('Metryki')!;
      return [shownValue(metrics.getCell('A1')), shownValue(metrics.getCell('B1')), shownValue(metrics.getCell('A4'))];
    };
    const coreXml = async (file: string) => (await JSZip.loadAsync(readFileSync(file))).file('docProps/core.xml')!.async('string');

    it('is Polish for a file that records none and whose source tabs bear Polish names: functions answer in Polish, and the output records pl-PL', async () => {
      const input = path.join(dir, 'ankieta.xlsx');
      const output = path.join(dir, 'ankieta-out.xlsx');
      await polishWorkbook(input);
      expect(await coreXml(input)).not.toContain('dc:language');
      expect(cxSheets('recalc', input, '--out', output).status).toBe(0);
      // NPS_BY's Polish header (Grupa, Odpowiedzi …) and total row (Razem): Online, Store, Razem.
      expect(await headerAndTotal(output)).toEqual(['Grupa', 'Odpowiedzi', 'Razem']);
      expect(await coreXml(output)).toContain('<dc:language>pl-PL</dc:language>');
    });

    it('is what the file records, whatever its tabs are called', async () => {
      const input = path.join(dir, 'ankieta-en.xlsx');
      const output = path.join(dir, 'ankieta-en-out.xlsx');
      await polishWorkbook(input, 'en-GB');
      expect(cxSheets('recalc', input, '--out', output).status).toBe(0);
      expect(await headerAndTotal(output)).toEqual(['Group', 'Responses', 'Total']);
      // Unchanged, so the file's own core properties are copied as they were.
      expect(await coreXml(output)).toBe(await coreXml(input));
    });
  });

  it('refuses to write over its input', async () => {
    const input = path.join(dir, 'same.xlsx');
    await unseenWorkbook(input);
    const before = readFileSync(input);
    const run = cxSheets('recalc', input, '--out', input);
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)).toEqual([`cx-sheets: --out ${input} is the input file; cx-sheets never changes its input, choose another name`]);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
