/**
 * `cx-sheets grid IN.xlsx --out OUT.xlsx [--touchpoints SHEET] [--locale en|pl]`: builds the
 * Valuation grid tab from the Touchpoints table of IN by running the add-on's own server
 * function (`buildValuationGrid` in dist/Code.js) on the local runtime, and writes the
 * workbook with the new tab to OUT. An invalid table lists every problem, exits 1 and
 * writes no OUT.
 */
import type { Command } from 'commander';
import { DEFAULT_DIST, loadAddon } from '../runtime';
import { chartSummaries, xlsxBytes } from '../xlsx';
import { checkOutput, Io, readInput, UserError, writeOutput } from './io';

export interface GridOptions {
  readonly touchpoints?: string;
  readonly locale?: string;
  readonly dist: string;
}

/** The summary `buildValuationGrid` returns (src/addon/valuationGridBuild.ts), as the CLI reads it. */
interface GridResult {
  readonly ok: boolean;
  readonly message?: string;
  readonly problems?: readonly { readonly message: string }[];
  readonly tabName?: string;
  readonly replaced?: boolean;
  readonly source?: string;
  readonly counts?: Record<string, number>;
  readonly warnings?: readonly string[];
}

export async function grid(input: string, output: string, options: GridOptions, io: Io): Promise<GridResult> {
  checkOutput(input, output);
  if (options.locale !== undefined && options.locale !== 'en' && options.locale !== 'pl') {
    throw new UserError(`--locale ${options.locale}: allowed: en or pl`);
  }
  io.progress(`reading ${input}`);
  const workbook = await readInput(input);
  io.progress(`building the valuation grid with the add-on in ${options.dist}`);
  const addon = loadAddon(workbook, { distDir: options.dist });
  const result: GridResult = addon.bundle.buildValuationGrid({
    source: options.touchpoints === undefined ? undefined : { kind: 'tab', name: options.touchpoints },
    locale: options.locale,
  });
  if (!result.ok) {
    throw new UserError([result.message, ...(result.problems ?? []).map((p) => `  ${p.message}`)].join('\n'));
  }
  io.progress(`writing ${output}`);
  writeOutput(output, await xlsxBytes(workbook));
  const c = result.counts ?? {};
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  io.print(
    `${output}: "${result.tabName}" ${result.replaced ? 'rebuilt' : 'written'} from ${result.source}: ` +
      `${count(c.touchpoints, 'touchpoint', 'touchpoints')}, ${count(c.stages, 'stage', 'stages')}, ${count(c.paths, 'path', 'paths')}; ` +
      `${c.toFix} to fix, ${count(c.differentiators, 'differentiator', 'differentiators')}, ` +
      `${count(c.negativeMomentsOfTruth, 'negative moment of truth', 'negative moments of truth')}, ${c.notValued} not valued`,
  );
  for (const warning of result.warnings ?? []) io.print(`  warning: ${warning}`);
  for (const chart of chartSummaries(workbook)) io.print(`  chart (kept in the model, not in XLSX): ${chart}`);
  return result;
}

export function registerGrid(program: Command, io: Io): void {
  program
    .command('grid')
    .description('build the Valuation grid tab from the Touchpoints table of IN and write the workbook to OUT')
    .argument('<IN.xlsx>', 'the workbook to read (never modified)')
    .requiredOption('--out <OUT.xlsx>', 'where to write the workbook with the grid')
    .option('--touchpoints <SHEET>', 'the tab holding the Touchpoints table (default: "Touchpoints" or "Punkty styku")')
    .option('--locale <en|pl>', "the language of the tab (default: the workbook's locale)")
    .option('--dist <folder>', 'the built add-on (Code.js)', DEFAULT_DIST)
    .action(async (input: string, options: { out: string; touchpoints?: string; locale?: string; dist: string }) => {
      await grid(input, options.out, options, io);
    });
}
