/**
 * `cx-sheets compare IN.xlsx [--before TAB] [--now TAB] --out OUT.xlsx [--locale en|pl]`:
 * builds the Re-verification tab (DESIGN §4) from two Touchpoints tables of IN — this year's
 * valuations against last year's — by running the add-on's own `buildReverification`
 * (dist/Code.js) on the local runtime, and writes the workbook with the new tab to OUT.
 * By default "before" is the Touchpoints tab with the latest year or date in its name
 * ("Touchpoints 2025") and "now" the one without. An invalid table (either of them) lists
 * every problem with its tab, row and value, exits 1 and writes no OUT.
 */
import type { Command } from 'commander';
import { DEFAULT_DIST } from '../runtime';
import { buildTabs } from './build';
import { Io } from './io';
import { checkLocale, collectMapping, COMPARE_BUILDER, CompareCliOptions, mappableColumns, parseMapping, TabBuildResult } from './tabBuild';

export interface CompareOptions extends CompareCliOptions {
  readonly dist: string;
}

export async function compare(input: string, output: string, options: CompareOptions, io: Io): Promise<TabBuildResult> {
  checkLocale(options.locale);
  // A malformed --map is refused before IN is read.
  parseMapping('--before-map', options.beforeMap);
  parseMapping('--now-map', options.nowMap);
  const [built] = await buildTabs(input, output, options.dist, io, () => [{ builder: COMPARE_BUILDER, options }]);
  return built.result;
}

export function registerCompare(program: Command, io: Io): void {
  program
    .command('compare')
    .description("build the Re-verification tab of IN (this year's valuations against last year's) and write the workbook to OUT")
    .argument('<IN.xlsx>', 'the workbook to read (never modified)')
    .requiredOption('--out <OUT.xlsx>', 'where to write the workbook with the comparison')
    .option('--before <TAB>', 'the earlier Touchpoints table (default: the Touchpoints tab with the latest year or date in its name)')
    .option('--now <TAB>', 'the current Touchpoints table (default: the Touchpoints tab without a date)')
    .option('--before-map <column=header>', `which header or column letter holds a column of the earlier Touchpoints table, repeatable (columns: ${mappableColumns('touchpoints')})`, collectMapping)
    .option('--now-map <column=header>', `which header or column letter holds a column of the current Touchpoints table, repeatable (columns: ${mappableColumns('touchpoints')})`, collectMapping)
    .option('--locale <en|pl>', "the language of the tab (default: the workbook's locale)")
    .option('--dist <folder>', 'the built add-on (Code.js)', DEFAULT_DIST)
    .action(async (input: string, options: { out: string; before?: string; now?: string; locale?: string; dist: string; beforeMap?: string[]; nowMap?: string[] }) => {
      await compare(input, options.out, options, io);
    });
}
