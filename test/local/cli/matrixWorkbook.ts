/**
 * A journey and its projects worked by hand, for the cost-vs-satisfaction end-to-end and
 * CLI tests, and synthetic projects for counting service calls.
 *
 * Touchpoints (gap = effective target − current, DESIGN §2; reach blank = 1):
 *   Website      Online  −2 → 0    gap 2 × 0.4 = 0.8
 *   Shop window  Store    0 → +2   gap 2 × 1   = 2
 *   Checkout     Online   0 → +2   gap 2 × 0.8 = 1.6
 *   Checkout     Store   −1 → 0    gap 1 × 0.5 = 0.5   (same name, other path: both linked)
 *   Till         Store   +2 → +1   gap −1 → counts 0   (over-served)
 *   Returns      —        not valued → adds nothing, warned
 *   Helpline     —       −1 → 0    gap 1 × 0.3 = 0.3
 *
 * Projects (impact computed when blank):
 *   row 2 Shorter web form  cost 10   Website; Checkout        0.8 + 1.6 + 0.5 = 2.9 (computed)
 *   row 3 Staff training    cost 30   Till, Helpline, Returns  0 + 0.3 + 0     = 0.3 (computed)
 *   row 4 New shop window   cost 50   Shop window              2                   (computed)
 *   row 5 Loyalty app       cost 80   impact 1.5
 *   row 6 Free coffee       cost 0    impact 0.1
 *   row 7 CRM migration     cost 120  impact 0.2 given (Helpline would compute 0.3: given wins)
 *
 * Medians: costs 0 10 30 50 80 120 → (30 + 50) / 2 = 40; impacts 0.1 0.2 0.3 1.5 2 2.9 →
 * (0.3 + 1.5) / 2 = 0.9. Quadrants and impact per cost:
 *   Shorter web form  10 ≤ 40, 2.9 ≥ 0.9  Quick wins      2.9 / 10  = 0.29
 *   New shop window   50 > 40, 2 ≥ 0.9    Major projects  2 / 50    = 0.04
 *   Loyalty app       80 > 40, 1.5 ≥ 0.9  Major projects  1.5 / 80  = 0.01875
 *   Free coffee        0 ≤ 40, 0.1 < 0.9  Fill-ins        cost 0: first, blank
 *   Staff training    30 ≤ 40, 0.3 < 0.9  Fill-ins        0.3 / 30  = 0.01
 *   CRM migration    120 > 40, 0.2 < 0.9  Money pits      0.2 / 120 = 0.001666…
 */
import { TOUCHPOINTS_HEADER } from './gridWorkbook';

export const PROJECTS_HEADER = ['Project', 'Cost', 'Impact', 'Touchpoints', 'Type', 'Owner'];

export const MATRIX_TOUCHPOINTS = [
  TOUCHPOINTS_HEADER,
  ['Before', 'Website', 'Online', -2, '', true, true, 40, 'E-commerce'],
  ['Before', 'Shop window', 'Store', 0, 2, false, false, '', 'Retail'],
  ['Buy', 'Checkout', 'Online', 0, 2, false, 'x', 0.8, 'E-commerce'],
  ['Buy', 'Checkout', 'Store', -1, '', false, '', '50%', 'Retail'],
  ['Buy', 'Till', 'Store', 2, 1, 'no', '', '', 'Retail'],
  ['After', 'Returns', '', '', 1, 'yes', false, '10%', 'Service'],
  ['After', 'Helpline', '', -1, '', true, true, 0.3, 'Service'],
];

export const PROJECTS = [
  PROJECTS_HEADER,
  ['Shorter web form', 10, '', 'Website; Checkout', 'hard', 'E-commerce'],
  ['Staff training', 30, '', 'Till, Helpline\nReturns', 'soft', 'HR'],
  ['New shop window', 50, '', 'shop  WINDOW', 'hard', 'Retail'],
  ['Loyalty app', 80, 1.5, '', 'hard', 'Marketing'],
  ['Free coffee', 0, 0.1, '', '', ''],
  ['CRM migration', 120, 0.2, 'Helpline', 'hard', 'IT'],
];

/** The ranked table the hand-worked projects give (medians 40 and 0.9). */
export const EXPECTED_RANKED = [
  ['Rank', 'Project', 'Quadrant', 'Cost', 'Impact', 'Impact per cost', 'Touchpoints', 'Type', 'Owner'],
  [1, 'Shorter web form', 'Quick wins', 10, 2.9, 0.29, 'Website, Checkout', 'Hard', 'E-commerce'],
  [2, 'New shop window', 'Major projects', 50, 2, 0.04, 'shop  WINDOW', 'Hard', 'Retail'],
  [3, 'Loyalty app', 'Major projects', 80, 1.5, 0.01875, '', 'Hard', 'Marketing'],
  [4, 'Free coffee', 'Fill-ins', 0, 0.1, '', '', '', ''],
  [5, 'Staff training', 'Fill-ins', 30, 0.3, 0.01, 'Till, Helpline, Returns', 'Soft', 'HR'],
  [6, 'CRM migration', 'Money pits', 120, 0.2, 0.2 / 120, 'Helpline', 'Hard', 'IT'],
];

/** n synthetic projects over 3 touchpoints: every third computes its impact. */
export function syntheticProjects(n: number): unknown[][] {
  const rows: unknown[][] = [PROJECTS_HEADER];
  for (let i = 0; i < n; i++) {
    rows.push([`Project ${i + 1}`, (i * 37) % 100, i % 3 === 0 ? '' : ((i * 13) % 20) / 10, i % 3 === 0 ? 'Website; Helpline' : '', i % 2 ? 'hard' : 'soft', `Team ${i % 4}`]);
  }
  return rows;
}

/** The rows of the ranked table: from its header to the first blank row, 9 columns. */
export function rankedTable(values: unknown[][], first = 'Rank'): unknown[][] {
  const top = values.findIndex((row) => row[0] === first);
  if (top < 0) throw new Error(`no ranked table headed ${first}`);
  const rows: unknown[][] = [];
  for (let r = top; r < values.length && values[r][0] !== ''; r++) rows.push(values[r].slice(0, 9));
  return rows;
}
