import { SheetLayout } from '../core/tabs/sheetLayout';
import { writeLayout } from './layoutWriter';

/**
 * Generated tabs (DESIGN §4, §6): output only, rebuilt from their source at will.
 *
 * - Each carries developer metadata under GENERATED_TAB_KEY whose value is JSON
 *   `{kind, source, sourceSheet, builtAt, sheetId}`: what it is, which range it came from,
 *   and the id of the tab it was written on. A tab the user duplicates may carry a copy of
 *   the mark; its sheet id differs, so the copy is the user's tab, never replaced.
 * - A rebuild replaces only a tab with that mark, of the same kind, built from the same
 *   source sheet (so grids built from "Touchpoints 2025" and "Touchpoints 2026" live side
 *   by side) — whatever the tab is called: the mark names the kind, not the tab. A user's
 *   own tab with the wanted name is never touched: the new tab takes the first free name,
 *   "Valuation grid (2)" and so on.
 * - The mark also records the name the build gave the tab (`tabName`). A rebuild takes the
 *   name of its own language ("Valuation grid" rebuilt in Polish becomes "Siatka ocen",
 *   DESIGN §4) unless the user renamed the tab since: then it keeps the user's name. A tab
 *   whose mark records no name (built before names were recorded) keeps its name too.
 * - The new tab is written in full before the old one is deleted: if anything fails, the
 *   half-written tab is removed and the old one is still there.
 */
export const GENERATED_TAB_KEY = 'cx-sheets.generated';

export interface GeneratedTabMark {
  /** Which builder made it, e.g. "valuation-grid". */
  readonly kind: string;
  /** The source range, A1 notation with its sheet: "Touchpoints!A1:I21". */
  readonly source: string;
  readonly sourceSheet: string;
  /** ISO 8601. */
  readonly builtAt: string;
}

export interface GeneratedTabWrite {
  readonly mark: GeneratedTabMark;
  /** The tab's name when no earlier build of it exists (localised). */
  readonly name: string;
  readonly layout: SheetLayout;
}

export interface GeneratedTabWritten {
  readonly tabName: string;
  /** True when an earlier build was replaced; false when the tab is new. */
  readonly replaced: boolean;
  /** Set when a user's own tab already had the wanted name: that name. */
  readonly nameTakenBy?: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function parseMark(value: string | null): StoredMark {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    return typeof parsed === 'object' && parsed !== null ? (parsed as StoredMark) : {};
  } catch {
    return {}; // someone else's metadata under our key: not ours to replace
  }
}

interface StoredMark extends Partial<GeneratedTabMark> {
  readonly sheetId?: number;
  /** The name the build gave the tab; a different name now means the user renamed it. */
  readonly tabName?: string;
}

/** The tabs CX Sheets wrote, with their marks: only marks that sit on the tab they name. */
export function generatedTabs(spreadsheet: Spreadsheet): { sheet: Sheet; mark: Partial<GeneratedTabMark> }[] {
  const marks = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(GENERATED_TAB_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const tabs: { sheet: Sheet; mark: Partial<GeneratedTabMark> }[] = [];
  for (const metadata of marks) {
    const mark: StoredMark = parseMark(metadata.getValue());
    const sheet = metadata.getLocation().getSheet();
    if (sheet && mark.sheetId === sheet.getSheetId()) tabs.push({ sheet, mark });
  }
  return tabs;
}

function previousBuild(spreadsheet: Spreadsheet, kind: string, sourceSheet: string): { sheet: Sheet; mark: StoredMark } | undefined {
  return generatedTabs(spreadsheet).find(
    // Never the tab the table was read from, whatever its mark says: sources are not written.
    ({ sheet, mark }) => mark.kind === kind && mark.sourceSheet === sourceSheet && sheet.getName() !== sourceSheet,
  );
}

/** The tab an earlier build of this kind from this source sheet wrote, if any. */
export function findGeneratedTab(spreadsheet: Spreadsheet, kind: string, sourceSheet: string): Sheet | undefined {
  return previousBuild(spreadsheet, kind, sourceSheet)?.sheet;
}

/** The metadata value that marks `sheet` as written by a build described by `mark`, under the name `tabName`. */
export function markValue(mark: GeneratedTabMark, sheet: Sheet, tabName?: string): string {
  const stored: StoredMark = { ...mark, sheetId: sheet.getSheetId(), tabName };
  return JSON.stringify(stored);
}

/** `name`, or `name (2)`, `name (3)`… : the first that no tab has (a tab named `except`, about to go, does not count). */
export function freeTabName(spreadsheet: Spreadsheet, name: string, except?: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name} (${n})`;
    if (candidate === except || !spreadsheet.getSheetByName(candidate)) return candidate;
  }
}

/**
 * Writes a generated tab: replaces the earlier build if there is one, else adds a tab
 * under a free name. Call it inside `withDocumentLock`, after validating everything.
 */
export function writeGeneratedTab(spreadsheet: Spreadsheet, tab: GeneratedTabWrite): GeneratedTabWritten {
  const earlier = previousBuild(spreadsheet, tab.mark.kind, tab.mark.sourceSheet);
  const previous = earlier?.sheet;
  // A name the user gave the tab stays; else the tab takes this build's (localised) name.
  const keepsName = earlier !== undefined && earlier.sheet.getName() !== (earlier.mark.tabName ?? '');
  const finalName = keepsName ? earlier.sheet.getName() : freeTabName(spreadsheet, tab.name, previous?.getName());
  // Sheet positions: getIndex() is 1-based, insertSheet's index 0-based; the new tab
  // takes the old one's place, or goes last.
  const position = previous ? previous.getIndex() - 1 : spreadsheet.getNumSheets();
  const sheet = spreadsheet.insertSheet(previous ? freeTabName(spreadsheet, `${finalName} (new)`) : finalName, position);
  try {
    writeLayout(sheet, tab.layout);
    sheet.addDeveloperMetadata(GENERATED_TAB_KEY, markValue(tab.mark, sheet, finalName), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    if (previous) {
      spreadsheet.deleteSheet(previous);
      sheet.setName(finalName);
    }
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
  return { tabName: finalName, replaced: previous !== undefined, nameTakenBy: !keepsName && finalName !== tab.name ? tab.name : undefined };
}
