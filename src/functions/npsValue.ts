import { describeCellValue, isDateCell } from '../core/tables/cellValue';
import { THOUSANDS_TEXT } from '../core/tables/cellParsers';
import { isErrorValue } from '../core/tables/errorValue';
import { parseNumericText } from '../core/tables/numericText';
import { NPS_SCALE } from '../core/survey/scoreScale';
import { CHURNED_ALLOWED, emptyTally, NPS_CLASSES, NPS_VALUE_TEXTS, npsClassOf, NpsValueRow, npsValueRows, parseChurned, shareSetting, ValueTally } from '../core/value/npsValue';
import { spreadsheetOutputLocale } from '../sheets/spreadsheetLocale';
import { readNumberSetting } from './optionalArgument';
import { asRows, CellValue, describeShape, noScoresError, positionIn, readScores, SheetsArgument } from './sheetsArgument';

const FN = 'NPS_VALUE';
const REVENUE_ALLOWED = 'a number such as 1250 or 1250.50 (no thousands separators)';

/**
 * What a promoter is worth: per NPS class (promoters 9–10, passives 7–8, detractors 0–6) and
 * in total, the customers, their share, revenue per customer, churn and customer lifetime
 * value, from one row per customer. Lifetime value = margin × revenue per customer × r /
 * (1 + discount_rate − r), with r = 1 − the churn share (Gupta & Lehmann 2003): the margin
 * earned each period the customer stays, discounted. It is blank when nobody churned and
 * the discount rate is 0 (a lifetime without end). Rows without a score are left out; a
 * scored row needs a revenue and a churned value. Headers and labels are in Polish in a
 * Polish spreadsheet.
 *
 * @param scores The 0–10 answers of each customer to "How likely are you to recommend us?", e.g. B2:B.
 * @param revenue Each customer's revenue per period (a month, a year), in a range of the same shape as scores, e.g. C2:C.
 * @param churned Whether each customer has left, in a range of the same shape: TRUE/FALSE (a checkbox), yes/no, tak/nie or 1/0.
 * @param margin The profit margin as a share of revenue: a number up to 1 is a fraction (0.3), above 1 a percentage (30); default 1 (lifetime revenue).
 * @param discount_rate The discount rate per period, read like margin (0.1 or 10 for 10%); default 0.
 * @return A table with the header Class, Customers, Share %, Revenue per customer, Churn %, Lifetime value; rows Promoters, Passives, Detractors, Total. Shares and churn are in points (0–100); an empty class shows 0 customers and blanks.
 * @example =NPS_VALUE({10;9;7;3}, {100;200;50;80}, {FALSE;TRUE;FALSE;TRUE}) returns {"Class","Customers","Share %","Revenue per customer","Churn %","Lifetime value";"Promoters",2,50,150,50,150;"Passives",1,25,50,0,"";"Detractors",1,25,80,100,0;"Total",4,100,107.5,50,107.5} (promoters: r = 0.5, 150 × 0.5 / (1 − 0.5) = 150; passives: nobody left, so no end)
 * @example =NPS_VALUE({10;9;7;3}, {100;200;50;80}, {FALSE;TRUE;FALSE;TRUE}, 0.5, 0.25) returns {"Class","Customers","Share %","Revenue per customer","Churn %","Lifetime value";"Promoters",2,50,150,50,50;"Passives",1,25,50,0,100;"Detractors",1,25,80,100,0;"Total",4,100,107.5,50,≈35.83} (margin 50%, discount 25%: promoters 0.5 × 150 × 0.5 / (1.25 − 0.5) = 50; passives 0.5 × 50 × 1 / 0.25 = 100)
 * @example =NPS_VALUE(B2:B, C2:C, D2:D, 25%, 8%) values each class at a 25% margin, discounted at 8% a period
 * @throws when a score is not a whole number from 0 to 10, when there is no score, when revenue or churned has a different shape from scores, when a scored row has a blank or non-numeric revenue (text such as "12,500" is ambiguous) or a blank churned value or one that is not TRUE/FALSE, yes/no, tak/nie or 1/0, or when margin or discount_rate is not allowed
 * @customfunction
 */
