import { OutputLocale } from '../tabs/outputLocale';

/**
 * The business case of loyalty (DESIGN §2 `NPS_VALUE`): what a promoter, a passive and a
 * detractor are worth, from one row per customer — NPS score, revenue per period, and
 * whether the customer has churned.
 *
 * Per NPS class (promoters 9–10, passives 7–8, detractors 0–6) and in total:
 *
 *     revenue per customer  R = Σ revenue / customers
 *     churn share           c = churned / customers,  retention r = 1 − c
 *     lifetime value        CLV = m · R · r / (1 + d − r)
 *
 * with m the margin (a share of revenue) and d the discount rate per period. This is the
 * infinite-horizon customer lifetime value of Gupta & Lehmann (2003, "Customers as
 * assets", Journal of Interactive Marketing 17(1): 9–24): a margin m·R each period the
 * customer stays, a constant retention r, discounted at d, margins counted at the end of
 * each period — Σₜ₌₁..∞ m·R·rᵗ/(1 + d)ᵗ = m·R·r/(1 + d − r). When r = 1 and d = 0 (nobody
 * left, nothing discounted) the sum has no end: the value is blank, not a number.
 * The Total row applies the same formula to all customers together.
 */
export type NpsClass = 'promoters' | 'passives' | 'detractors';
export const NPS_CLASSES: readonly NpsClass[] = ['promoters', 'passives', 'detractors'];

/** The class of a valid 0–10 score. */
export function npsClassOf(score: number): NpsClass {
  return score >= 9 ? 'promoters' : score >= 7 ? 'passives' : 'detractors';
}

/** The customers of one class: how many, their revenue summed, how many churned. */
export interface ValueTally {
  customers: number;
  revenue: number;
  churned: number;
}

export const emptyTally = (): ValueTally => ({ customers: 0, revenue: 0, churned: 0 });

/** One row of the result; undefined cells are blank (an empty class, an endless lifetime). */
export interface NpsValueRow {
  readonly customers: number;
  /** In points, 0–100: the class's share of the scored customers. */
  readonly sharePercent?: number;
  readonly revenuePerCustomer?: number;
  /** In points, 0–100. */
  readonly churnPercent?: number;
  readonly lifetimeValue?: number;
}

/**
 * m·R·r / (1 + d − r), or undefined when it has no end (r = 1 and d = 0).
 * `margin`, `retention` and `discountRate` are fractions (0.3 for 30%).
 */
export function customerLifetimeValue(margin: number, revenuePerCustomer: number, retention: number, discountRate: number): number | undefined {
  const denominator = 1 + discountRate - retention;
  if (denominator <= 0) return undefined; // only r = 1 with d = 0: r ≤ 1 and d ≥ 0
  const value = (margin * revenuePerCustomer * retention) / denominator;
  return value === 0 ? 0 : value; // no −0 in a cell
}

function rowOf(tally: ValueTally, all: number, margin: number, discountRate: number): NpsValueRow {
  if (tally.customers === 0) return { customers: 0 };
  const revenuePerCustomer = tally.revenue / tally.customers;
  const churn = tally.churned / tally.customers;
  return {
    customers: tally.customers,
    sharePercent: (100 * tally.customers) / all,
    revenuePerCustomer,
    churnPercent: 100 * churn,
    lifetimeValue: customerLifetimeValue(margin, revenuePerCustomer, 1 - churn, discountRate),
  };
}

export interface NpsValueRows {
  readonly promoters: NpsValueRow;
  readonly passives: NpsValueRow;
  readonly detractors: NpsValueRow;
  readonly total: NpsValueRow;
}

/** The rows from the three classes' tallies; margin and discount rate as fractions. */
export function npsValueRows(tallies: Readonly<Record<NpsClass, ValueTally>>, margin: number, discountRate: number): NpsValueRows {
  const total = emptyTally();
  for (const k of NPS_CLASSES) {
    total.customers += tallies[k].customers;
    total.revenue += tallies[k].revenue;
    total.churned += tallies[k].churned;
  }
  const row = (tally: ValueTally) => rowOf(tally, total.customers, margin, discountRate);
  return { promoters: row(tallies.promoters), passives: row(tallies.passives), detractors: row(tallies.detractors), total: row(total) };
}

/**
 * A share given as a setting (a margin, a discount rate), read as Reach is (DESIGN §2–§3):
 * a number ≤ 1 is a fraction, above 1 a percentage. Undefined when it is neither in 0..1
 * nor a percentage up to 100.
 */
export function shareSetting(value: number): number | undefined {
  if (!Number.isFinite(value) || value < 0 || value > 100) return undefined;
  return value > 1 ? value / 100 : value;
}

/** The words of a churned cell, compared trimmed and in any case. */
const CHURNED_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['yes', true],
  ['no', false],
  ['tak', true],
  ['nie', false],
  ['prawda', true],
  ['fałsz', false],
  ['1', true],
  ['0', false],
]);

/** What a churned cell may hold, for messages. */
export const CHURNED_ALLOWED = 'TRUE/FALSE (a checkbox), yes/no, tak/nie or 1/0';

/**
 * A churned cell: a checkbox (TRUE/FALSE), 1/0, or the words yes/no, tak/nie, true/false
 * (prawda/fałsz, as a Polish sheet shows TRUE/FALSE) in any case; undefined for anything
 * else (a blank cell included: the caller says which).
 */
export function parseChurned(cell: unknown): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  if (typeof cell === 'string') return CHURNED_WORDS.get(cell.trim().toLowerCase());
  return undefined;
}

/** The table's words in English and Polish (DESIGN §2). */
export interface NpsValueTexts {
  readonly header: readonly [string, string, string, string, string, string];
  readonly labels: Readonly<Record<NpsClass | 'total', string>>;
}

export const NPS_VALUE_TEXTS: Readonly<Record<OutputLocale, NpsValueTexts>> = {
  en: {
    header: ['Class', 'Customers', 'Share %', 'Revenue per customer', 'Churn %', 'Lifetime value'],
    labels: { promoters: 'Promoters', passives: 'Passives', detractors: 'Detractors', total: 'Total' },
  },
  pl: {
    header: ['Grupa NPS', 'Klienci', 'Udział %', 'Przychód na klienta', 'Odejścia %', 'Wartość klienta'],
    labels: { promoters: 'Promotorzy', passives: 'Neutralni', detractors: 'Krytycy', total: 'Razem' },
  },
};
