/**
 * Debian's Chromium driven by playwright-core, for the browser tests. Never downloads a
 * browser: it uses /usr/bin/chromium (or $CHROMIUM_PATH), and fails with a message saying
 * how to install it when there is none — the browser tests must not skip silently.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, throwaway headless browser (no sandbox: CI runs as root). */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export interface Chromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM_PATH} (Debian: apt-get install -y chromium; or set CHROMIUM_PATH). .ci/run installs it.`);
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cx-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 860 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Screenshots are artefacts of the run (test-results/ is not committed). */
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-results');

/**
 * The browser a preview test file shares, with the hooks every such file needs: Chromium
 * launched once (and the screenshots folder made) before the tests, closed after them; the
 * page and the preview server a test opens closed after that test.
 */
export function previewBrowser(): { open(preview: { close(): Promise<void> }): Promise<Page> } {
  let browser: Chromium | undefined;
  let opened: { page: Page; preview: { close(): Promise<void> } } | undefined;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await opened?.page.close();
    await opened?.preview.close();
    opened = undefined;
  });
  return {
    async open(preview) {
      const page = await browser!.context.newPage();
      opened = { page, preview };
      return page;
    },
  };
}
