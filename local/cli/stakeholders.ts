/**
 * `cx-sheets stakeholders IN.xlsx --out OUT.xlsx [--stakeholders SHEET] [--locale en|pl]`:
 * builds the Stakeholder map tab from the Stakeholders table of IN by running the add-on's
 * own server function (`buildStakeholderMap` in dist/Code.js) on the local runtime, and
 * writes the workbook with the new tab to OUT. An invalid table (an Influence of 6, a blank
 * Interest) lists every problem, exits 1 and writes no OUT.
 */
import type { Command } from 'commander';
import { DEFAULT_DIST } from '../runtime';
import { buildTabs } from './build';
import { Io } from './io';
import { checkLocale, collectMapping, mappableColumns, parseMapping, STAKEHOLDERS_BUILDER, StakeholdersCliOptions, TabBuildResult } from './tabBuild';

export interface StakeholdersOptions extends StakeholdersCliOptions {
  readonly dist: string;
}

export async function stakeholders(input: string, output: string, options: StakeholdersOptions, io: Io): Promise<TabBuildResult> {
  checkLocale(options.locale);
  // A malformed --map is refused before IN is read.
  parseMapping('--map', options.map);
  const [built] = await buildTabs(input, output, options.dist, io, () => [{ builder: STAKEHOLDERS_BUILDER, options }]);
  return built.result;
}

export function registerStakeholders(program: Command, io: Io): void {
  program
    .command('stakeholders')
    .description('build the Stakeholder map tab from the Stakeholders table of IN and write the workbook to OUT')
    .argument('<IN.xlsx>', 'the workbook to read (never modified)')
    .requiredOption('--out <OUT.xlsx>', 'where to write the workbook with the map')
    .option('--stakeholders <SHEET>', 'the tab holding the Stakeholders table (default: "Stakeholders" or "Interesariusze")')
    .option('--map <column=header>', `which header or column letter holds a column of the Stakeholders table, repeatable (columns: ${mappableColumns('stakeholders')})`, collectMapping)
    .option('--locale <en|pl>', "the language of the tab (default: the workbook's locale)")
    .option('--dist <folder>', 'the built add-on (Code.js)', DEFAULT_DIST)
    .action(async (input: string, options: { out: string; stakeholders?: string; locale?: string; dist: string; map?: string[] }) => {
      await stakeholders(input, options.out, options, io);
    });
}
