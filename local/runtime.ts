/**
 * The local Sheets runtime: runs the built add-on (dist/Code.js, the very file `clasp push`
 * uploads) offline against an in-memory workbook with a real formula engine.
 *
 * Usage:
 *
 * ```ts
 * import { createWorkbook, loadAddon } from '../../local/runtime';
 * import { readXlsx, writeXlsx } from '../../local/xlsx';
 *
 * // A workbook from plain rows (strings starting with "=" are formulas, as setValues makes them)…
 * const workbook = createWorkbook({ Responses: [['NPS'], [9], [10], [3]], Metrics: [['=NPS(Responses!A2:A)']] });
 * // …or from a file: const workbook = await readXlsx('examples/cx-example.xlsx');
 *
 * const addon = loadAddon(workbook);            // evaluates dist/Code.js with the services below
 * addon.bundle.onOpen();                          // any top-level function of the bundle
 * addon.ui.menus;                                 // what the add-on put on screen
 * workbook.sheetNamed('Metrics').valueAt(1, 1);   // 33.33…: formulas use the bundle's custom functions
 * addon.calls.count; addon.calls.byMethod();      // service calls the bundle made ("Range.setValues": 1, …)
 * await writeXlsx(workbook, 'out/result.xlsx');
 * ```
 *
 * The globals handed to the bundle are SpreadsheetApp, HtmlService, LockService, Session,
 * ScriptApp, PropertiesService, CacheService, Utilities and Charts (`addon.globals`). Every
 * method call on them or on what they return is counted in `addon.calls`; a method the
 * runtime does not emulate throws `not implemented in the local runtime: Class.method`.
 * The classes are written against @types/google-apps-script, so a method the real API
 * lacks does not compile. Custom functions are discovered from the bundle's top-level
 * `@customfunction` JSDoc, never listed by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { customFunctionNames } from './bundleFunctions';
import { CustomFunctionImpl } from './formulaEngine';
import { CallLog, Instrumentation } from './instrument';
import { LocalCacheService, LocalPropertiesService } from './services/storage';
import { LocalHtmlService, newUiState, UiState } from './services/ui';
import { LocalLockService } from './services/lock';
import { LocalScriptApp, LocalSession } from './services/session';
import { LocalUtilities } from './services/utilities';
import { enteredContent } from './spreadsheetApp/range';
import { CHART_TYPES, LocalSpreadsheetApp } from './spreadsheetApp/service';
import { CHART_HIDDEN_DIMENSION_STRATEGIES } from './spreadsheetApp/charts';
import { DEFAULT_COLUMNS, DEFAULT_ROWS } from './spreadsheetApp/sheet';
import { LocalSpreadsheet } from './spreadsheetApp/spreadsheet';

export { LocalSpreadsheet } from './spreadsheetApp/spreadsheet';
export { LocalSheet } from './spreadsheetApp/sheet';
export { CallLog } from './instrument';

/** The default build output: dist/ at the repository root. */
export const DEFAULT_DIST = path.resolve(__dirname, '..', 'dist');

/** Tabs as rows of cells, e.g. `{ Sheet1: [['Score'], [9], ['=A2*2']] }`. */
export type WorkbookData = Record<string, readonly (readonly unknown[])[]>;

/**
 * A workbook from plain rows. Each cell is written as Range.setValues writes it (a string
 * starting with "=" is a formula; "'…" is text). Each tab has at least Sheets' 1,000 rows
 * × 26 columns, more if the data needs them.
 */
export function createWorkbook(data: WorkbookData = { Sheet1: [] }, name?: string): LocalSpreadsheet {
  const workbook = new LocalSpreadsheet(name);
  for (const [sheetName, rows] of Object.entries(data)) {
    const sheet = workbook.addSheet(sheetName);
    const width = Math.max(0, ...rows.map((row) => row.length));
    sheet.resize(Math.max(DEFAULT_ROWS, rows.length), Math.max(DEFAULT_COLUMNS, width));
    if (rows.length > 0 && width > 0) {
      sheet.writeBlock(1, 1, rows.map((row) => Array.from({ length: width }, (_, c) => enteredContent(row[c], undefined))));
    }
  }
  workbook.activeSheet = workbook.sheets[0];
  return workbook;
}

