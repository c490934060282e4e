import { compareTabDates, TabNameDate, tabNameDate } from '../sources/datedTabs';
import { matchKey } from '../tables/matchKey';

/**
 * Which two Touchpoints tables a re-verification compares when the user does not say
 * (DESIGN §4): "before" is the Touchpoints tab with the latest year or date in its name,
 * "now" the one without. The sidebar offers the dated tabs first as "before", latest first.
 *
 * "Now", among the Touchpoints tabs whose name holds no date, is the first that applies:
 *   1. the one named as "before" without its date ("Journey 2025" → "Journey");
 *   2. one of the default names ("Touchpoints", "Punkty styku"), in their order;
 *   3. the first, in tab order, whose required columns were all recognised;
 *   4. the first.
 * Names compare as everywhere in CX Sheets: ignoring case, accents and punctuation.
 */
export interface TouchpointsTab {
  readonly sheet: string;
  /** Every required column recognised (TableDetection.complete). */
  readonly complete: boolean;
}

export interface ComparisonChoices {
  /** The dated Touchpoints tabs, latest first: the candidates for "before". */
  readonly earlier: readonly string[];
  /** The Touchpoints tabs whose name holds no date, in tab order: the candidates for "now". */
  readonly current: readonly string[];
  readonly before?: string;
  readonly now?: string;
}

/** `tabs`: the Touchpoints tables of a spreadsheet, in tab order. */
export function comparisonChoices(tabs: readonly TouchpointsTab[], defaultNames: readonly string[]): ComparisonChoices {
  const dated: { tab: TouchpointsTab; date: TabNameDate; order: number }[] = [];
  const undated: TouchpointsTab[] = [];
  tabs.forEach((tab, order) => {
    const date = tabNameDate(tab.sheet);
    if (date) dated.push({ tab, date, order });
    else undated.push(tab);
  });
  // Latest first; of two with the same date, the one further right in the tab bar.
  dated.sort((a, b) => compareTabDates(b.date, a.date) || b.order - a.order);
  const latest = dated[0];
  const named = (key: string) => undated.find((t) => matchKey(t.sheet) === key);
  const now =
    (latest === undefined ? undefined : named(matchKey(latest.date.base))) ??
    defaultNames.map((name) => named(matchKey(name))).find((t) => t !== undefined) ??
    undated.find((t) => t.complete) ??
    undated[0];
  return { earlier: dated.map((d) => d.tab.sheet), current: undated.map((t) => t.sheet), before: latest?.tab.sheet, now: now?.sheet };
}
