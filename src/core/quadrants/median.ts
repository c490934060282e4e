/**
 * Median: the middle value of the sorted numbers, or the mean of the two middle values
 * when their count is even (the usual definition, as in Sheets' MEDIAN).
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median needs at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
