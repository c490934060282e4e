/** A protected sheet or range: description, warning-only flag and editors, kept in the model. */
import { Exposed } from '../instrument';
import type { LocalRange } from './range';
import type { LocalSheet } from './sheet';

type Protection = GoogleAppsScript.Spreadsheet.Protection;

export class LocalProtection extends Exposed implements Pick<Protection, 'setDescription' | 'getDescription' | 'setWarningOnly' | 'isWarningOnly' | 'remove' | 'getRange' | 'getProtectionType' | 'canEdit' | 'getEditors' | 'removeEditors' | 'setDomainEdit' | 'canDomainEdit'> {
  readonly gasClass = 'Protection';
  description = '';
  warningOnly = false;
  domainEdit = false;
  constructor(private readonly sheet: LocalSheet, private readonly range: LocalRange | undefined) {
    super();
  }
  private self(): Protection {
    return this as unknown as Protection;
  }
  typeName(): string {
    return this.range ? 'RANGE' : 'SHEET';
  }
  setDescription(description: string): Protection {
    this.description = description;
    return this.self();
  }
  getDescription(): string { return this.description; }
  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = warningOnly;
    return this.self();
  }
  isWarningOnly(): boolean { return this.warningOnly; }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return (this.range ?? this.sheet.rangeAt(1, 1, this.sheet.maxRows, this.sheet.maxColumns)) as unknown as GoogleAppsScript.Spreadsheet.Range;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.typeName() as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  /** The local user owns the file, so can always edit. */
  canEdit(): boolean { return true; }
  getEditors(): GoogleAppsScript.Base.User[] { return []; }
  /** Nobody but the owner can edit offline, so there is no editor to remove. */
  removeEditors(_editors: string[] | GoogleAppsScript.Base.User[]): Protection { return this.self(); }
  setDomainEdit(editable: boolean): Protection {
    this.domainEdit = editable;
    return this.self();
  }
  canDomainEdit(): boolean { return this.domainEdit; }
}
