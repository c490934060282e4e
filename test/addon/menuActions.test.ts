// The menu items of Extensions › CX Sheets, through dist/Code.js on the local runtime.
import { createWorkbook, loadAddon } from '../../local/runtime';

describe('menu actions', () => {
  it('builds the grid from the table the sidebar would pick, shows it and says so in a toast', () => {
    const addon = loadAddon(createWorkbook({ Notes: [['x']], 'My journey': [['Etap', 'Punkt styku', 'Ocena'], ['Zakup', 'Kasa', -1]] }));
    addon.bundle.menuBuildValuationGrid();
    expect(addon.workbook.activeSheet?.getName()).toBe('Valuation grid');
    expect(addon.workbook.toasts).toEqual([{ title: '"Valuation grid" built', message: "1 touchpoint from 'My journey'!A1:C2: 1 to fix, 0 differentiators." }]);
  });

  it('lists the problems in an alert and writes nothing', () => {
    const addon = loadAddon(createWorkbook({ Touchpoints: [['Stage', 'Touchpoint', 'Valuation'], ['Buy', 'Till', 7]] }));
    addon.bundle.menuBuildValuationGrid();
    expect(addon.ui.alerts).toHaveLength(1);
    expect(addon.ui.alerts[0].title).toBe('Valuation grid not built');
    expect(addon.ui.alerts[0].prompt).toMatch(/^1 problem in Touchpoints!A1:C2; nothing was written\.\n\n• Touchpoints row 2, column C \(Valuation\): 7 is not a valuation level/);
    expect(addon.workbook.sheets.map((s) => s.getName())).toEqual(['Touchpoints']);
  });

  it('speaks Polish in a Polish spreadsheet: the toast, the alert and its problems', () => {
    const workbook = createWorkbook({ 'Punkty styku': [['Etap', 'Punkt styku', 'Ocena'], ['Zakup', 'Kasa', -1]] });
    workbook.setSpreadsheetLocale('pl_PL');
    const addon = loadAddon(workbook);
    addon.bundle.menuBuildValuationGrid();
    // 1 touchpoint valued −1: one to fix, no differentiators.
    expect(addon.workbook.toasts).toEqual([{ title: 'Utworzono „Siatka ocen”', message: "Punkty styku z 'Punkty styku'!A1:C2: 1; do naprawy: 1, wyróżniki: 0." }]);

    const invalid = createWorkbook({ 'Punkty styku': [['Etap', 'Punkt styku', 'Ocena'], ['Zakup', 'Kasa', 7]] });
    invalid.setSpreadsheetLocale('pl_PL');
    const failed = loadAddon(invalid);
    failed.bundle.menuBuildValuationGrid();
    expect(failed.ui.alerts[0].title).toBe('Nie utworzono siatki ocen');
    expect(failed.ui.alerts[0].prompt).toMatch(
      /^1 problem w 'Punkty styku'!A1:C2; nic nie zostało zapisane\.\n\n• Arkusz Punkty styku, wiersz 2, kolumna C \(Ocena\): 7 nie jest poziomem oceny; dozwolone: /,
    );
  });

  it('inserts the example tabs, then builds the matrix from them', () => {
    const addon = loadAddon(createWorkbook({ Sheet1: [] }));
    addon.bundle.menuInsertExampleTabs();
    addon.bundle.menuBuildCostSatisfactionMatrix();
    expect(addon.workbook.activeSheet?.getName()).toBe('Cost vs satisfaction');
    expect(addon.workbook.toasts.map((t) => t.title)).toEqual(['CX Sheets', '"Cost vs satisfaction" built']);
  });

  it('builds the stakeholder map from the table the sidebar would pick, in Polish in a Polish spreadsheet', () => {
    // Jan 4,4 → Zarządzaj blisko; Ewa 5,1 → Dbaj o zadowolenie; Ola 1,5 → Informuj; Piotr 1,1 and Adam 2,2 → Monitoruj.
    const workbook = createWorkbook({
      Notatki: [['x']],
      Ludzie: [['Interesariusz', 'Dział', 'Wpływ', 'Zainteresowanie', 'Postawa'], ['Jan', 'IT', 4, 4, 'zwolennik'], ['Ewa', 'Finanse', 5, 1, 'przeciwnik'], ['Ola', 'HR', 1, 5, ''], ['Piotr', '', 1, 1, ''], ['Adam', '', 2, 2, 'neutralny']],
    });
    workbook.setSpreadsheetLocale('pl_PL');
    const addon = loadAddon(workbook);
    addon.bundle.menuBuildStakeholderMap();
    expect(addon.workbook.activeSheet?.getName()).toBe('Mapa interesariuszy');
    expect(addon.workbook.toasts).toEqual([{ title: 'Utworzono „Mapa interesariuszy”', message: 'Interesariusze: 5. Zarządzaj blisko: 1, dbaj o zadowolenie: 1, informuj: 1, monitoruj: 2.' }]);
  });

  it('lists the problems of a Stakeholders table in an alert and writes nothing', () => {
    const addon = loadAddon(createWorkbook({ Stakeholders: [['Stakeholder', 'Influence', 'Interest'], ['CFO', 6, 2]] }));
    addon.bundle.menuBuildStakeholderMap();
    expect(addon.ui.alerts[0].title).toBe('Stakeholder map not built');
    expect(addon.ui.alerts[0].prompt).toMatch(/^1 problem in Stakeholders!A1:C2; nothing was written\.\n\n• Stakeholders row 2, column B \(Influence\): 6 is not a level of influence; allowed: a whole number from 1 to 5 \(not empty\)$/);
    expect(addon.workbook.sheets.map((s) => s.getName())).toEqual(['Stakeholders']);
  });

  it('Help opens a dialog listing every custom function, as text', () => {
    const addon = loadAddon(createWorkbook());
    addon.bundle.showHelp();
    expect(addon.ui.dialogs).toHaveLength(1);
    expect(addon.ui.dialogs[0].title).toBe('CX Sheets help');
    const html = addon.ui.dialogs[0].output.getContent();
    for (const name of ['NPS', 'NPS_MOE', 'NPS_BY', 'NPS_TEST', 'CES', 'CSAT', 'TOUCHPOINT_GAP', 'TOUCHPOINT_VALUE', 'DRIVERS', 'NPS_VALUE']) expect(html).toContain(`=${name}(`);
    expect(html).toContain('&#34;don&#39;t know&#34;');
    expect(html).not.toMatch(/<script/i);
  });

  it('Help speaks Polish in a Polish spreadsheet, every function explained', () => {
    const workbook = createWorkbook();
    workbook.setSpreadsheetLocale('pl_PL');
    const addon = loadAddon(workbook);
    addon.bundle.showHelp();
    expect(addon.ui.dialogs[0].title).toBe('CX Sheets – pomoc');
    const html = addon.ui.dialogs[0].output.getContent();
    expect(html).toContain('Wpisz te funkcje w dowolną komórkę');
    expect(html).toContain('% promotorów (9–10) − % krytyków (0–6)');
    expect(html).toContain('siła wpływu metodą wag względnych');
    expect(html).toContain('<th align="left">Funkcja</th>');
    expect(html).not.toContain('Net Promoter Score of 0–10 answers');
  });

  it('says in Polish which example tabs it added', () => {
    const workbook = createWorkbook({ Sheet1: [] });
    workbook.setSpreadsheetLocale('pl_PL');
    const addon = loadAddon(workbook);
    addon.bundle.menuInsertExampleTabs();
    expect(addon.workbook.toasts).toEqual([
      { title: 'CX Sheets', message: 'Dodano „Punkty styku”, „Projekty”, „Odpowiedzi”, „Tematy”, „Interesariusze”, „Metryki”. Teraz utwórz siatkę ocen z menu albo z panelu bocznego.' },
    ]);
  });
});

