/**
 * Assertions on the page that wait for it to settle: playwright-core has no `expect`
 * (that is @playwright/test, a test runner of its own), so these poll a locator until
 * the page shows what is expected, then assert with jest so that a failure shows the
 * actual value. The wait bounds how long a broken page is watched; it is not measured.
 */
import type { Locator } from 'playwright-core';

const SETTLE_MS = 10_000;
const POLL_MS = 50;

async function settle<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + SETTLE_MS;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    value = await read();
  }
  return value;
}

const text = (locator: Locator) => () => locator.count().then((n) => (n === 0 ? '(no element)' : locator.first().textContent().then((t) => (t ?? '').trim())));

export async function hasText(locator: Locator, expected: string): Promise<void> {
  expect(await settle(text(locator), (t) => t === expected)).toBe(expected);
}

export async function containsText(locator: Locator, expected: string): Promise<void> {
  expect(await settle(text(locator), (t) => t.includes(expected))).toContain(expected);
}

export async function hasClass(locator: Locator, name: string): Promise<void> {
  const classes = () => locator.getAttribute('class').then((c) => (c ?? '').split(/\s+/));
  expect(await settle(classes, (c) => c.includes(name))).toContain(name);
}

export async function hasCount(locator: Locator, expected: number): Promise<void> {
  expect(await settle(() => locator.count(), (n) => n === expected)).toBe(expected);
}

export async function hasValue(locator: Locator, expected: string): Promise<void> {
  expect(await settle(() => locator.inputValue(), (v) => v === expected)).toBe(expected);
}
