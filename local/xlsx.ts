/**
 * XLSX in and out for the local runtime's workbook.
 *
 * Reading streams each tab's rows into the cell store (local/ooxml/workbookReader.ts), so a
 * workbook as large as Google Sheets allows (10,000,000 cells) loads without one object per
 * cell. Writing edits the package the workbook was read from (local/ooxml/workbookWriter.ts):
 * every tab the model did not change is copied from the input as it was, byte for byte —
 * including everything the model does not carry (rich text, hyperlinks, theme colours,
 * images, protection, autofilters, row heights…) — and only the generated tabs are written
 * from the model. A workbook made in memory (createWorkbook) is written into a fresh
 * package the same way.
 *
 * The model carries, both ways: values (text that begins with `=` stays text), formulas with
 * their results (a spilled result as an array formula over its area), number formats, fonts,
 * fills, borders, alignment and wrapping, merges, notes, frozen panes, column widths, tab
 * colours, hidden tabs, list/checkbox/number validation, number and formula conditional
 * formats, named ranges, each tab's sheet id and developer metadata (hidden defined names:
 * local/ooxml/metadata.ts). Charts are written by the drawing hook
 * (local/ooxml/drawings.ts); until it writes DrawingML they stay in the model only.
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { LocalSpreadsheet } from './spreadsheetApp/spreadsheet';
import { LEGACY_METADATA_SHEET } from './ooxml/metadata';
import { readWorkbook } from './ooxml/workbookReader';
import { WriteOptions, WriteReport, writeWorkbook } from './ooxml/workbookWriter';

export { unwrapSheetsExport } from './ooxml/workbookReader';
export type { WriteOptions, WriteReport } from './ooxml/workbookWriter';
export type { DrawingContext, DrawingWriter } from './ooxml/sheetWriter';

/** The very hidden sheet older versions kept developer metadata in (still read, no longer written). */
export const METADATA_SHEET = LEGACY_METADATA_SHEET;

/** Reads an XLSX file (or its bytes) into a new workbook; a corrupt file is one clear Error. */
export async function readXlsx(source: string | Buffer, label = typeof source === 'string' ? source : 'the workbook'): Promise<LocalSpreadsheet> {
  const name = label.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '');
  try {
    const bytes = typeof source === 'string' ? await readFile(source) : source;
    return await readWorkbook(bytes, name);
  } catch (error) {
    // JSZip's messages go on with a link; the first sentence says what is wrong.
    const cause = String((error as Error).message ?? error).split('\n')[0].replace(/ If it is, see .*$/, '');
    throw new Error(`${label} is not a readable .xlsx workbook (${cause})`);
  }
}

/** The workbook as XLSX bytes. */
export async function xlsxBytes(workbook: LocalSpreadsheet, options: WriteOptions = {}): Promise<Buffer> {
  return (await writeWorkbook(workbook, options)).bytes;
}

/** The workbook as XLSX bytes, with what the writer had to do beyond copying and adding tabs. */
export async function xlsxBytesWithReport(workbook: LocalSpreadsheet, options: WriteOptions = {}): Promise<{ bytes: Buffer; report: WriteReport }> {
  return writeWorkbook(workbook, options);
}

/** Writes the workbook to a file. */
export async function writeXlsx(workbook: LocalSpreadsheet, file: string, options: WriteOptions = {}): Promise<void> {
  writeFileSync(file, await xlsxBytes(workbook, options));
}

/** One line per chart, for the CLI (charts of generated tabs are written as chart parts by ./ooxml/drawings.ts). */
export function chartSummaries(workbook: LocalSpreadsheet, locale: 'en' | 'pl' = 'en'): string[] {
  return workbook.sheets.flatMap((sheet) => sheet.charts.map((chart) => `${sheet.getName()}: ${chart.describe(locale)}`));
}
