/** Texts the add-on shows in Sheets' own UI (menu, sidebar title, dialogs, toasts). */
export const ADDON_NAME = 'CX Sheets';
export const MENU_OPEN_SIDEBAR = 'Open sidebar';
export const MENU_BUILD_GRID = 'Build valuation grid';
export const MENU_BUILD_MATRIX = 'Build cost-vs-satisfaction matrix';
export const MENU_BUILD_STAKEHOLDER_MAP = 'Build stakeholder map';
export const MENU_INSERT_EXAMPLES = 'Insert example tabs';
export const MENU_HELP = 'Help';

/** The custom functions of DESIGN §2, as the Help dialog lists them. */
export const FUNCTION_HELP: readonly (readonly [signature: string, meaning: string])[] = [
  ['NPS(scores)', 'Net Promoter Score of 0–10 answers: % promoters (9–10) − % detractors (0–6).'],
  ['NPS_MOE(scores, [confidence])', 'Margin of error of the NPS, in points (95% by default).'],
  ['NPS_BY(scores, groups, [period])', 'A table of NPS per group, or per day/week/month/quarter/year when groups are dates.'],
  ['NPS_TEST(scores_a, scores_b)', 'p-value of the difference between two NPS.'],
  ['CES(scores, [scale], [method])', 'Customer Effort Score: mean, "easy" % or "net" on a 5- or 7-point scale.'],
  ['CSAT(scores, [scale], [satisfied_from])', '% satisfied (top-2-box by default) on a 5-, 7- or 10-point scale.'],
  ['TOUCHPOINT_GAP(valuations, [targets])', 'Target − current for touchpoints valued −2..+2.'],
  ['TOUCHPOINT_VALUE(scores, [min], [max])', 'The −2..+2 valuation a mean survey score maps to.'],
  ['NPS_VALUE(scores, revenue, churned, [margin], [discount_rate])', 'Customers, revenue, churn and lifetime value of promoters, passives and detractors.'],
];

export const HELP_INTRO = 'Type these functions into any cell, like =NPS(Responses!D2:D). Blank cells and text such as "don\'t know" are skipped; an impossible score stops with a message that says where it is.';
export const HELP_SIDEBAR = 'The sidebar (Extensions › CX Sheets › Open sidebar) builds the valuation grid, the cost-vs-satisfaction matrix and the stakeholder map from your Touchpoints, Projects and Stakeholders tabs. New here? Insert the example tabs first.';
