/**
 * Conditional-format rules and data-validation rules with their builders. A rule is kept as
 * plain data (condition, values, format) that tests read and the XLSX codec writes.
 */
import { Exposed } from '../instrument';
import type { LocalRange } from './range';

type CfBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type DvBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

/** A boolean condition as Sheets names it (`NUMBER_LESS_THAN`, `CUSTOM_FORMULA`, …). */
export interface Condition {
  readonly type: string;
  readonly values: readonly unknown[];
}

export interface RuleFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export class LocalConditionalFormatRule extends Exposed implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'getRanges' | 'copy'> {
  readonly gasClass = 'ConditionalFormatRule';
  constructor(readonly condition: Condition | undefined, readonly format: RuleFormat, readonly ranges: LocalRange[]) {
    super();
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return [...this.ranges] as unknown as GoogleAppsScript.Spreadsheet.Range[];
  }
  copy(): CfBuilder {
    return new LocalConditionalFormatRuleBuilder(this) as unknown as CfBuilder;
  }
}

export class LocalConditionalFormatRuleBuilder extends Exposed implements Pick<CfBuilder,
  | 'whenNumberEqualTo' | 'whenNumberGreaterThan' | 'whenNumberGreaterThanOrEqualTo' | 'whenNumberLessThan' | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberBetween' | 'whenTextEqualTo' | 'whenTextContains' | 'whenFormulaSatisfied' | 'whenCellEmpty' | 'whenCellNotEmpty'
  | 'setBackground' | 'setFontColor' | 'setBold' | 'setItalic' | 'setRanges' | 'getRanges' | 'build'> {
  readonly gasClass = 'ConditionalFormatRuleBuilder';
  private condition: Condition | undefined;
  private format: RuleFormat = {};
  private ranges: LocalRange[] = [];

  constructor(from?: LocalConditionalFormatRule) {
    super();
    if (from) {
      this.condition = from.condition;
      this.format = { ...from.format };
      this.ranges = [...from.ranges];
    }
  }
  private when(type: string, ...values: unknown[]): CfBuilder {
    this.condition = { type, values };
    return this as unknown as CfBuilder;
  }
  private style(change: RuleFormat): CfBuilder {
    this.format = { ...this.format, ...change };
    return this as unknown as CfBuilder;
  }
  whenNumberEqualTo(n: number) { return this.when('NUMBER_EQUAL_TO', n); }
  whenNumberGreaterThan(n: number) { return this.when('NUMBER_GREATER_THAN', n); }
  whenNumberGreaterThanOrEqualTo(n: number) { return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n); }
  whenNumberLessThan(n: number) { return this.when('NUMBER_LESS_THAN', n); }
  whenNumberLessThanOrEqualTo(n: number) { return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', n); }
  whenNumberBetween(start: number, end: number) { return this.when('NUMBER_BETWEEN', start, end); }
  whenTextEqualTo(text: string) { return this.when('TEXT_EQUAL_TO', text); }
  whenTextContains(text: string) { return this.when('TEXT_CONTAINS', text); }
  whenFormulaSatisfied(formula: string) { return this.when('CUSTOM_FORMULA', formula); }
  whenCellEmpty() { return this.when('CELL_EMPTY'); }
  whenCellNotEmpty() { return this.when('CELL_NOT_EMPTY'); }
  setBackground(color: string | null) { return this.style({ background: color ?? undefined }); }
  setFontColor(color: string | null) { return this.style({ fontColor: color ?? undefined }); }
  setBold(bold: boolean | null) { return this.style({ bold: bold ?? undefined }); }
  setItalic(italic: boolean | null) { return this.style({ italic: italic ?? undefined }); }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): CfBuilder {
    this.ranges = [...(ranges as unknown as LocalRange[])];
    return this as unknown as CfBuilder;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return [...this.ranges] as unknown as GoogleAppsScript.Spreadsheet.Range[];
  }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (!this.condition) throw new Error('A conditional format rule needs a condition (when…) before build().');
    return new LocalConditionalFormatRule(this.condition, { ...this.format }, [...this.ranges]) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }
}

export class LocalDataValidation extends Exposed implements Pick<GoogleAppsScript.Spreadsheet.DataValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'> {
  readonly gasClass = 'DataValidation';
  constructor(readonly criteria: Condition, readonly allowInvalid: boolean, readonly helpText: string | null) {
    super();
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.criteria.type as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] { return [...this.criteria.values]; }
  getAllowInvalid(): boolean { return this.allowInvalid; }
  getHelpText(): string { return this.helpText ?? ''; }
  copy(): DvBuilder {
    return new LocalDataValidationBuilder(this) as unknown as DvBuilder;
  }
}

export class LocalDataValidationBuilder extends Exposed implements Pick<DvBuilder, 'requireValueInList' | 'requireCheckbox' | 'requireNumberBetween' | 'setAllowInvalid' | 'setHelpText' | 'build'> {
  readonly gasClass = 'DataValidationBuilder';
  private criteria: Condition | undefined;
  private allowInvalid = true;
  private helpText: string | null = null;
  constructor(from?: LocalDataValidation) {
    super();
    if (from) {
      this.criteria = from.criteria;
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }
  private self(): DvBuilder {
    return this as unknown as DvBuilder;
  }
  requireValueInList(values: string[], showDropdown = true): DvBuilder {
    this.criteria = { type: 'VALUE_IN_LIST', values: [[...values], showDropdown] };
    return this.self();
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DvBuilder {
    this.criteria = { type: 'CHECKBOX', values: checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue] };
    return this.self();
  }
  requireNumberBetween(start: number, end: number): DvBuilder {
    this.criteria = { type: 'NUMBER_BETWEEN', values: [start, end] };
    return this.self();
  }
  setAllowInvalid(allowInvalidData: boolean): DvBuilder {
    this.allowInvalid = allowInvalidData;
    return this.self();
  }
  setHelpText(helpText: string): DvBuilder {
    this.helpText = helpText;
    return this.self();
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this.criteria) throw new Error('A data validation rule needs a criterion (require…) before build().');
    return new LocalDataValidation(this.criteria, this.allowInvalid, this.helpText) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
}
