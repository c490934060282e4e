/**
 * `cx-sheets matrix IN.xlsx --out OUT.xlsx [--projects SHEET] [--touchpoints SHEET]
 * [--cost-split N] [--impact-split N] [--locale en|pl]`: builds the Cost vs satisfaction tab
 * from the Projects table of IN (and its Touchpoints table, for computed impacts and name
 * checks) by running the add-on's own `buildCostSatisfactionMatrix` on the local runtime,
 * and writes the workbook with the new tab to OUT. Invalid tables — an unknown touchpoint
 * name among them, with the closest known name — list every problem, exit 1 and write no OUT.
 */
import type { Command } from 'commander';
import { DEFAULT_DIST } from '../runtime';
import { buildTabs } from './build';
import { Io } from './io';
import { checkLocale, collectMapping, mappableColumns, MATRIX_BUILDER, MatrixCliOptions, numberOption, parseMapping, TabBuildResult } from './tabBuild';

export interface MatrixOptions extends MatrixCliOptions {
  readonly dist: string;
}

export async function matrix(input: string, output: string, options: MatrixOptions, io: Io): Promise<TabBuildResult> {
  checkLocale(options.locale);
  // A malformed --map is refused before IN is read.
  parseMapping('--map', options.map);
  parseMapping('--touchpoints-map', options.touchpointsMap);
  const [built] = await buildTabs(input, output, options.dist, io, () => [{ builder: MATRIX_BUILDER, options }]);
  return built.result;
}

export function registerMatrix(program: Command, io: Io): void {
  program
    .command('matrix')
    .description('build the Cost vs satisfaction tab from the Projects (and Touchpoints) tables of IN and write the workbook to OUT')
    .argument('<IN.xlsx>', 'the workbook to read (never modified)')
    .requiredOption('--out <OUT.xlsx>', 'where to write the workbook with the matrix')
    .option('--projects <SHEET>', 'the tab holding the Projects table (default: "Projects" or "Projekty")')
    .option('--touchpoints <SHEET>', 'the tab holding the Touchpoints table (default: "Touchpoints" or "Punkty styku")')
    .option('--map <column=header>', `which header or column letter holds a column of the Projects table, repeatable (columns: ${mappableColumns('projects')})`, collectMapping)
    .option('--touchpoints-map <column=header>', `which header or column letter holds a column of the Touchpoints table, repeatable (columns: ${mappableColumns('touchpoints')})`, collectMapping)
    .option('--cost-split <N>', 'the cost line (default: the median cost)')
    .option('--impact-split <N>', 'the impact line (default: the median impact)')
    .option('--locale <en|pl>', "the language of the tab (default: the workbook's locale)")
    .option('--dist <folder>', 'the built add-on (Code.js)', DEFAULT_DIST)
    .action(async (input: string, options: { out: string; projects?: string; touchpoints?: string; costSplit?: string; impactSplit?: string; locale?: string; dist: string; map?: string[]; touchpointsMap?: string[] }) => {
      await matrix(input, options.out, { ...options, costSplit: numberOption('--cost-split', options.costSplit), impactSplit: numberOption('--impact-split', options.impactSplit) }, io);
    });
}
