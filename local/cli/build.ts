/**
 * `cx-sheets build IN.xlsx --out OUT.xlsx [--locale en|pl]`: builds every generated tab IN
 * has sources for — the Valuation grid when it has a Touchpoints tab, the Cost vs
 * satisfaction matrix when it has a Projects tab, the Stakeholder map when it has a
 * Stakeholders tab, the Re-verification when it has a dated Touchpoints tab beside the
 * current one, the Survey report when it has a Responses tab — with the add-on's own
 * server functions,
 * then writes OUT once. All or nothing: if any build finds a problem, exit 1 and no OUT.
 * OUT is IN with only the generated tabs added or replaced: every other tab is copied from
 * IN exactly as it was (formula results too; `recalc` updates those).
 */
import type { Command } from 'commander';
import { DEFAULT_DIST, LocalAddon, loadAddon } from '../runtime';
import { chartSummaries, xlsxBytesWithReport } from '../xlsx';
import { checkOutput, Io, readInput, UserError, writeOutput } from './io';
import { checkLocale, COMPARE_BUILDER, GRID_BUILDER, MATRIX_BUILDER, failedBuildsMessage, printBuilt, REPORT_BUILDER, STAKEHOLDERS_BUILDER, TabBuilder, TabBuildResult } from './tabBuild';

export interface BuildOptions {
  readonly locale?: string;
  readonly dist: string;
}

/** One builder to run, with its options. */
export interface TabBuild {
  readonly builder: TabBuilder<unknown>;
  readonly options: unknown;
}

export interface Built {
  readonly what: string;
  readonly result: TabBuildResult;
}

const BUILDERS: readonly TabBuilder<{ readonly locale?: string }>[] = [GRID_BUILDER, MATRIX_BUILDER, STAKEHOLDERS_BUILDER, COMPARE_BUILDER, REPORT_BUILDER];

/**
 * Reads IN, runs each build in turn on one loaded add-on, then writes OUT once and prints
 * what each wrote. When any build finds a problem, every build's problems are listed
 * together and nothing is written.
 */
export async function buildTabs(
  input: string,
  output: string,
  dist: string,
  io: Io,
  builds: (workbookTabs: readonly string[], addon: LocalAddon) => readonly TabBuild[],
): Promise<Built[]> {
  checkOutput(input, output);
  io.progress(`reading ${input}`);
  const workbook = await readInput(input);
  const addon = loadAddon(workbook, { distDir: dist });
  const chosen = builds(workbook.sheets.map((s) => s.getName()), addon);
  const built: Built[] = [];
  const failures: TabBuildResult[] = [];
  // Every build runs, so one run lists the problems of every table; then all or nothing.
  for (const { builder, options } of chosen) {
    io.progress(`building the ${builder.what} with the add-on in ${dist}`);
    const result = builder.run(addon, options);
    if (result.ok) built.push({ what: builder.what, result });
    else failures.push(result);
  }
  if (failures.length > 0) throw new UserError(failedBuildsMessage(failures));
  io.progress(`writing ${output}`);
  const { bytes, report } = await xlsxBytesWithReport(workbook);
  writeOutput(output, bytes);
  // Builds never write to the tabs they read; if one ever did, say so rather than hide it.
  if (report.rewritten.length > 0) io.print(`  warning: written from the model, not copied: ${report.rewritten.join(', ')}`);
  chosen.forEach(({ builder }, i) => printBuilt(io, output, builder, built[i].result));
  // Charts of generated tabs are written as chart parts (local/ooxml/drawings.ts).
  const polish = built.some(({ result }) => result.locale === 'pl');
  // "  chart: Grid: LINE chart from …" / "  Siatka ocen: wykres liniowy z …"
  for (const chart of chartSummaries(workbook, polish ? 'pl' : 'en')) io.print(polish ? `  ${chart}` : `  chart: ${chart}`);
  return built;
}

export async function build(input: string, output: string, options: BuildOptions, io: Io): Promise<Built[]> {
  checkLocale(options.locale);
  return buildTabs(input, output, options.dist, io, (tabs, addon) => {
    const applicable = BUILDERS.filter((b) => (b.applies ? b.applies(addon) : b.sourceTabs.some((name) => tabs.includes(name))));
    if (applicable.length === 0) {
      const wanted = BUILDERS.map((b) => b.needs ?? `${b.sourceTabs.map((t) => `"${t}"`).join(' or ')} (${b.what})`).join(', ');
      throw new UserError(`${input} has no source tab to build from: none of its tabs (${tabs.map((t) => `"${t}"`).join(', ')}) is ${wanted}`);
    }
    return applicable.map((builder) => ({ builder, options: { locale: options.locale } }));
  });
}

export function registerBuild(program: Command, io: Io): void {
  program
    .command('build')
    .description('build every generated tab IN has sources for (grid from Touchpoints, matrix from Projects, stakeholder map from Stakeholders, re-verification from a dated Touchpoints tab and the current one, survey report from Responses) and write the workbook to OUT')
    .argument('<IN.xlsx>', 'the workbook to read (never modified)')
    .requiredOption('--out <OUT.xlsx>', 'where to write the workbook with the generated tabs')
    .option('--locale <en|pl>', "the language of the tabs (default: the workbook's locale)")
    .option('--dist <folder>', 'the built add-on (Code.js)', DEFAULT_DIST)
    .action(async (input: string, options: { out: string; locale?: string; dist: string }) => {
      await build(input, options.out, options, io);
    });
}
