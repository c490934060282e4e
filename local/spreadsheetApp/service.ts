/**
 * The SpreadsheetApp global of the local runtime, bound to one workbook (the "active"
 * spreadsheet of a bound add-on), with the enums the add-on reads.
 */
import { Exposed } from '../instrument';
import { LocalUi, UiState } from '../services/ui';
import { LocalConditionalFormatRuleBuilder, LocalDataValidationBuilder } from './rules';
import type { LocalSpreadsheet } from './spreadsheet';

function enumOf<T extends string>(...names: T[]): Record<T, T> {
  return Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>;
}

export const CHART_TYPES = enumOf('AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'LINE', 'ORG', 'PIE', 'RADAR', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREEMAP', 'WATERFALL');

export class LocalSpreadsheetApp extends Exposed implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  'getActive' | 'getActiveSpreadsheet' | 'getActiveSheet' | 'getActiveRange' | 'getUi' | 'newConditionalFormatRule' | 'newDataValidation' | 'flush'> {
  readonly gasClass = 'SpreadsheetApp';
  readonly BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
  readonly DeveloperMetadataVisibility = enumOf('DOCUMENT', 'PROJECT');
  readonly DeveloperMetadataLocationType = enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
  readonly WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
  readonly ProtectionType = enumOf('RANGE', 'SHEET');
  readonly DataValidationCriteria = enumOf('CHECKBOX', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'NUMBER_BETWEEN', 'CUSTOM_FORMULA');
  readonly ChartType = CHART_TYPES;

  constructor(private readonly spreadsheet: LocalSpreadsheet, private readonly ui: UiState, private readonly addonName: string) {
    super();
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.getActive();
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.spreadsheet.getActiveSheet();
  }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.spreadsheet.getActiveRange() as GoogleAppsScript.Spreadsheet.Range;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return new LocalUi(this.ui, this.addonName) as unknown as GoogleAppsScript.Base.Ui;
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder() as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new LocalDataValidationBuilder() as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  /** Every write is applied at once locally; there is nothing pending to flush. */
  flush(): void {}
}
