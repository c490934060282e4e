// Read (never run) by stackSafety.test.ts: what the scanner must find.
export function largest(values: number[]): number {
  return Math.max(...values);
}

export function append(rows: number[], more: number[]): void {
  rows.push(...more);
}

export function walk(node: { children: unknown[] }): void {
  for (const child of node.children) walk(child as { children: unknown[] });
}
