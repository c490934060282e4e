// `npm run demo` (after `npm run build`): runs both example workbooks through the CLI
// (`cx-sheets build`: every generated tab the workbook has sources for; then `cx-sheets
// recalc`: every formula's result, since build copies the tabs it did not generate as they
// are) into out/, then prints a short summary of what the add-on computed and built, read back
// from the written files (the cached results a spreadsheet app would show).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DRIVERS_AT, Language, METRIC_ROWS, NPS_VALUE_CELL } from './lib/exampleWorkbook';
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

/** The title (A1) of the Re-verification tab, by the language it is built in. */
const REVERIFICATION_TITLES: Record<Language, string> = { en: 'Re-verification of touchpoint valuations', pl: 'Weryfikacja ocen punktów styku' };

/** The Re-verification tab's summary, as the tab shows it: each count and the differentiators lost. */
function comparisonSummary(sheet: ExcelJS.Worksheet): string[] {
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push([1, 2, 3].map((c) => String(row.getCell(c).value ?? ''))));
  const start = rows.findIndex((r) => /^(Summary|Podsumowanie)$/.test(r[0]));
  const end = rows.findIndex((r, i) => i > start && /^(Mean valuation per stage|Średnia ocena na etap)$/.test(r[0]));
  const lines: string[] = [];
  for (const [label, count, detail] of rows.slice(start + 1, end)) {
    // Names come as "Online payment (Online): +2 → +1"; other details are what a status means.
    const named = detail.includes('→');
    if (label !== '') lines.push(`${label}: ${count}${named ? ` — ${detail}` : ''}`);
    else if (named) lines[lines.length - 1] += `; ${detail}`;
  }
  return lines;
}

/** The title (A1) of the Cost vs satisfaction tab, by the language it is built in. */
const RANKED_TITLES: Record<Language, string> = { en: 'Cost vs satisfaction: improvement projects', pl: 'Koszt a satysfakcja: projekty usprawnień' };

/** The title (A1) of the Survey report tab, by the language it is built in. */
const REPORT_TITLES: Record<Language, string> = { en: 'Survey report', pl: 'Raport z badania' };

/** The Survey report's headline NPS, its top driver and its biggest valuation mismatch, as the tab shows them. */
function reportSummary(sheet: ExcelJS.Worksheet): string[] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push(Array.from({ length: 12 }, (_, i) => row.getCell(i + 1).value)));
  const number = (v: ExcelJS.CellValue) => (typeof v === 'number' ? v.toFixed(1) : '');
  const lines: string[] = [];
  const nps = rows.find((r) => r[0] === 'NPS');
  const responses = rows.find((r) => /^(Responses|Odpowiedzi) \(/.test(String(r[0])));
  if (nps) lines.push(`NPS ${number(nps[1])} (95%: ${number(nps[2])} to ${number(nps[3])}) from ${responses?.[1]} responses`);
  const header = rows.findIndex((r) => r[0] === 'Touchpoint' || r[0] === 'Punkt styku');
  if (header >= 0) {
    const table: ExcelJS.CellValue[][] = [];
    for (let i = header + 1; i < rows.length && typeof rows[i][1] === 'number'; i++) table.push(rows[i]);
    const top = table.find((r) => typeof r[7] === 'number');
    if (top) lines.push(`top driver: ${String(top[0])}, importance ${number(top[7])}% (${String(top[8])})`);
    const gap = (r: ExcelJS.CellValue[]) => (typeof r[9] === 'number' && typeof r[10] === 'number' ? Math.abs(r[10] - r[9]) : 0);
    const mismatch = table.filter((r) => typeof r[11] === 'string' && r[11] !== '').sort((a, b) => gap(b) - gap(a))[0];
    if (mismatch) lines.push(`biggest valuation mismatch: ${String(mismatch[0])}, valued ${String(mismatch[9] ?? '—')}, ${String(mismatch[11])}`);
  }
  return lines;
}

