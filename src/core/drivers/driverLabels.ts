/**
 * The row labels of a driver table (DESIGN §2): the user's header cells, else "Driver 1",
 * "Driver 2"… by column; no two rows read the same. A label that repeats an earlier one
 * (ignoring case and surrounding spaces) gets " (2)", " (3)"… — the first free one; a label
 * that reads like a fixed row of the table (the `R²` row) is shown in double quotes.
 *
 * `given[j]` is driver j's label as text, or undefined/blank for none.
 */
export function driverLabels(given: readonly (string | undefined)[], defaultLabel: (n: number) => string, reserved: readonly string[]): string[] {
  const fold = (text: string) => text.trim().toLowerCase();
  const taken = new Set(reserved.map(fold));
  return given.map((text, j) => {
    const trimmed = text === undefined ? '' : text.trim();
    let base = trimmed === '' ? defaultLabel(j + 1) : trimmed;
    if (reserved.some((word) => fold(word) === fold(base))) base = `"${base}"`;
    let label = base;
    for (let copy = 2; taken.has(fold(label)); copy++) label = `${base} (${copy})`;
    taken.add(fold(label));
    return label;
  });
}
