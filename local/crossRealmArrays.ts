/**
 * TEMPORARY workaround for a local-runtime gap, kept in one place so it can be deleted in
 * one commit (reported to the lead; the runtime belongs to issue 4).
 *
 * The gap: `Range.setValues(values)` called from dist/Code.js receives arrays made in the
 * bundle's vm realm. LocalRange.setValues maps them with their own realm's `map`, so
 * FormulaEngine.setCells hands HyperFormula arrays of that realm, and HyperFormula's
 * `instanceof Array` check rejects them: every setValues from the bundle fails with
 * "Unable to parse value: [[…]]". The fix belongs in the runtime (copy incoming arrays into
 * the host realm, e.g. in Instrumentation.incoming, or `Array.from` in setValues).
 *
 * Until then, this makes `instanceof Array` in the host realm accept any array, exactly as
 * `Array.isArray` does (which is realm-independent by specification). Once the runtime
 * copies arrays it is a no-op.
 */
export function acceptArraysFromAnyRealm(): void {
  if (Object.getOwnPropertyDescriptor(Array, Symbol.hasInstance)) return;
  Object.defineProperty(Array, Symbol.hasInstance, { value: (value: unknown) => Array.isArray(value), configurable: true });
}
