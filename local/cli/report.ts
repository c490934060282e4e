/**
 * `cx-sheets report IN.xlsx --out OUT.xlsx [--responses TAB] [--period month] [--scale 5]
 * [--ces-scale 7] [--locale en|pl]`: builds the Survey report tab (DESIGN §4) from the
 * Responses table of IN (with its Touchpoints and Themes tables when they exist) by running
 * the add-on's own `buildSurveyReport` (dist/Code.js) on the local runtime, and writes the
 * workbook with the new tab to OUT. An invalid table lists every problem, exits 1 and
 * writes no OUT.
 */
import type { Command } from 'commander';
import { DEFAULT_DIST } from '../runtime';
import { buildTabs } from './build';
import { Io, UserError } from './io';
import { checkLocale, collectMapping, mappableColumns, parseMapping, REPORT_BUILDER, ReportCliOptions, TabBuildResult } from './tabBuild';

export interface ReportOptions extends ReportCliOptions {
  readonly dist: string;
}

const PERIODS = ['day', 'week', 'month', 'quarter', 'year'];

export function checkReportOptions(options: ReportCliOptions): void {
  checkLocale(options.locale);
  if (options.period !== undefined && !PERIODS.includes(options.period)) throw new UserError(`--period ${options.period}: allowed: ${PERIODS.join(', ')}`);
  if (options.scale !== undefined && !['5', '7', '10'].includes(options.scale)) throw new UserError(`--scale ${options.scale}: allowed: 5, 7 or 10`);
  if (options.cesScale !== undefined && !['5', '7'].includes(options.cesScale)) throw new UserError(`--ces-scale ${options.cesScale}: allowed: 5 or 7`);
  parseMapping('--map', options.map);
  parseMapping('--touchpoints-map', options.touchpointsMap);
  parseMapping('--themes-map', options.themesMap);
}

export async function report(input: string, output: string, options: ReportOptions, io: Io): Promise<TabBuildResult> {
  checkReportOptions(options);
  const [built] = await buildTabs(input, output, options.dist, io, () => [{ builder: REPORT_BUILDER, options }]);
  return built.result;
}

export function registerReport(program: Command, io: Io): void {
  program
    .command('report')
    .description('build the Survey report tab from the Responses table of IN (and its Touchpoints and Themes tables) and write the workbook to OUT')
    .argument('<IN.xlsx>', 'the workbook to read (never modified)')
    .requiredOption('--out <OUT.xlsx>', 'where to write the workbook with the report')
    .option('--responses <TAB>', 'the tab holding the Responses table (default: "Responses" or "Odpowiedzi")')
    .option('--map <column=header>', `which header or column letter holds a column of the Responses table, repeatable (columns: ${mappableColumns('responses')})`, collectMapping)
    .option('--touchpoints-map <column=header>', `the same for the Touchpoints table, when the report reads one (columns: ${mappableColumns('touchpoints')})`, collectMapping)
    .option('--themes-map <column=header>', `the same for the Themes table (columns: ${mappableColumns('themes')})`, collectMapping)
    .option('--period <period>', 'the trend period: day, week, month (default), quarter or year')
    .option('--scale <5|7|10>', 'the scale of the rating columns and CSAT (default 5)')
    .option('--ces-scale <7|5>', 'the scale of CES (default 7)')
    .option('--locale <en|pl>', "the language of the tab (default: the workbook's locale)")
    .option('--dist <folder>', 'the built add-on (Code.js)', DEFAULT_DIST)
    .action(async (input: string, options: { out: string; responses?: string; period?: string; scale?: string; cesScale?: string; locale?: string; dist: string; map?: string[]; touchpointsMap?: string[]; themesMap?: string[] }) => {
      await report(input, options.out, options, io);
    });
}