async function summarise(file: string, language: Language): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const metrics = book.worksheets[3];
  const value = (row: number) => shown(metrics.getCell(row, 2));
  const label = (row: number) => String(metrics.getCell(row, 1).value);
  console.log(`\n${path.relative(ROOT, file)}`);
  console.log(`  tabs written: ${book.worksheets.filter((s) => s.state === 'visible').map((s) => s.name).join(', ')}`);
  console.log(`  ${label(METRIC_ROWS.responses)}: ${metrics.getCell(METRIC_ROWS.responses, 2).result ?? value(METRIC_ROWS.responses)}`);
  const npsLow = shown(metrics.getCell(METRIC_ROWS.npsCi, 2));
  const npsHigh = shown(metrics.getCell(METRIC_ROWS.npsCi, 3));
  console.log(`  NPS: ${value(METRIC_ROWS.nps)}, 95% interval ${npsLow} to ${npsHigh} (margin ${value(METRIC_ROWS.npsMoe)}); COUNTIF check ${value(METRIC_ROWS.npsCheck)}`);
  console.log(`  ${label(METRIC_ROWS.npsSampleSize)}: ${value(METRIC_ROWS.npsSampleSize).replace(/\.0$/, '')}`);
  console.log(`  CES: ${value(METRIC_ROWS.cesMean)}; ${label(METRIC_ROWS.cesEasy)}: ${value(METRIC_ROWS.cesEasy)}`);
  const csat = [0, 1, 2, 3, 4].map((i) => `${label(METRIC_ROWS.csatFirst + i).replace(/^CSAT /, '')} ${value(METRIC_ROWS.csatFirst + i)}`);
  console.log(`  CSAT: ${csat.join(', ')}`);
  const drivers = (row: number, column: number) => shown(metrics.getCell(DRIVERS_AT.row + row, DRIVERS_AT.column + column));
  console.log(`  key driver of NPS: ${drivers(1, 0)}, importance ${drivers(1, 3)}% (${drivers(1, 5)}); the ratings explain ${drivers(6, 3)}% of NPS`);
  const { row, column } = NPS_VALUE_CELL;
  const lifetime = [1, 2, 3].map((i) => `${String(metrics.getCell(row + i, column).value)} ${shown(metrics.getCell(row + i, column + 5))}`);
  console.log(`  Lifetime value by NPS class (NPS_VALUE): ${lifetime.join(', ')}`);
  const matrix = book.worksheets.find((s) => s.getCell(1, 1).value === RANKED_TITLES[language]);
  if (matrix) {
    const first: string[] = [];
    matrix.eachRow((row) => {
      const rank = row.getCell(1).value;
      if (typeof rank === 'number' && rank <= 3) first.push(`${rank}. ${String(row.getCell(2).value)} (${String(row.getCell(3).value)})`);
    });
    console.log(`  ${matrix.name}, first to do: ${first.join('; ')}`);
  }
  const report = book.worksheets.find((s) => s.getCell(1, 1).value === REPORT_TITLES[language]);
  if (report) {
    console.log(`  ${report.name}:`);
    for (const line of reportSummary(report)) console.log(`    ${line}`);
  }
  const comparison = book.worksheets.find((s) => s.getCell(1, 1).value === REVERIFICATION_TITLES[language]);
  if (comparison) {
    console.log(`  ${comparison.name}:`);
    for (const line of comparisonSummary(comparison)) console.log(`    ${line}`);
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const examples = Object.entries(EXAMPLE_FILES) as [Language, string][];
  for (const [language, input] of examples) {
    const output = path.join(OUT, path.basename(input));
    const built = output.replace(/\.xlsx$/, '-built.xlsx');
    const steps = [
      ['build', path.relative(ROOT, input), '--out', path.relative(ROOT, built), '--locale', language],
      ['recalc', path.relative(ROOT, built), '--out', path.relative(ROOT, output)],
    ];
    for (const args of steps) {
      console.log(`\n$ cx-sheets ${args.join(' ')}`);
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/cx-sheets.js'), ...args], { cwd: ROOT, stdio: 'inherit' });
      if (run.status !== 0) throw new Error(`cx-sheets ${args[0]} ${args[1]} failed (exit ${run.status})`);
    }
  }
  for (const [language, input] of examples) await summarise(path.join(OUT, path.basename(input)), language);
}

main().catch((error) => {
  console.error(String(error?.message ?? error));
  process.exitCode = 1;
});
