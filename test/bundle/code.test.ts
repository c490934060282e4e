import vm from 'node:vm';
import ts from 'typescript';
import { readEntryPoints } from '../../scripts/lib/entryPoints';
import { distFile, loadBundle, thrownMessage } from '../helpers/bundle';

const code = distFile('Code.js');
const topLevel = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
const topLevelFunctions = new Map(
  topLevel.statements.filter(ts.isFunctionDeclaration).map((fn) => [fn.name!.text, fn] as const),
);
const entryPoints = readEntryPoints();
const customFunctions = entryPoints.filter((entry) => entry.kind === 'custom');

describe('dist/Code.js in a bare V8 context', () => {
  it('loads with no Apps Script or Node globals at all', () => {
    const context = loadBundle();
    for (const absent of ['require', 'module', 'process', 'Buffer', 'setTimeout', 'fetch', 'SpreadsheetApp']) {
      expect(typeof context[absent]).toBe('undefined');
    }
  });

  it('defines the add-on entry points and NPS as top-level functions', () => {
    const context = loadBundle();
    for (const name of ['NPS', 'onOpen', 'onInstall', 'showSidebar', 'getActiveSheetName']) {
      expect(typeof context[name]).toBe('function');
      expect(topLevelFunctions.has(name)).toBe(true);
    }
  });

  it('makes nothing else global but the bundle itself', () => {
    const context = loadBundle();
    expect(Object.keys(context).sort()).toEqual(['CXSheets', ...entryPoints.map((entry) => entry.name)].sort());
    expect([...topLevelFunctions.keys()].sort()).toEqual(entryPoints.map((entry) => entry.name).sort());
  });

  it('computes NPS through the top-level stub', () => {
    const { NPS } = loadBundle();
    // Valid scores 9, 10, 0, 7: 2 promoters − 1 detractor over 4 responses.
    expect(NPS([[9], [10], [0], [''], ['n/a'], ['7,0']])).toBe(25);
    expect(NPS(10)).toBe(100);
  });

  it('throws an error naming the value that is off the scale', () => {
    const { NPS } = loadBundle();
    expect(thrownMessage(() => NPS([[11]]))).toBe('NPS: 11 (scores) is not a 0–10 score; allowed: whole numbers from 0 to 10');
  });

  it('recognises dates made in the Apps Script realm', () => {
    const context = loadBundle();
    const sheetsDate = vm.runInContext('new Date(Date.UTC(2026, 0, 5))', context);
    expect(thrownMessage(() => context.NPS([[9], [sheetsDate]]))).toContain('NPS: 2026-01-05 (row 2 of scores) is a date');
  });
});

describe('custom function declarations Sheets reads', () => {
  it('has at least NPS', () => {
    expect(customFunctions.map((fn) => fn.name)).toContain('NPS');
  });

  it.each(customFunctions.map((fn) => [fn.name, fn] as const))('%s carries its JSDoc with @customfunction, @param per parameter and @return', (name, fn) => {
    const declaration = topLevelFunctions.get(name)!;
    const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
    expect(docs).toHaveLength(1);
    // The block must sit immediately above the function: Sheets reads only that one.
    const between = code.slice(docs[0].end, declaration.getStart(topLevel, false));
    expect(between.trim()).toBe('');
    const tags = ts.getJSDocTags(declaration);
    expect(tags.some((tag) => tag.tagName.text === 'customfunction')).toBe(true);
    expect(tags.filter(ts.isJSDocParameterTag).map((tag) => tag.name.getText())).toEqual(fn.parameters);
    expect(tags.some(ts.isJSDocReturnTag)).toBe(true);
    // The stub keeps the source's parameter names, so Sheets shows them in autocomplete.
    expect(declaration.parameters.map((p) => p.name.getText())).toEqual(fn.parameters);
  });

  it('keeps NPS(scores) exactly as Sheets must see it', () => {
    const nps = topLevelFunctions.get('NPS')!;
    expect(nps.parameters.map((p) => p.name.getText())).toEqual(['scores']);
    const doc = ts.getJSDocCommentsAndTags(nps).filter(ts.isJSDoc)[0].getText();
    expect(doc).toMatch(/@customfunction/);
    expect(doc).toMatch(/@param scores \S/);
    expect(doc).toMatch(/@return \S/);
  });
});

describe('add-on entry points with Apps Script stand-ins', () => {
  /** Extensions › CX Sheets, as issue 7 lists it. The stand-ins have no sheet data: onOpen must not need any (AuthMode.NONE). */
  const MENU = [
    'createAddonMenu',
    'addItem Open sidebar → showSidebar',
    'addSeparator',
    'addItem Build valuation grid → menuBuildValuationGrid',
    'addItem Build cost-vs-satisfaction matrix → menuBuildCostSatisfactionMatrix',
    'addItem Build stakeholder map → menuBuildStakeholderMap',
    'addItem Build survey report → menuBuildSurveyReport',
    'addItem Compare valuations → menuCompareValuations',
    'addItem Save a dated copy of Touchpoints → menuSaveDatedCopy',
    'addItem Insert example tabs → menuInsertExampleTabs',
    'addSeparator',
    'addItem Help → showHelp',
    'addToUi',
  ];

  function appsScriptStandIns(activeSheetName = 'Responses') {
    const calls: string[] = [];
    const menu = {
      addItem(caption: string, functionName: string) {
        calls.push(`addItem ${caption} → ${functionName}`);
        return menu;
      },
      addSeparator() {
        calls.push('addSeparator');
        return menu;
      },
      addToUi() {
        calls.push('addToUi');
      },
    };
    const ui = {
      createAddonMenu() {
        calls.push('createAddonMenu');
        return menu;
      },
      createMenu() {
        throw new Error('an add-on must use createAddonMenu()');
      },
      showSidebar(page: { title: string; file: string }) {
        calls.push(`showSidebar ${page.file} "${page.title}"`);
      },
    };
    const globals = {
      SpreadsheetApp: {
        getUi: () => ui,
        getActiveSheet: () => ({ getName: () => activeSheetName }),
      },
      HtmlService: {
        createHtmlOutputFromFile(file: string) {
          const page = { file, title: '', setTitle: (title: string) => ((page.title = title), page) };
          return page;
        },
      },
    };
    return { calls, globals };
  }

  it('onOpen builds the add-on menu, and every item calls a top-level function', () => {
    const { calls, globals } = appsScriptStandIns();
    const context = loadBundle(globals);
    context.onOpen({ authMode: 'NONE' });
    expect(calls).toEqual(MENU);
    for (const call of calls.filter((c) => c.startsWith('addItem'))) {
      expect(typeof context[call.split('→ ')[1]]).toBe('function');
    }
  });

  it('onInstall does what onOpen does', () => {
    const { calls, globals } = appsScriptStandIns();
    loadBundle(globals).onInstall({ authMode: 'FULL' });
    expect(calls).toEqual(MENU);
  });

  it('showSidebar opens dist/Sidebar.html under the add-on name', () => {
    const { calls, globals } = appsScriptStandIns();
    loadBundle(globals).showSidebar();
    expect(calls).toEqual(['showSidebar Sidebar "CX Sheets"']);
  });

  it('the sidebar API answers with the active sheet name', () => {
    const { globals } = appsScriptStandIns('Q3 survey');
    expect(loadBundle(globals).getActiveSheetName()).toBe('Q3 survey');
  });
});
