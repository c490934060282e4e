/**
 * The Sheets UI and HtmlService of the local runtime: menus the add-on builds, sidebars and
 * dialogs it shows and alerts it raises are recorded on {@link UiState} for tests and the
 * CLI to read. Pages come from the built files (dist/Sidebar.html for `Sidebar`).
 */
import { Exposed, notImplemented } from '../instrument';

export interface MenuItem {
  readonly caption: string;
  /** The top-level function the item calls, or the items of a submenu. */
  readonly functionName?: string;
  readonly submenu?: readonly MenuItem[];
  readonly separator?: boolean;
}

export interface ShownMenu {
  readonly title: string;
  readonly addon: boolean;
  readonly items: readonly MenuItem[];
}

export interface UiState {
  readonly menus: ShownMenu[];
  readonly sidebars: LocalHtmlOutput[];
  readonly dialogs: { output: LocalHtmlOutput; title: string; modal: boolean }[];
  readonly alerts: { title: string; prompt: string }[];
}

export function newUiState(): UiState {
  return { menus: [], sidebars: [], dialogs: [], alerts: [] };
}

export class LocalMenu extends Exposed implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly gasClass = 'Menu';
  readonly items: MenuItem[] = [];
  constructor(private readonly state: UiState, readonly title: string, private readonly addon: boolean) {
    super();
  }
  private self(): GoogleAppsScript.Base.Menu {
    return this as unknown as GoogleAppsScript.Base.Menu;
  }
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.items.push({ caption, functionName });
    return this.self();
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.items.push({ caption: '', separator: true });
    return this.self();
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    const sub = menu as unknown as LocalMenu;
    this.items.push({ caption: sub.title, submenu: sub.items });
    return this.self();
  }
  addToUi(): void {
    this.state.menus.push({ title: this.title, addon: this.addon, items: [...this.items] });
  }
}

export const BUTTONS = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const BUTTON_SETS = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export class LocalUi extends Exposed implements Pick<GoogleAppsScript.Base.Ui, 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog' | 'alert'> {
  readonly gasClass = 'Ui';
  readonly Button = BUTTONS as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = BUTTON_SETS as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  constructor(private readonly state: UiState, private readonly addonName: string) {
    super();
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return new LocalMenu(this.state, this.addonName, true) as unknown as GoogleAppsScript.Base.Menu;
  }
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return new LocalMenu(this.state, caption, false) as unknown as GoogleAppsScript.Base.Menu;
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.state.sidebars.push(userInterface as unknown as LocalHtmlOutput);
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.state.dialogs.push({ output: userInterface as unknown as LocalHtmlOutput, title, modal: true });
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.state.dialogs.push({ output: userInterface as unknown as LocalHtmlOutput, title, modal: false });
  }
  /** Records the alert and answers OK (or YES), as a user clicking the default button. */
  alert(titleOrPrompt: string, promptOrButtons?: unknown, buttons?: unknown): GoogleAppsScript.Base.Button {
    const hasTitle = typeof promptOrButtons === 'string';
    this.state.alerts.push({ title: hasTitle ? titleOrPrompt : '', prompt: hasTitle ? (promptOrButtons as string) : titleOrPrompt });
    const set = String((hasTitle ? buttons : promptOrButtons) ?? 'OK');
    return (set.startsWith('YES') ? BUTTONS.YES : BUTTONS.OK) as unknown as GoogleAppsScript.Base.Button;
  }
}

export class LocalHtmlOutput extends Exposed implements Pick<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'setContent' | 'append' | 'getTitle' | 'setTitle' | 'setWidth' | 'getWidth' | 'setHeight' | 'getHeight' | 'setSandboxMode' | 'setXFrameOptionsMode' | 'addMetaTag'> {
  readonly gasClass = 'HtmlOutput';
  private title = '';
  private width = 300;
  private height = 0;
  readonly metaTags: { name: string; content: string }[] = [];
  constructor(private content: string) {
    super();
  }
  private self(): GoogleAppsScript.HTML.HtmlOutput {
    return this as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
  getContent(): string { return this.content; }
  setContent(content: string) {
    this.content = content;
    return this.self();
  }
  append(addedContent: string) {
    this.content += addedContent;
    return this.self();
  }
  getTitle(): string { return this.title; }
  setTitle(title: string) {
    this.title = title;
    return this.self();
  }
  setWidth(width: number) {
    this.width = width;
    return this.self();
  }
  getWidth(): number { return this.width; }
  setHeight(height: number) {
    this.height = height;
    return this.self();
  }
  getHeight(): number { return this.height; }
  /** Sandbox and frame options change nothing offline; the page is what it is. */
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode) { return this.self(); }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode) { return this.self(); }
  addMetaTag(name: string, content: string) {
    this.metaTags.push({ name, content });
    return this.self();
  }
}

/** HtmlService over the built files: `readFile('Sidebar')` gives dist/Sidebar.html's text. */
export class LocalHtmlService extends Exposed implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'> {
  readonly gasClass = 'HtmlService';
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' } as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  constructor(private readonly readFile: (name: string) => string) {
    super();
  }
  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlOutput {
    if (html !== undefined && typeof html !== 'string') throw notImplemented('HtmlService.createHtmlOutput(blob)');
    return new LocalHtmlOutput(html ?? '') as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return new LocalHtmlOutput(this.readFile(filename)) as unknown as GoogleAppsScript.HTML.HtmlOutput;
  }
}
