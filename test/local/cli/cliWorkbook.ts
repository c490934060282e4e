/**
 * Helpers for the CLI tests: run `node bin/cx-sheets.js …` as a user does, in a child
 * process, and write or read workbooks with ExcelJS directly (never with the runtime's own
 * writer, so a test does not check the runtime against itself).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(__dirname, '../../..');

/** Exit status, stdout, and stderr without the progress lines ("… reading"). */
export function cxSheets(...args: string[]): { status: number | null; stdout: string; stderr: string[] } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/cx-sheets.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('… ')) };
}

export async function writeWorkbook(target: string, tabs: Record<string, ExcelJS.CellValue[][]>, decorate?: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(tabs)) book.addWorksheet(name).addRows(rows);
  decorate?.(book);
  await book.xlsx.writeFile(target);
}

export async function readBook(source: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(source);
  return book;
}
