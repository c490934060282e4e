import { TOUCHPOINTS_SCHEMAS } from '../core/journey/touchpointsTable';
import { defaultTabs, DEFAULT_TAB_NAMES } from '../core/sources/sourceKinds';
import { OutputLocale } from '../core/tabs/outputLocale';
import { PROBLEM_TEXTS } from '../core/tables/problemTexts';
import { TableProblem } from '../core/tables/tableProblem';
import { copyTabAsValues } from '../sheets/datedCopy';
import { withDocumentLock } from '../sheets/documentLock';
import { freeTabName } from '../sheets/generatedTab';
import { buildLocale, checkLocale, InvalidTables, invalidTables } from './buildResult';
import { touchpointsComparisonChoices } from './reverificationBuild';

/**
 * Save a dated copy of a Touchpoints tab (DESIGN §4), so that next year's re-verification
 * has its "before": a new tab "Touchpoints 2026-12-01" ("Punkty styku 2026-12-01" in
 * Polish) dated today in the spreadsheet's time zone (File › Settings), under a free name
 * when that one is taken ("Touchpoints 2026-12-01 (2)"). It is an ordinary tab of the user's
 * — no generated mark, so no build ever replaces it — and the source is only read.
 */
export interface DatedCopyOptions {
  /** The tab to copy; default: the current Touchpoints tab (as Compare valuations picks "now"). */
  readonly source?: string;
  /** The language of the new tab's name; default: the spreadsheet's locale. */
  readonly locale?: OutputLocale;
}

export interface DatedCopySaved {
  readonly ok: true;
  readonly tabName: string;
  /** The tab copied. */
  readonly source: string;
  /** Today in the spreadsheet's time zone, as the name writes it: "2026-12-01". */
  readonly date: string;
  readonly locale: OutputLocale;
  /** Set when a tab already had the dated name: that name (the copy took a free one). */
  readonly nameTakenBy?: string;
}

export type DatedCopyResult = DatedCopySaved | InvalidTables;

const WHAT = 'Save a dated copy';

function checkOptions(options: DatedCopyOptions): void {
  checkLocale(WHAT, options.locale);
  if (options.source !== undefined && (typeof options.source !== 'string' || options.source === '')) {
    throw new Error(`${WHAT}: source ${JSON.stringify(options.source)} is not the name of a tab`);
  }
}

export function saveDatedCopyNow(rawOptions?: DatedCopyOptions): DatedCopyResult {
  const options = rawOptions ?? {};
  checkOptions(options);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(WHAT, () => {
    const locale = buildLocale(spreadsheet, options.locale);
    const texts = PROBLEM_TEXTS[locale];
    const name = options.source ?? touchpointsComparisonChoices().now;
    const sheet = name === undefined ? null : spreadsheet.getSheetByName(name);
    if (!sheet) {
      const tabs = spreadsheet.getSheets().map((s) => `"${s.getName()}"`).join(', ');
      const problem: TableProblem =
        name === undefined
          ? { sheet: DEFAULT_TAB_NAMES.touchpoints.en, problem: texts.noDefaultTab(defaultTabs('touchpoints')), allowed: texts.oneOfTabs(tabs) }
          : { sheet: name, problem: texts.noSuchTab, allowed: texts.oneOfTabs(tabs) };
      return invalidTables([problem], undefined, locale);
    }
    const date = Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
    const wanted = `${TOUCHPOINTS_SCHEMAS[locale].name} ${date}`;
    const tabName = freeTabName(spreadsheet, wanted);
    copyTabAsValues(spreadsheet, sheet, tabName);
    return { ok: true, tabName, source: sheet.getName(), date, locale, ...(tabName === wanted ? {} : { nameTakenBy: wanted }) };
  });
}
