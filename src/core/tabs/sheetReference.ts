/**
 * A sheet name as a formula or an A1 reference writes it: bare when it is letters, digits
 * and _ (not starting with a digit), else in single quotes with inner quotes doubled —
 * `Touchpoints`, `'Punkty styku'`, `'Bob''s tab'` (Sheets' own quoting rule).
 */
export function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
