import { OutputLocale } from '../tabs/outputLocale';
import { DriverAnalysis } from './driverAnalysis';
import { DRIVERS_TEXTS } from './driversTexts';

export type DriversTableCell = string | number;

/**
 * The table `DRIVERS` spills (DESIGN §2), in the spreadsheet's language:
 *
 *   Driver | Responses | Correlation | Importance % | Mean | Priority
 *   one row per driver, most important first
 *   R²     | rows used |             | R² × 100     |      |
 *
 * Numbers are not rounded (the cell's format rounds); the R² row's other cells are blank.
 */
export function driversTable(analysis: DriverAnalysis, locale: OutputLocale): DriversTableCell[][] {
  const texts = DRIVERS_TEXTS[locale];
  const table: DriversTableCell[][] = [[...texts.header]];
  for (const driver of analysis.drivers) {
    table.push([driver.label, driver.responses, driver.correlation, driver.importance, driver.mean, texts.priorities[driver.priority]]);
  }
  table.push([texts.rSquared, analysis.responses, '', analysis.rSquared * 100, '', '']);
  return table;
}
