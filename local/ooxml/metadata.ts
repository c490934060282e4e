/**
 * Developer metadata in XLSX. Sheets keeps developer metadata with the tab it is on; XLSX
 * has no such thing, so the local runtime stores each entry as a hidden defined name that
 * is scoped to its tab (`localSheetId`), or to the workbook for the spreadsheet's own:
 *
 *     <definedName name="_cx_sheets.metadata.1" localSheetId="3" hidden="1">"[""cx-sheets.generated"",""{…}"",""DOCUMENT""]"</definedName>
 *
 * The value is the JSON `[key, value, visibility]` as a string constant (in pieces of at most
 * 255 characters joined with `&`, Excel's limit for one string in a formula). A scoped name
 * travels with its tab: Excel and LibreOffice keep it when the tab is renamed or moved and
 * copy it when the tab is copied. With the tab's own sheet id (workbook.xml `sheetId`, which
 * the runtime reads as the tab's getSheetId()), a generated tab's mark still names its tab
 * after any number of trips through XLSX, and a copy of the tab is not taken for it.
 *
 * Files written before this kept the metadata in a very hidden sheet `_cx_local_metadata`,
 * one row per entry naming its tab; they are still read (and written the new way).
 */
import { GENERATED_TAB_KEY } from '../../src/sheets/generatedTab';
import type { LocalSheet } from '../spreadsheetApp/sheet';
import type { LocalSpreadsheet } from '../spreadsheetApp/spreadsheet';
import { WorkbookParts, XlsxPackage } from './package';
import { escapeXml, findElement, findElements, textOf, unescapeXml } from './xml';

export const METADATA_NAME_PREFIX = '_cx_sheets.metadata.';
export const LEGACY_METADATA_SHEET = '_cx_local_metadata';
const PIECE = 255;

/** A JSON value as an Excel string constant, in pieces Excel accepts: `"a"&"b"`. */
function stringFormula(text: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < text.length || pieces.length === 0; i += PIECE) pieces.push(`"${text.slice(i, i + PIECE).replace(/"/g, '""')}"`);
  return pieces.join('&');
}

/** `"a"&"b"` → `ab`; undefined if the text is not string constants joined with `&`. */
function parseStringFormula(formula: string): string | undefined {
  const pieces: string[] = [];
  const pattern = /\s*"((?:[^"]|"")*)"\s*(&|$)/y;
  let at = 0;
  while (at < formula.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(formula);
    if (!match) return undefined;
    pieces.push(match[1].replace(/""/g, '"'));
    at = pattern.lastIndex;
    if (match[2] === '') break;
  }
  return at >= formula.length ? pieces.join('') : undefined;
}

/** The defined names holding the model's developer metadata; `indexOf` gives a tab's position among the written tabs. */
export function metadataDefinedNames(workbook: LocalSpreadsheet, indexOf: (sheet: LocalSheet) => number | undefined): string[] {
  const names: string[] = [];
  const add = (entries: readonly { key: string; value: string | null; visibility: string }[], scope: number | undefined) => {
    entries.forEach((m, i) => {
      const json = JSON.stringify([m.key, m.value, m.visibility]);
      names.push(`<definedName name="${METADATA_NAME_PREFIX}${i + 1}"${scope === undefined ? '' : ` localSheetId="${scope}"`} hidden="1">${escapeXml(stringFormula(json))}</definedName>`);
    });
  };
  add(workbook.metadata, undefined);
  for (const sheet of workbook.sheets) {
    const index = indexOf(sheet);
    if (index !== undefined && sheet.metadata.length > 0) add(sheet.metadata, index);
  }
  return names;
}

/** Reads the metadata names of workbook.xml onto the model's tabs and spreadsheet. */
export function readMetadataNames(workbook: LocalSpreadsheet, parts: WorkbookParts): void {
  // localSheetId counts every tab of the file (chart sheets and the legacy sheet too).
  const byIndex = parts.sheets.map((entry) => workbook.sheets.find((s) => s.origin?.part === entry.part));
  const entries = parts.definedNames
    .filter((n) => n.name.startsWith(METADATA_NAME_PREFIX))
    .map((n) => ({ n, order: Number(n.name.slice(METADATA_NAME_PREFIX.length)) || 0 }))
    .sort((a, b) => a.order - b.order);
  for (const { n } of entries) {
    const json = parseStringFormula(n.text);
    if (json === undefined) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      continue;
    }
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') continue;
    const sheet = n.localSheetId === undefined ? undefined : byIndex[n.localSheetId];
    if (n.localSheetId !== undefined && !sheet) continue;
    workbook.attachMetadata(sheet, parsed[0], parsed[1] ?? undefined, typeof parsed[2] === 'string' ? parsed[2] : 'DOCUMENT');
  }
}

/**
 * The metadata of a file written before marks were names: rows of the very hidden sheet
 * (`developer-metadata | sheet name | key | value | visibility`). Such a file's generated-tab
 * marks name a sheet id that did not survive XLSX; the row names the tab, so the mark is
 * given that tab's id.
 */
export async function readLegacyMetadata(workbook: LocalSpreadsheet, pkg: XlsxPackage, part: string, strings: readonly string[]): Promise<void> {
  const xml = await pkg.text(part);
  const rows = findElements(findElement(xml, 'sheetData')?.inner ?? '', 'row');
  rows.slice(1).forEach((row) => {
    const values = new Map<number, string>();
    let column = 0;
    for (const cell of findElements(row.inner, 'c')) {
      const ref = /\sr="([A-Z]+)\d+"/.exec(cell.tag);
      column = ref ? ref[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : column + 1;
      const type = /\st="(\w+)"/.exec(cell.tag)?.[1];
      const v = findElement(cell.inner, 'v');
      const is = findElement(cell.inner, 'is');
      const text = type === 's' ? strings[Number(v?.inner)] : type === 'inlineStr' ? textOf(is?.inner ?? '') : v ? unescapeXml(v.inner) : undefined;
      if (text !== undefined) values.set(column, text);
    }
    const [sheetName, key, value, visibility] = [2, 3, 4, 5].map((c) => values.get(c));
    if (key === undefined) return;
    const sheet = sheetName ? workbook.sheets.find((s) => s.getName() === sheetName) : undefined;
    if (sheetName && !sheet) return;
    let stored = value;
    if (sheet && key === GENERATED_TAB_KEY && value !== undefined) {
      try {
        stored = JSON.stringify({ ...JSON.parse(value), sheetId: sheet.getSheetId() });
      } catch {
        // not a mark the add-on wrote: kept as it is
      }
    }
    workbook.attachMetadata(sheet, key, stored, visibility ?? 'DOCUMENT');
  });
}
