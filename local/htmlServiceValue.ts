/**
 * What `google.script.run` can carry between the sidebar and the server, as HtmlService
 * documents it: numbers, strings, booleans, null, and arrays and plain objects of those.
 * A Date, a function or any other object makes the real call fail, so the preview and the
 * test bridge refuse them too instead of quietly turning a Date into a string.
 */
export function htmlServiceValue(value: unknown, where = 'the value'): unknown {
  if (value === undefined) return null; // an omitted result or argument arrives as null
  assertTransportable(value, where);
  return JSON.parse(JSON.stringify(value));
}

/** Walks the value with a work list (no recursion, however deep or large the value). */
function assertTransportable(root: unknown, rootWhere: string): void {
  const work: { value: unknown; where: string }[] = [{ value: root, where: rootWhere }];
  for (let next = work.pop(); next !== undefined; next = work.pop()) {
    const { value, where } = next;
    if (value === null || value === undefined || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') continue;
    const kind = Object.prototype.toString.call(value);
    if (kind === '[object Array]') {
      (value as unknown[]).forEach((item, i) => work.push({ value: item, where: `${where}[${i}]` }));
      continue;
    }
    if (kind === '[object Object]' && typeof value === 'object') {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) work.push({ value: item, where: `${where}.${key}` });
      continue;
    }
    const what = kind === '[object Date]' ? 'a Date' : typeof value === 'function' ? 'a function' : kind;
    throw new Error(`google.script.run cannot carry ${what} (${where}): pass numbers, strings, booleans, null, arrays and plain objects`);
  }
}
