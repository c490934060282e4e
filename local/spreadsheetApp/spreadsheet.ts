/**
 * Spreadsheet of the local runtime: the workbook itself (tabs in order, named ranges,
 * spreadsheet-level developer metadata, the active tab and range, toasts), over one
 * {@link FormulaEngine} that holds every cell.
 */
import { parseA1 } from '../a1';
import { FormulaEngine } from '../formulaEngine';
import { Exposed, notImplemented } from '../instrument';
import { LocalDeveloperMetadata, LocalDeveloperMetadataFinder, LocalDeveloperMetadataLocation, MetadataHolder } from './metadata';
import { LocalRange } from './range';
import { DEFAULT_ROWS, LocalSheet } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Toast {
  readonly message: string;
  readonly title: string;
}

export class LocalSpreadsheet extends Exposed implements MetadataHolder, Pick<Spreadsheet,
  | 'getId' | 'getName' | 'rename' | 'getUrl' | 'getSheets' | 'getSheetByName' | 'getSheetById' | 'insertSheet' | 'deleteSheet'
  | 'getActiveSheet' | 'setActiveSheet' | 'getActiveRange' | 'getRange' | 'getRangeByName' | 'setNamedRange' | 'removeNamedRange'
  | 'toast' | 'getSpreadsheetLocale' | 'setSpreadsheetLocale' | 'getSpreadsheetTimeZone'
  | 'addDeveloperMetadata' | 'getDeveloperMetadata' | 'createDeveloperMetadataFinder' | 'getNumSheets' | 'moveActiveSheet'> {
  readonly gasClass = 'Spreadsheet';
  readonly engine = new FormulaEngine();
  readonly sheets: LocalSheet[] = [];
  readonly metadata: LocalDeveloperMetadata[] = [];
  readonly namedRanges = new Map<string, LocalRange>();
  readonly toasts: Toast[] = [];
  activeSheet: LocalSheet | undefined;
  activeRange: LocalRange | undefined;
  locale = 'en_US';
  timeZone = 'Etc/UTC';
  private nextSheetId = 0;
  private nextMetadataId = 1;

  constructor(private name = 'Local workbook', readonly id = 'local-spreadsheet') {
    super();
  }

  private self(): Spreadsheet {
    return this as unknown as Spreadsheet;
  }

  // --- model ---------------------------------------------------------------------------

  /** Adds a tab (1,000 × 26 like Sheets unless the caller resizes it) at a 0-based index. */
  addSheet(name: string, index = this.sheets.length): LocalSheet {
    if (this.sheets.some((s) => s.getName().toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (name.trim() === '') throw new Error('Sheet names cannot be empty.');
    const engineId = this.engine.addSheet(name, DEFAULT_ROWS);
    const sheet = new LocalSheet(this, name, engineId, this.nextSheetId++);
    this.sheets.splice(index, 0, sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** The tab of that name, or an error listing the tabs there are. */
  sheetNamed(name: string): LocalSheet {
    const sheet = this.sheets.find((s) => s.getName() === name);
    if (!sheet) throw new Error(`there is no sheet named "${name}"; the workbook has ${this.sheets.map((s) => `"${s.getName()}"`).join(', ') || 'no sheets'}`);
    return sheet;
  }

  renameSheet(sheet: LocalSheet, name: string): void {
    if (this.sheets.some((s) => s !== sheet && s.getName().toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.engine.renameSheet(sheet.engineId, name);
    sheet.rename(name);
  }

  attachMetadata(sheet: LocalSheet | undefined, key: string, value?: unknown, visibility?: unknown): LocalDeveloperMetadata {
    const holder: MetadataHolder = sheet ?? this;
    // addDeveloperMetadata(key, visibility) is an overload: a visibility in the value's place.
    const isVisibility = (v: unknown) => v === 'DOCUMENT' || v === 'PROJECT';
    const metaValue = value === undefined || isVisibility(value) ? null : String(value);
    const metaVisibility = isVisibility(value) ? String(value) : visibility === undefined ? 'DOCUMENT' : String(visibility);
    const metadata = new LocalDeveloperMetadata(this.nextMetadataId++, holder, new LocalDeveloperMetadataLocation(sheet, this), key, metaValue, metaVisibility);
    holder.metadata.push(metadata);
    return metadata;
  }

  // --- Apps Script API -----------------------------------------------------------------

  getId(): string { return this.id; }
  getName(): string { return this.name; }
  rename(newName: string): void { this.name = newName; }
  getUrl(): string { return `local://${this.id}`; }
  getSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
    return [...this.sheets] as unknown as GoogleAppsScript.Spreadsheet.Sheet[];
  }
  getNumSheets(): number { return this.sheets.length; }
  getSheetByName(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    return (this.sheets.find((s) => s.getName() === name) ?? null) as unknown as GoogleAppsScript.Spreadsheet.Sheet | null;
  }
  getSheetById(id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
    return (this.sheets.find((s) => s.sheetId === id) ?? null) as unknown as GoogleAppsScript.Spreadsheet.Sheet | null;
  }

  /**
   * insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index), each
   * also with `options` last (insertSheet(options) too). The new tab becomes the active one,
   * as in Sheets. Of the options, `template` (a tab of this spreadsheet: "All data from the
   * template sheet object is copied to the new sheet", Apps Script's
   * Spreadsheet.insertSheet(sheetName, sheetIndex, options)) is emulated; others throw.
   */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object, options?: object): GoogleAppsScript.Spreadsheet.Sheet {
    const args = [nameOrIndex, index, options].filter((a) => a !== undefined);
    const given = typeof args[args.length - 1] === 'object' ? (args.pop() as Record<string, unknown>) : undefined;
    let name: string;
    let position = this.sheets.length;
    if (typeof args[0] === 'number') {
      position = args[0];
      name = this.freeSheetName();
    } else {
      name = (args[0] as string | undefined) ?? this.freeSheetName();
      if (typeof args[1] === 'number') position = args[1];
    }
    const unknown = Object.keys(given ?? {}).filter((key) => key !== 'template');
    if (unknown.length > 0) throw notImplemented(`Spreadsheet.insertSheet with options ${unknown.join(', ')}`);
    const template = given?.template as LocalSheet | undefined;
    if (given && !this.sheets.includes(template as LocalSheet)) throw new Error('The template sheet must be one of the sheets of this spreadsheet.');
    const sheet = this.addSheet(name, Math.min(Math.max(position, 0), this.sheets.length));
    if (template) sheet.copyFrom(template);
    this.activeSheet = sheet;
    this.activeRange = undefined;
    return sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  private freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheets.some((s) => s.getName() === `Sheet${n}`)) return `Sheet${n}`;
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const local = sheet as unknown as LocalSheet;
    if (!this.sheets.includes(local)) throw new Error('The sheet does not belong to this spreadsheet.');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.engine.removeSheet(local.engineId);
    this.sheets.splice(this.sheets.indexOf(local), 1);
    for (const [name, range] of this.namedRanges) if (range.sheet === local) this.namedRanges.delete(name);
    if (this.activeSheet === local) {
      this.activeSheet = this.sheets[0];
      this.activeRange = undefined;
    }
  }

  /** Moves the active tab to a 1-based position among the tabs. */
  moveActiveSheet(pos: number): void {
    const sheet = this.activeSheet;
    if (!sheet) throw new Error('The workbook has no sheets.');
    if (!Number.isInteger(pos) || pos < 1 || pos > this.sheets.length) throw new Error(`Invalid argument: pos (${pos}); the workbook has ${this.sheets.length} sheets`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(pos - 1, 0, sheet);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    if (!this.activeSheet) throw new Error('The workbook has no sheets.');
    return this.activeSheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    const local = sheet as unknown as LocalSheet;
    if (!this.sheets.includes(local)) throw new Error('The sheet does not belong to this spreadsheet.');
    this.activeSheet = local;
    this.activeRange = undefined;
    return sheet;
  }
  /** The selection: the range last activated, else A1 of the active tab (as in Sheets). */
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
    const sheet = this.activeSheet;
    if (!sheet) return null;
    return (this.activeRange ?? sheet.rangeAt(1, 1)) as unknown as GoogleAppsScript.Spreadsheet.Range;
  }

  /** `Sheet!A1:B2`, or A1 notation on the active tab. */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const { sheetName } = parseA1(a1Notation);
    const sheet = sheetName === undefined ? this.activeSheet : this.sheets.find((s) => s.getName() === sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet.rangeFromA1(a1Notation) as unknown as GoogleAppsScript.Spreadsheet.Range;
  }

  getRangeByName(name: string): GoogleAppsScript.Spreadsheet.Range | null {
    return (this.namedRanges.get(name) ?? null) as unknown as GoogleAppsScript.Spreadsheet.Range | null;
  }
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name)) {
      throw new Error(`Named range "${name}" is not valid: use letters, numbers and underscores, starting with a letter, and not a cell reference.`);
    }
    this.namedRanges.set(name, range as unknown as LocalRange);
  }
  removeNamedRange(name: string): void {
    this.namedRanges.delete(name);
  }

  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.toasts.push({ message: String(msg), title: title ?? '' });
  }

  getSpreadsheetLocale(): string { return this.locale; }
  setSpreadsheetLocale(locale: string): void { this.locale = locale; }
  getSpreadsheetTimeZone(): string { return this.timeZone; }

  addDeveloperMetadata(key: string, value?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): Spreadsheet {
    this.attachMetadata(undefined, key, value, visibility);
    return this.self();
  }
  /** Only the spreadsheet's own metadata, as in Apps Script; the finder searches the tabs too. */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return [...this.metadata] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata[];
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return new LocalDeveloperMetadataFinder(() => [...this.metadata, ...this.sheets.flatMap((s) => s.metadata)]) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }
}
