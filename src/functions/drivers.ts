import { analyseDrivers, DriverAnalysis } from '../core/drivers/driverAnalysis';
import { driverLabels } from '../core/drivers/driverLabels';
import { DriversError } from '../core/drivers/driversProblem';
import { driversTable, DriversTableCell } from '../core/drivers/driversTable';
import { DRIVERS_TEXTS } from '../core/drivers/driversTexts';
import { ANY_NUMBER } from '../core/survey/scoreScale';
import { calendarDay, describeCellValue, isBlankCell, isDateCell } from '../core/tables/cellValue';
import { isErrorValue } from '../core/tables/errorValue';
import { outputLocaleOf } from '../core/tabs/outputLocale';
import { spreadsheetLocale } from '../sheets/spreadsheetLocale';
import { asRows, describeShape, positionIn, readScores, SheetsArgument } from './sheetsArgument';

/**
 * Key-driver analysis: which ratings move the outcome, and how strongly. Give the outcome
 * (NPS 0–10, an overall CSAT, any number) and one column per driver (usually a touchpoint's
 * satisfaction rating); the table ranks the drivers by Johnson's relative weights, the share
 * of the outcome's variance each one accounts for even when the drivers correlate with each
 * other (the method of Qualtrics Stats iQ's relative importance). Rows without an outcome
 * are left out; each correlation uses the rows where both of its columns have a number;
 * blank cells and text such as "don't know" are skipped. Priority places each driver by
 * importance × performance (Martilla & James): high importance is at least an equal share
 * (100 / number of drivers), high performance a mean at least the average of the drivers'
 * means. Headers and priorities follow the spreadsheet's language (English or Polish).
 *
 * @param outcome One column with the outcome of each answer, e.g. NPS in D2:D.
 * @param ratings The drivers: the same rows, one column per driver, e.g. the touchpoint ratings in F2:J.
 * @param labels One row with a name per driver, usually the header row above ratings, e.g. F1:J1; without it "Driver 1", "Driver 2"…
 * @return A table with the header Driver, Responses, Correlation, Importance %, Mean, Priority; one row per driver, most important first (Priority: Concentrate here, Keep up the good work, Possible overkill, Low priority); then a row R² with the rows used and R² × 100, the share of the outcome's variance the drivers explain together.
 * @example =DRIVERS({10;4;2;4}, {3,4;3,2;1,4;1,2}, {"Delivery","Hotline"}) returns {"Driver","Responses","Correlation","Importance %","Mean","Priority";"Delivery",4,≈0.667,≈80.00,2,"Concentrate here";"Hotline",4,≈0.333,≈20.00,3,"Possible overkill";"R²",4,"",≈55.56,"",""} (uncorrelated drivers: each weight is r², 4/9 and 1/9 of R² = 5/9)
 * @example =DRIVERS(D2:D, F2:J, F1:J1) ranks the touchpoint ratings in F:J by how much of the NPS in D they explain
 * @throws when outcome is not one column or ratings has other rows; when fewer rows than the number of drivers + 2 have an outcome; when a driver has fewer than 3 answers or the same rating in every row, or the outcome never varies; when two drivers are collinear (one duplicates another) or their blanks make the correlations contradict each other; when a cell is TRUE/FALSE, a date or an error value
 * @customfunction
 */
export function DRIVERS(outcome: SheetsArgument, ratings: SheetsArgument, labels?: SheetsArgument): DriversTableCell[][] {
  const outcomeRows = asRows(outcome);
  const outcomeColumns = outcomeRows.length === 0 ? 0 : outcomeRows[0].length;
  if (outcomeColumns !== 1) {
    throw new Error(`DRIVERS: outcome is ${describeShape(outcomeRows.length, outcomeColumns)}; give one column, e.g. the NPS answers in D2:D`);
  }
  const ratingRows = asRows(ratings);
  const ratingColumns = ratingRows.length === 0 ? 0 : ratingRows[0].length;
  if (ratingRows.length !== outcomeRows.length) {
    throw new Error(
      `DRIVERS: ratings is ${describeShape(ratingRows.length, ratingColumns)} but outcome is ${describeShape(outcomeRows.length, 1)}; ` +
        'give ratings the same rows as outcome, one column per driver',
    );
  }
  const y = readScores('DRIVERS', 'outcome', outcomeRows, ANY_NUMBER);
  const x = readScores('DRIVERS', 'ratings', ratingRows, ANY_NUMBER);
  const locale = outputLocaleOf(spreadsheetLocale());
  const texts = DRIVERS_TEXTS[locale];
  const names = driverLabels(readLabels(labels, x.columns), texts.defaultLabel, [texts.rSquared]);
  let analysis: DriverAnalysis;
  try {
    analysis = analyseDrivers(y.values, x.values, y.rows, names);
  } catch (error) {
    if (error instanceof DriversError) throw new Error(`DRIVERS: ${error.message}`);
    throw error;
  }
  return driversTable(analysis, locale);
}

/** One label per driver from the optional `labels` row: text as written, blank as undefined. */
function readLabels(labels: SheetsArgument, k: number): (string | undefined)[] {
  if (!Array.isArray(labels) && isBlankCell(labels)) return new Array(k).fill(undefined); // left out
  const rows = asRows(labels);
  const columns = rows.length === 0 ? 0 : rows[0].length;
  if (rows.length !== 1 || columns !== k) {
    throw new Error(
      `DRIVERS: labels is ${describeShape(rows.length, columns)} but ratings has ${k} ${k === 1 ? 'column' : 'columns'}; ` +
        'give one row with a name per driver (the header row above ratings), or leave labels out',
    );
  }
  return rows[0].map((cell, j) => {
    if (isBlankCell(cell)) return undefined;
    if (typeof cell === 'string') {
      if (isErrorValue(cell)) {
        throw new Error(`DRIVERS: ${cell.trim()} (${positionIn('labels', 1, k, 0, j)}) is an error value, not a name; fix the cell it comes from`);
      }
      return cell;
    }
    if (typeof cell === 'number') return String(cell);
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    if (isDateCell(cell) && !isNaN(cell.getTime())) return calendarDay(cell);
    throw new Error(`DRIVERS: ${describeCellValue(cell)} (${positionIn('labels', 1, k, 0, j)}) cannot be a name`);
  });
}