export function NPS_VALUE(scores: SheetsArgument, revenue: SheetsArgument, churned: SheetsArgument, margin?: SheetsArgument, discount_rate?: SheetsArgument): Array<Array<string | number>> {
  const m = readShare('margin', margin, 1, 'a share from 0 to 1, or a percentage above 1 up to 100 (0.3 or 30 for 30%)');
  const d = readShare('discount_rate', discount_rate, 0, 'a rate per period ≥ 0: a share from 0 to 1, or a percentage above 1 up to 100 (0.1 or 10 for 10%)');
  const cells = readScores(FN, 'scores', scores, NPS_SCALE);
  const revenueRows = parallel('revenue', revenue, cells.rows, cells.columns);
  const churnedRows = parallel('churned', churned, cells.rows, cells.columns);
  if (cells.count === 0) throw noScoresError(FN, 'scores', NPS_SCALE);

  const tallies = { promoters: emptyTally(), passives: emptyTally(), detractors: emptyTally() };
  for (let r = 0, i = 0; r < cells.rows; r++) {
    for (let c = 0; c < cells.columns; c++, i++) {
      const score = cells.values[i];
      if (score !== score) continue; // no score: the row is left out
      const at: Place = { rows: cells.rows, columns: cells.columns, r, c };
      const tally: ValueTally = tallies[npsClassOf(score)];
      tally.customers++;
      tally.revenue += readRevenue(revenueRows[r][c], at);
      if (readChurned(churnedRows[r][c], at)) tally.churned++;
    }
  }

  const texts = NPS_VALUE_TEXTS[spreadsheetOutputLocale()];
  const rows = npsValueRows(tallies, m, d);
  const line = (label: string, row: NpsValueRow): Array<string | number> => [
    label,
    row.customers,
    row.sharePercent ?? '',
    row.revenuePerCustomer ?? '',
    row.churnPercent ?? '',
    row.lifetimeValue ?? '',
  ];
  return [[...texts.header], ...NPS_CLASSES.map((k) => line(texts.labels[k], rows[k])), line(texts.labels.total, rows.total)];
}

function readShare(name: string, arg: SheetsArgument, fallback: number, allowed: string): number {
  return shareSetting(readNumberSetting(FN, name, arg, fallback, (value) => shareSetting(value) !== undefined, allowed))!;
}

function parallel(name: string, arg: SheetsArgument, rows: number, columns: number): CellValue[][] {
  const cells = asRows(arg);
  const width = cells.length === 0 ? 0 : cells[0].length;
  if (cells.length !== rows || width !== columns) {
    throw new Error(`${FN}: ${name} is ${describeShape(cells.length, width)} but scores is ${describeShape(rows, columns)}; give one ${name} value per customer (parallel ranges of the same shape)`);
  }
  return cells;
}

/** Where a customer's cells are: row r, column c of arguments rows × columns. */
interface Place {
  readonly rows: number;
  readonly columns: number;
  readonly r: number;
  readonly c: number;
}

const where = (arg: string, at: Place): string => positionIn(arg, at.rows, at.columns, at.r, at.c);

const isBlank = (cell: CellValue): boolean => cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

function blankError(arg: string, what: string, at: Place): Error {
  return new Error(`${FN}: ${where(arg, at)} is empty, but ${where('scores', at)} holds a score; every scored customer needs ${what} (rows without a score are left out)`);
}

function readRevenue(cell: CellValue, at: Place): number {
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (isBlank(cell)) throw blankError('revenue', 'a revenue', at);
  const value = `${describeCellValue(cell)} (${where('revenue', at)})`;
  if (typeof cell === 'string') {
    if (isErrorValue(cell)) throw new Error(`${FN}: ${cell.trim()} (${where('revenue', at)}) is an error value, not a revenue; fix the cell it comes from`);
    if (THOUSANDS_TEXT.test(cell)) {
      throw new Error(`${FN}: ${value} is text that could mean thousands (12,500 = 12500) or decimals (12,5); type the number without separators, or with a point for decimals`);
    }
    const n = parseNumericText(cell.replace(/\u2212/g, '-'));
    if (n !== undefined) return n;
  }
  const kind = typeof cell === 'boolean' ? 'a checkbox or TRUE/FALSE value' : isDateCell(cell) ? 'a date' : 'not a number';
  throw new Error(`${FN}: ${value} is ${kind}, not a revenue; allowed: ${REVENUE_ALLOWED}`);
}

function readChurned(cell: CellValue, at: Place): boolean {
  const churned = parseChurned(cell);
  if (churned !== undefined) return churned;
  if (isBlank(cell)) throw blankError('churned', 'a churned value', at);
  throw new Error(`${FN}: ${describeCellValue(cell)} (${where('churned', at)}) is not a churned value; allowed: ${CHURNED_ALLOWED}`);
}
