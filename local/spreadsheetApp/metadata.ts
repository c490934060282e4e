/**
 * Developer metadata (key, value, visibility) on the spreadsheet or on a sheet, and the
 * finder that searches it, as Apps Script has them. The add-on marks its generated tabs
 * this way (DESIGN §4); the XLSX codec stores the marks in a hidden sheet so they survive.
 */
import { Exposed } from '../instrument';
import type { LocalSheet } from './sheet';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** What can carry metadata: the spreadsheet or a sheet. */
export interface MetadataHolder {
  readonly metadata: LocalDeveloperMetadata[];
}

export class LocalDeveloperMetadataLocation extends Exposed implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getLocationType' | 'getSheet' | 'getRow' | 'getColumn' | 'getSpreadsheet'> {
  readonly gasClass = 'DeveloperMetadataLocation';
  constructor(private readonly sheet: LocalSheet | undefined, private readonly spreadsheet: unknown) {
    super();
  }
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return (this.sheet ? 'SHEET' : 'SPREADSHEET') as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return (this.sheet ?? null) as unknown as GoogleAppsScript.Spreadsheet.Sheet | null;
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return (this.sheet ? null : this.spreadsheet) as GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  }
  getRow(): null { return null; }
  getColumn(): null { return null; }
}

export class LocalDeveloperMetadata extends Exposed implements Pick<DeveloperMetadata, 'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'getLocation' | 'setKey' | 'setValue' | 'setVisibility' | 'remove'> {
  readonly gasClass = 'DeveloperMetadata';
  constructor(
    readonly id: number,
    private readonly holder: MetadataHolder,
    readonly location: LocalDeveloperMetadataLocation,
    public key: string,
    public value: string | null,
    public visibility: string,
  ) {
    super();
  }
  private self(): DeveloperMetadata {
    return this as unknown as DeveloperMetadata;
  }
  getId(): number { return this.id; }
  getKey(): string { return this.key; }
  getValue(): string | null { return this.value; }
  getVisibility(): Visibility { return this.visibility as unknown as Visibility; }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return this.location as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
  }
  setKey(key: string): DeveloperMetadata {
    this.key = key;
    return this.self();
  }
  setValue(value: string): DeveloperMetadata {
    this.value = value;
    return this.self();
  }
  setVisibility(visibility: Visibility): DeveloperMetadata {
    this.visibility = String(visibility);
    return this.self();
  }
  remove(): void {
    const index = this.holder.metadata.indexOf(this);
    if (index >= 0) this.holder.metadata.splice(index, 1);
  }
}

export class LocalDeveloperMetadataFinder extends Exposed implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, 'withKey' | 'withValue' | 'withId' | 'withVisibility' | 'withLocationType' | 'find'> {
  readonly gasClass = 'DeveloperMetadataFinder';
  private readonly filters: ((m: LocalDeveloperMetadata) => boolean)[] = [];
  constructor(private readonly candidates: () => LocalDeveloperMetadata[]) {
    super();
  }
  private where(filter: (m: LocalDeveloperMetadata) => boolean): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push(filter);
    return this as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }
  withKey(key: string) { return this.where((m) => m.key === key); }
  withValue(value: string) { return this.where((m) => m.value === value); }
  withId(id: number) { return this.where((m) => m.id === id); }
  withVisibility(visibility: Visibility) { return this.where((m) => m.visibility === String(visibility)); }
  withLocationType(type: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType) {
    return this.where((m) => String(m.location.getLocationType()) === String(type));
  }
  find(): DeveloperMetadata[] {
    return this.candidates().filter((m) => this.filters.every((f) => f(m))) as unknown as DeveloperMetadata[];
  }
}
