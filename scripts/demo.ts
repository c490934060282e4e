// `npm run demo` (after `npm run build`): runs both example workbooks through the CLI
// (`cx-sheets recalc`) into out/, then prints a short summary of what the add-on computed,
// read back from the written files (the cached results a spreadsheet app would show).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { METRIC_ROWS } from './lib/exampleWorkbook';
import { EXAMPLE_FILES } from './examples';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'out');

function shown(cell: ExcelJS.Cell): string {
  const value = cell.value as ExcelJS.CellValue;
  const result = value && typeof value === 'object' && 'formula' in value ? value.result : value;
  if (typeof result === 'number') return result.toFixed(1);
  if (result && typeof result === 'object' && 'error' in result) {
    const fn = String((value as ExcelJS.CellFormulaValue).formula).split('(')[0];
    return result.error === '#NAME?' ? `(${fn} not in this build)` : String(result.error);
  }
  return String(result ?? '');
}

async function summarise(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const metrics = book.worksheets[3];
  const value = (row: number) => shown(metrics.getCell(row, 2));
  const label = (row: number) => String(metrics.getCell(row, 1).value);
  console.log(`\n${path.relative(ROOT, file)}`);
  console.log(`  tabs written: ${book.worksheets.filter((s) => s.state === 'visible').map((s) => s.name).join(', ')}`);
  console.log(`  ${label(METRIC_ROWS.responses)}: ${metrics.getCell(METRIC_ROWS.responses, 2).result ?? value(METRIC_ROWS.responses)}`);
  console.log(`  NPS: ${value(METRIC_ROWS.nps)} ± ${value(METRIC_ROWS.npsMoe)} (95%); COUNTIF check ${value(METRIC_ROWS.npsCheck)}`);
  console.log(`  CES: ${value(METRIC_ROWS.cesMean)}; ${label(METRIC_ROWS.cesEasy)}: ${value(METRIC_ROWS.cesEasy)}`);
  const csat = [0, 1, 2, 3, 4].map((i) => `${label(METRIC_ROWS.csatFirst + i).replace(/^CSAT /, '')} ${value(METRIC_ROWS.csatFirst + i)}`);
  console.log(`  CSAT: ${csat.join(', ')}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const input of Object.values(EXAMPLE_FILES)) {
    const output = path.join(OUT, path.basename(input));
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/cx-sheets.js'), 'recalc', path.relative(ROOT, input), '--out', path.relative(ROOT, output)], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`cx-sheets recalc ${input} failed (exit ${run.status})`);
  }
  for (const input of Object.values(EXAMPLE_FILES)) await summarise(path.join(OUT, path.basename(input)));
}

main().catch((error) => {
  console.error(String(error?.message ?? error));
  process.exitCode = 1;
});
