/**
 * `cx-sheets grid IN.xlsx --out OUT.xlsx [--touchpoints SHEET] [--locale en|pl]`: builds the
 * Valuation grid tab from the Touchpoints table of IN by running the add-on's own server
 * function (`buildValuationGrid` in dist/Code.js) on the local runtime, and writes the
 * workbook with the new tab to OUT. An invalid table lists every problem, exits 1 and
 * writes no OUT.
 */
import type { Command } from 'commander';
import { DEFAULT_DIST } from '../runtime';
import { buildTabs } from './build';
import { Io } from './io';
import { checkLocale, collectMapping, GRID_BUILDER, GridCliOptions, mappableColumns, parseMapping, TabBuildResult } from './tabBuild';

export interface GridOptions extends GridCliOptions {
  readonly dist: string;
}

export async function grid(input: string, output: string, options: GridOptions, io: Io): Promise<TabBuildResult> {
  checkLocale(options.locale);
  // A malformed --map is refused before IN is read.
  parseMapping('--map', options.map);
  const [built] = await buildTabs(input, output, options.dist, io, () => [{ builder: GRID_BUILDER, options }]);
  return built.result;
}

export function registerGrid(program: Command, io: Io): void {
  program
    .command('grid')
    .description('build the Valuation grid tab from the Touchpoints table of IN and write the workbook to OUT')
    .argument('<IN.xlsx>', 'the workbook to read (never modified)')
    .requiredOption('--out <OUT.xlsx>', 'where to write the workbook with the grid')
    .option('--touchpoints <SHEET>', 'the tab holding the Touchpoints table (default: "Touchpoints" or "Punkty styku")')
    .option('--map <column=header>', `which header or column letter holds a column of the Touchpoints table, repeatable (columns: ${mappableColumns('touchpoints')})`, collectMapping)
    .option('--locale <en|pl>', "the language of the tab (default: the workbook's locale)")
    .option('--dist <folder>', 'the built add-on (Code.js)', DEFAULT_DIST)
    .action(async (input: string, options: { out: string; touchpoints?: string; locale?: string; dist: string; map?: string[] }) => {
      await grid(input, options.out, options, io);
    });
}