describe('the menu', () => {
  const captions = (addon: ReturnType<typeof loadAddon>) => addon.ui.menus[0].items.filter((i) => !i.separator).map((i) => i.caption);

  it('is English in AuthMode.NONE, whatever the locale: it may read nothing then', () => {
    const workbook = createWorkbook();
    workbook.locale = 'pl_PL';
    const addon = loadAddon(workbook);
    addon.bundle.onOpen({ authMode: 'NONE' });
    expect(captions(addon)).toEqual(['Open sidebar', 'Build valuation grid', 'Build cost-vs-satisfaction matrix', 'Build stakeholder map', 'Build survey report', 'Compare valuations', 'Save a dated copy of Touchpoints', 'Insert example tabs', 'Help']);
  });

  it('follows a Polish user once the add-on may read the locale', () => {
    const workbook = createWorkbook();
    workbook.locale = 'pl_PL';
    const addon = loadAddon(workbook);
    addon.bundle.onOpen({ authMode: 'LIMITED' });
    expect(captions(addon)).toEqual([
      'Otwórz panel boczny', 'Utwórz siatkę ocen', 'Utwórz macierz koszt–satysfakcja', 'Utwórz mapę interesariuszy',
      'Utwórz raport z badania', 'Porównaj oceny', 'Zapisz kopię Punktów styku z datą', 'Wstaw przykładowe karty', 'Pomoc',
    ]);
    expect(addon.ui.menus[0].items.filter((i) => !i.separator).map((i) => i.functionName)).toEqual([
      'showSidebar', 'menuBuildValuationGrid', 'menuBuildCostSatisfactionMatrix', 'menuBuildStakeholderMap',
      'menuBuildSurveyReport', 'menuCompareValuations', 'menuSaveDatedCopy', 'menuInsertExampleTabs', 'showHelp',
    ]);
  });
});
