/**
 * `cx-sheets recalc IN.xlsx --out OUT.xlsx`: evaluates every formula of IN — native ones and
 * the add-on's custom functions from dist/Code.js — and writes the workbook with the results
 * to OUT: IN's parts as they were, with only the results of formula cells (and the cells
 * their results spill into) rewritten. Prints what it computed: formula cells, error cells
 * with their messages, charts. IN is streamed (a tab of 1,000,000 rows is fine), and its
 * data cells stay out of the formula engine (local/formulaEngine.ts).
 */
import type { Command } from 'commander';
import { DEFAULT_DIST, loadAddon } from '../runtime';
import type { LocalSpreadsheet } from '../spreadsheetApp/spreadsheet';
import { chartSummaries, xlsxBytesWithReport } from '../xlsx';
import { checkOutput, Io, readInput, writeOutput } from './io';

export interface RecalcResult {
  readonly formulas: number;
  readonly errors: readonly string[];
}

/** Every formula cell, and each one showing an error value, as `Sheet!A1: #ERROR! message`. */
export function auditFormulas(workbook: LocalSpreadsheet): RecalcResult {
  let formulas = 0;
  const errors: string[] = [];
  for (const sheet of workbook.sheets) {
    const cells = [...sheet.formulaCells()].sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2);
    for (const [r, c] of cells) {
      formulas++;
      const message = sheet.errorMessageAt(r, c);
      if (message !== undefined) errors.push(`${sheet.getName()}!${sheet.rangeAt(r, c).getA1Notation()}: ${sheet.valueAt(r, c)} ${message}`);
    }
  }
  return { formulas, errors };
}

export async function recalc(input: string, output: string, distDir: string, io: Io): Promise<RecalcResult> {
  checkOutput(input, output);
  io.progress(`reading ${input}`);
  const workbook = await readInput(input);
  io.progress(`evaluating formulas with the add-on in ${distDir}`);
  const addon = loadAddon(workbook, { distDir });
  const result = auditFormulas(workbook);
  io.progress(`writing ${output}`);
  const { bytes, report } = await xlsxBytesWithReport(workbook, { formulaResults: true });
  writeOutput(output, bytes);
  io.print(`${output}: ${workbook.sheets.length} tabs (${workbook.sheets.map((s) => s.getName()).join(', ')}), ${result.formulas} formulas, ${result.errors.length} showing an error; custom functions: ${addon.customFunctions.join(', ')}`);
  for (const error of result.errors.slice(0, 20)) io.print(`  ${error}`);
  if (result.errors.length > 20) io.print(`  … and ${result.errors.length - 20} more`);
  if (report.resultsUpdated.length > 0) io.print(`  results updated in: ${report.resultsUpdated.join(', ')}; every other part of ${input} copied as it was`);
  for (const chart of chartSummaries(workbook)) io.print(`  chart (kept in the model, not in XLSX): ${chart}`);
  return result;
}

export function registerRecalc(program: Command, io: Io): void {
  program
    .command('recalc')
    .description('evaluate every formula of IN (custom functions included) and write the results to OUT')
    .argument('<IN.xlsx>', 'the workbook to read (never modified)')
    .requiredOption('--out <OUT.xlsx>', 'where to write the recalculated workbook')
    .option('--dist <folder>', 'the built add-on (Code.js)', DEFAULT_DIST)
    .action(async (input: string, options: { out: string; dist: string }) => {
      await recalc(input, options.out, options.dist, io);
    });
}
