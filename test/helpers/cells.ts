/** A column range as Sheets passes it to a custom function: one single-cell row per value. */
export const column = (...cells: unknown[]) => cells.map((cell) => [cell]) as never;
