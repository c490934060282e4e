import { buildStakeholderMap } from '../core/stakeholders/stakeholderMap';
import { defaultTabs } from '../core/sources/sourceKinds';
import { stakeholderMapLayout } from '../core/stakeholders/stakeholderMapLayout';
import { STAKEHOLDER_MAP_TEXTS } from '../core/stakeholders/stakeholderMapTexts';
import { readStakeholders, StakeholderColumn } from '../core/stakeholders/stakeholdersTable';
import { OutputLocale } from '../core/tabs/outputLocale';
import { ColumnMapping } from '../core/tables/tableSchema';
import { withDocumentLock } from '../sheets/documentLock';
import { readTableSource, TableSourceChoice } from '../sheets/tableSource';
import { BUILD_MESSAGES } from './buildMessages';
import { buildLocale, checkBuildOptions, InvalidTables, invalidTables, nameTakenWarning, TabBuilt, unusedColumnsWarning, writeBuiltTab } from './buildResult';

/**
 * Builds the "Stakeholder map" tab from the Stakeholders table (DESIGN §3–§4): the server
 * side of the sidebar's button, the menu item and `cx-sheets stakeholders`.
 *
 * The shared sequence, under the document lock: read the table in one call → validate
 * every row (core) → if anything is wrong, return every problem and write nothing → else
 * place and order the stakeholders and write the generated tab (marked, never over a
 * user's tab of the same name).
 */
export interface StakeholderMapOptions {
  /** Where the Stakeholders table is; default: the tab "Stakeholders" or "Interesariusze". */
  readonly source?: TableSourceChoice;
  /** Columns the headers did not reveal: a header as written, or a column letter. */
  readonly mapping?: ColumnMapping<StakeholderColumn>;
  /** Language of the tab and of the messages; default: the spreadsheet's locale. */
  readonly locale?: OutputLocale;
}

export interface StakeholderMapBuilt extends TabBuilt {
  readonly counts: {
    readonly stakeholders: number;
    readonly manageClosely: number;
    readonly keepSatisfied: number;
    readonly keepInformed: number;
    readonly monitor: number;
    readonly supporters: number;
    readonly neutral: number;
    readonly opponents: number;
  };
}

export type StakeholderMapResult = StakeholderMapBuilt | InvalidTables;

export const STAKEHOLDER_MAP_KIND = 'stakeholder-map';
const WHAT = 'Stakeholder map';

export function buildStakeholderMapTab(rawOptions?: StakeholderMapOptions): StakeholderMapResult {
  checkBuildOptions(WHAT, rawOptions);
  const options = rawOptions ?? {};
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(WHAT, () => {
    const locale = buildLocale(spreadsheet, options.locale);
    const read = readTableSource(spreadsheet, options.source, defaultTabs('stakeholders'), locale);
    if ('problem' in read) return invalidTables([read.problem], undefined, locale);
    const table = readStakeholders(read.grid, options.mapping, locale);
    if (table.problems.length > 0) return invalidTables(table.problems, read.a1, locale);

    const map = buildStakeholderMap(table.rows, locale);
    const written = writeBuiltTab(spreadsheet, {
      kind: STAKEHOLDER_MAP_KIND,
      source: read.a1,
      sourceSheet: read.grid.sheet,
      name: STAKEHOLDER_MAP_TEXTS[locale].tabName,
      locale,
      layout: (builtAt) => stakeholderMapLayout(map, locale, { source: read.a1, builtAt }),
    });

    const warnings: string[] = [];
    const nameTaken = nameTakenWarning(written, BUILD_MESSAGES[locale].theMap, locale);
    if (nameTaken !== undefined) warnings.push(nameTaken);
    const unused = unusedColumnsWarning(table.unusedHeaders, undefined, locale);
    if (unused !== undefined) warnings.push(unused);
    const q = map.quadrants;
    return {
      ok: true,
      tabName: written.tabName,
      replaced: written.replaced,
      source: read.a1,
      locale,
      counts: {
        stakeholders: map.stakeholders.length,
        manageClosely: q.manageClosely.length,
        keepSatisfied: q.keepSatisfied.length,
        keepInformed: q.keepInformed.length,
        monitor: q.monitor.length,
        supporters: map.attitudes.supporter,
        neutral: map.attitudes.neutral,
        opponents: map.attitudes.opponent,
      },
      warnings,
    };
  });
}