export interface AddonOptions {
  /** Where Code.js and Sidebar.html are: dist/ unless given. */
  readonly distDir?: string;
  /** The bundle's source text, if not read from distDir. */
  readonly code?: string;
  /** The add-on's name as its menu shows it. */
  readonly addonName?: string;
  /** The local user. */
  readonly userEmail?: string;
}

export interface LocalAddon {
  readonly workbook: LocalSpreadsheet;
  /** The bundle's top-level functions (onOpen, showSidebar, NPS, …), callable from tests. */
  readonly bundle: Record<string, (...args: any[]) => any>;
  /** The names of the custom functions the bundle declares with @customfunction. */
  readonly customFunctions: readonly string[];
  /** The Apps Script globals given to the bundle. */
  readonly globals: Record<string, unknown>;
  /** Every call the bundle made into the services. */
  readonly calls: CallLog;
  /** Menus, sidebars, dialogs and alerts the bundle showed. */
  readonly ui: UiState;
  readonly lockService: LocalLockService;
  readonly properties: LocalPropertiesService;
  /** The V8 context the bundle runs in (its own realm: its own Date, Array, Error). */
  readonly context: vm.Context;
}

/**
 * Evaluates the built bundle in a fresh V8 context whose only globals are the emulated
 * Apps Script services bound to `workbook`, and lets the workbook's formulas call the
 * bundle's custom functions.
 */
export function loadAddon(workbook: LocalSpreadsheet, options: AddonOptions = {}): LocalAddon {
  const distDir = options.distDir ?? DEFAULT_DIST;
  const code = options.code ?? readBuilt(distDir, 'Code.js');
  const calls = new CallLog();
  const instrumentation = new Instrumentation(calls);
  const ui = newUiState();
  const lockService = new LocalLockService();
  const properties = new LocalPropertiesService();
  const services = {
    SpreadsheetApp: new LocalSpreadsheetApp(workbook, ui, options.addonName ?? 'CX Sheets'),
    HtmlService: new LocalHtmlService((file) => readBuilt(distDir, file.endsWith('.html') ? file : `${file}.html`)),
    LockService: lockService,
    Session: new LocalSession({ email: options.userEmail ?? 'analyst@example.com', timeZone: workbook.timeZone, locale: workbook.locale.split('_')[0] }),
    ScriptApp: new LocalScriptApp(),
    PropertiesService: properties,
    CacheService: new LocalCacheService(),
    Utilities: new LocalUtilities(),
  };
  const globals: Record<string, unknown> = { Charts: { ChartType: CHART_TYPES, ChartHiddenDimensionStrategy: CHART_HIDDEN_DIMENSION_STRATEGIES } };
  for (const [name, service] of Object.entries(services)) globals[name] = instrumentation.outgoing(service);
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });

  const customFunctions = customFunctionNames(code);
  const bundle: Record<string, (...args: any[]) => any> = {};
  for (const name of Object.keys(context)) if (typeof context[name] === 'function' && !(name in globals)) bundle[name] = context[name];
  const implementations: Record<string, CustomFunctionImpl> = {};
  for (const name of customFunctions) {
    if (typeof context[name] !== 'function') throw new Error(`Code.js declares @customfunction ${name} but defines no such top-level function`);
    implementations[name] = context[name];
  }
  const RealmDate = vm.runInContext('Date', context) as DateConstructor;
  workbook.engine.setCustomFunctions(implementations, (time) => new RealmDate(time));
  return { workbook, bundle, customFunctions, globals, calls, ui, lockService, properties, context };
}

function readBuilt(distDir: string, file: string): string {
  const full = path.join(distDir, file);
  try {
    return readFileSync(full, 'utf8');
  } catch {
    throw new Error(`cannot read ${full}: run \`npm run build\` first`);
  }
}
