/**
 * The preview page: the workbook on the left as Sheets would show it (tabs along the
 * bottom, column letters and row numbers, values as displayed, fills, bold, merges,
 * checkboxes, frozen rows and columns that stay put, hidden rows and columns left out,
 * text running on over empty neighbours, and each chart drawn where Sheets puts it), the
 * real sidebar on the right, and the add-on's menu (Extensions › CX Sheets) on top.
 * Every value comes from the server as JSON and is put in the page with textContent.
 */
import { columnLetter } from '../../../src/core/tabs/columnLetters';
import type { CellSnapshot, ChartSnapshot, TabSnapshot, WorkbookSnapshot } from '../snapshot';
import { drawChart } from './charts';

const STYLE = `
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font: 13px Roboto, Arial, sans-serif; color: #202124; background: #f9fbfd; }
.bar { display: flex; align-items: center; gap: 16px; height: 44px; padding: 0 12px; background: #fff; border-bottom: 1px solid #dadce0; }
.bar h1 { margin: 0; font-size: 16px; font-weight: 400; }
.bar .file { color: #5f6368; }
.menu { position: relative; }
.menu > button { border: 0; background: none; padding: 6px 8px; border-radius: 4px; font: inherit; cursor: pointer; }
.menu > button:hover, .menu.open > button { background: #e8eaed; }
.menu-items { position: absolute; top: 32px; left: 0; z-index: 20; min-width: 260px; padding: 6px 0; background: #fff; border-radius: 4px; box-shadow: 0 2px 6px rgba(60,64,67,.3); }
.menu-items[hidden] { display: none; }
.menu-title { padding: 4px 16px; color: #5f6368; font-size: 12px; }
.menu-items button { display: block; width: 100%; border: 0; background: none; padding: 6px 16px 6px 28px; text-align: left; font: inherit; cursor: pointer; }
.menu-items button:hover { background: #f1f3f4; }
.menu-items hr { border: 0; border-top: 1px solid #e8eaed; margin: 6px 0; }
.selection { margin-left: auto; color: #5f6368; font-size: 12px; }
.main { flex: 1; display: flex; min-height: 0; }
.sheet { flex: 1; overflow: auto; background: #fff; }
.panel { width: 300px; display: flex; flex-direction: column; border-left: 1px solid #dadce0; background: #fff; }
.panel-title { display: flex; align-items: center; height: 48px; padding: 0 16px; font-size: 16px; border-bottom: 1px solid #e8eaed; }
.panel iframe { flex: 1; width: 300px; border: 0; }
/* Separate borders: collapsed ones stay behind when a frozen (sticky) cell moves. */
table.grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; font: 10pt Arial, sans-serif; }
.grid th { position: sticky; top: 0; z-index: 10; height: 20px; background: #f8f9fa; color: #5f6368; font-weight: 400; border: 0; border-right: 1px solid #e0e0e0; border-bottom: 1px solid #e0e0e0; }
.grid th.rownum { position: sticky; left: 0; z-index: 9; width: 46px; }
.grid th.corner { left: 0; z-index: 11; }
.grid td { height: 21px; max-width: 0; padding: 0 3px; border: 0; border-right: 1px solid #e2e2e2; border-bottom: 1px solid #e2e2e2; white-space: nowrap; overflow: hidden; text-overflow: clip; vertical-align: bottom; }
.grid td.spill { overflow: visible; position: relative; z-index: 1; }
.grid td.spill > .spill-text { position: absolute; top: 0; bottom: 0; padding: 0 3px; overflow: hidden; white-space: nowrap; display: flex; align-items: flex-end; }
.grid td.checkbox { text-align: center; padding: 0; }
.grid td.checkbox input { margin: 0; width: 14px; height: 14px; vertical-align: middle; accent-color: #5f6368; pointer-events: none; }
.grid td.frozen { position: sticky; background: #fff; }
/* Frozen rows pass over the frozen columns' cells below them; the corner over both. Within
   each, a cell whose text runs on lies over its (opaque, sticky) neighbours, or they would
   cut the text at its own edge; headers pass over everything. */
.grid td.frozen-column { z-index: 3; }
.grid td.frozen-column.spill { z-index: 4; }
.grid td.frozen-row { z-index: 5; }
.grid td.frozen-row.spill { z-index: 6; }
.grid td.frozen-row.frozen-column { z-index: 7; }
.grid td.frozen-row.frozen-column.spill { z-index: 8; }
.grid th.after-hidden { box-shadow: inset 3px 0 0 #9aa0a6; }
.grid th.rownum.after-hidden { box-shadow: inset 0 3px 0 #9aa0a6; }
.grid tr.frozen-column-edge td.frozen-last, .grid td.frozen-last { border-right: 3px solid #c0c0c0; }
.grid-wrap { position: relative; display: inline-block; }
.chart { position: absolute; z-index: 2; background: #fff; border: 1px solid #dadce0; box-shadow: 0 1px 2px rgba(60,64,67,.2); }
.chart canvas { display: block; }
.grid td.wrap { white-space: pre-wrap; }
.grid td.num { text-align: right; }
.grid td.selected { outline: 2px solid #1a73e8; outline-offset: -2px; }
.grid td.error { color: #d93025; }
.grid tr.frozen-edge td, .grid tr.frozen-edge th.rownum { border-bottom: 3px solid #c0c0c0; }
.more { padding: 8px 12px; color: #5f6368; }
.charts { padding: 8px 12px; color: #5f6368; }
.tabs { display: flex; gap: 2px; height: 38px; padding: 0 8px; align-items: stretch; background: #f1f3f4; border-top: 1px solid #dadce0; overflow-x: auto; }
.tabs button { border: 0; padding: 0 16px; background: none; font: inherit; color: #3c4043; cursor: pointer; white-space: nowrap; }
.tabs button.active { background: #fff; color: #188038; font-weight: 500; box-shadow: inset 0 -2px 0 #188038; }
.tabs button.generated::after { content: ' ◆'; color: #1a73e8; font-size: 9px; }
.toasts { position: fixed; left: 16px; bottom: 52px; display: flex; flex-direction: column; gap: 8px; z-index: 10; }
.toast { max-width: 420px; padding: 12px 16px; border-radius: 4px; background: #323232; color: #fff; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
.toast strong { display: block; margin-bottom: 2px; }
.modal { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; background: rgba(32,33,36,.6); z-index: 20; }
.modal-box { max-width: 640px; max-height: 80vh; overflow: auto; padding: 24px; border-radius: 8px; background: #fff; box-shadow: 0 4px 12px rgba(0,0,0,.3); }
.modal-box h2 { margin: 0 0 12px; font-size: 18px; font-weight: 400; }
.modal-box p { white-space: pre-wrap; }
.modal-box iframe { border: 0; }
.modal-box .ok { float: right; height: 36px; padding: 0 24px; border: 0; border-radius: 4px; background: #1a73e8; color: #fff; font: 500 13px Roboto, Arial, sans-serif; cursor: pointer; }
`;


const ROW_NUMBER_WIDTH = 46;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return response.json();
}

const style = el('style');
style.textContent = STYLE;
document.head.appendChild(style);

const bar = el('header', 'bar');
const title = el('h1', undefined, 'CX Sheets preview');
const fileName = el('span', 'file');
const menu = el('div', 'menu');
const menuButton = el('button', undefined, 'Extensions');
const menuItems = el('div', 'menu-items');
menuItems.hidden = true;
menu.append(menuButton, menuItems);
const selectionLabel = el('span', 'selection');
bar.append(title, fileName, menu, selectionLabel);

const main = el('div', 'main');
const sheetArea = el('div', 'sheet');
sheetArea.id = 'sheet';
const panel = el('aside', 'panel');
const panelTitle = el('div', 'panel-title', 'CX Sheets');
const sidebarFrame = el('iframe');
sidebarFrame.id = 'sidebar';
sidebarFrame.title = 'CX Sheets sidebar';
sidebarFrame.src = '/sidebar';
panel.append(panelTitle, sidebarFrame);
main.append(sheetArea, panel);

const tabsBar = el('nav', 'tabs');
tabsBar.id = 'tabs';
const toasts = el('div', 'toasts');
toasts.id = 'toasts';
document.body.append(bar, main, tabsBar, toasts);

let snapshot: WorkbookSnapshot | undefined;
let shownTab = '';
let seen = { toasts: 0, alerts: 0, dialogs: 0 };
let dragStart: { row: number; column: number } | undefined;

/** How Sheets aligns a cell: as set, else numbers right, TRUE/FALSE centred, text left. */
function alignment(cell: CellSnapshot | undefined): 'left' | 'center' | 'right' {
  if (cell?.align === 'left' || cell?.align === 'center' || cell?.align === 'right') return cell.align;
  if (cell?.number) return 'right';
  if (cell?.text === 'TRUE' || cell?.text === 'FALSE') return 'center';
  return 'left';
}

function cellElement(cell: CellSnapshot | undefined): HTMLTableCellElement {
  const td = el('td');
  if (!cell) return td;
  if (cell.checkbox !== undefined) {
    // A checkbox cell shows a box, not TRUE/FALSE.
    const box = el('input');
    box.type = 'checkbox';
    box.checked = cell.checkbox;
    // Shown, not edited: the preview changes cells only through the add-on.
    box.tabIndex = -1;
    box.addEventListener('click', (event) => event.preventDefault());
    box.setAttribute('aria-label', cell.text);
    td.classList.add('checkbox');
    td.append(box);
  } else {
    td.textContent = cell.text;
  }
  if (cell.background) td.style.background = cell.background;
  if (cell.color) td.style.color = cell.color;
  if (cell.bold) td.style.fontWeight = 'bold';
  if (cell.wrap) td.classList.add('wrap');
  if (cell.checkbox === undefined) td.style.textAlign = alignment(cell);
  if (cell.number && !cell.align) td.classList.add('num');
  if (cell.error) td.classList.add('error');
  const tip = [cell.formula, cell.error, cell.note].filter(Boolean).join('\n');
  if (tip) td.title = tip;
  return td;
}

const ROW_HEIGHT = 21;

/** The rows and columns a tab's charts reach, so that the grid is drawn under them. */
function chartExtent(tab: TabSnapshot, width: (column: number) => number): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const chart of tab.charts) {
    rows = Math.max(rows, chart.anchor.row + Math.ceil((chart.anchor.offsetY + chart.height) / ROW_HEIGHT) + 1);
    let x = chart.anchor.offsetX + chart.width;
    let c = chart.anchor.column;
    while (x > 0) x -= width(c++);
    columns = Math.max(columns, c);
  }
  return { rows, columns };
}

/** Draws each chart over the grid, its top-left corner at its anchor cell plus its offset, as in Sheets. */
function placeCharts(tab: TabSnapshot, wrap: HTMLElement, table: HTMLTableElement, locale: string): void {
  tab.charts.forEach((chart: ChartSnapshot, index) => {
    // The anchor cell, or the first shown one after it when its row or column is hidden.
    const rowHeader = [...table.querySelectorAll<HTMLElement>('th.rownum[data-row]')].find((th) => Number(th.dataset.row) >= chart.anchor.row);
    const columnHeader = [...table.querySelectorAll<HTMLElement>('th[data-column]')].find((th) => Number(th.dataset.column) >= chart.anchor.column);
    const box = el('div', 'chart');
    box.dataset.chart = String(index);
    box.dataset.title = chart.title;
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', chart.title || chart.description);
    box.style.left = `${(columnHeader?.offsetLeft ?? ROW_NUMBER_WIDTH) + chart.anchor.offsetX}px`;
    box.style.top = `${(rowHeader?.offsetTop ?? 0) + chart.anchor.offsetY}px`;
    const canvas = el('canvas');
    box.append(canvas);
    wrap.append(box);
    drawChart(canvas, chart, locale);
  });
}

/** Frozen rows and columns stay in view while the rest scrolls, as in Sheets. */
function freeze(tab: TabSnapshot, table: HTMLTableElement): void {
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tr[data-row]')) {
    if (Number(tr.dataset.row) > tab.frozenRows) break;
    for (const cell of tr.querySelectorAll<HTMLElement>('td')) {
      cell.classList.add('frozen', 'frozen-row');
      cell.style.top = `${tr.offsetTop}px`;
    }
    const number = tr.querySelector<HTMLElement>('th.rownum');
    if (number) {
      number.style.top = `${tr.offsetTop}px`;
      number.style.zIndex = '7';
    }
  }
  if (tab.frozenColumns === 0) return;
  for (const td of table.querySelectorAll<HTMLTableCellElement>('td[data-column]')) {
    const column = Number(td.dataset.column);
    if (column > tab.frozenColumns) continue;
    td.classList.add('frozen', 'frozen-column');
    td.style.left = `${td.offsetLeft}px`;
    if (column + td.colSpan - 1 === tab.frozenColumns) td.classList.add('frozen-last');
  }
  for (const th of table.querySelectorAll<HTMLElement>('th[data-column]')) {
    if (Number(th.dataset.column) > tab.frozenColumns) continue;
    th.style.left = `${th.offsetLeft}px`;
    th.style.zIndex = '7';
  }
}

function drawTab(tab: TabSnapshot, locale: string): void {
  const table = el('table', 'grid');
  table.dataset.tab = tab.name;
  const hiddenRows = new Set(tab.hiddenRowNumbers);
  const hiddenColumns = new Set(tab.hiddenColumnNumbers);
  const width = (c: number) => (hiddenColumns.has(c) ? 0 : tab.columnWidths[c - 1] ?? 100);
  const reach = chartExtent(tab, width);
  const columns = Math.max(tab.columns, 8, reach.columns);
  const rows = Math.max(tab.rows, 30, reach.rows);
  const shownColumns = Array.from({ length: columns }, (_, i) => i + 1).filter((c) => !hiddenColumns.has(c));
  // A fixed layout takes the widths from the columns only when the table's own width is set.
  table.style.width = `${ROW_NUMBER_WIDTH + shownColumns.reduce((sum, c) => sum + width(c), 0)}px`;
  const colgroup = el('colgroup');
  const numbers = el('col');
  numbers.style.width = `${ROW_NUMBER_WIDTH}px`;
  colgroup.append(numbers);
  for (const c of shownColumns) {
    const col = el('col');
    col.style.width = `${width(c)}px`;
    colgroup.append(col);
  }
  table.append(colgroup);
  const head = el('tr');
  head.append(el('th', 'rownum corner'));
  for (const c of shownColumns) {
    // A mark on the letter after hidden columns, as Sheets shows arrows there.
    const th = el('th', hiddenColumns.has(c - 1) ? 'after-hidden' : undefined, columnLetter(c));
    th.dataset.column = String(c);
    head.append(th);
  }
  table.append(head);

  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of tab.merges) {
    // Hidden rows and columns inside a merge shrink it; a merge whose corner is hidden is not drawn merged.
    if (hiddenRows.has(m.row) || hiddenColumns.has(m.column)) continue;
    let shownRows = 0;
    let shownCols = 0;
    for (let r = m.row; r < m.row + m.rows; r++) if (!hiddenRows.has(r)) shownRows++;
    for (let c = m.column; c < m.column + m.columns; c++) if (!hiddenColumns.has(c)) shownCols++;
    spans.set(`${m.row}:${m.column}`, { rows: shownRows, columns: shownCols });
    for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.column; c < m.column + m.columns; c++) if (r !== m.row || c !== m.column) covered.add(`${r}:${c}`);
  }
  const cellAt = (r: number, c: number) => tab.cells[r - 1]?.[c - 1];
  const isEmpty = (r: number, c: number) => {
    const cell = cellAt(r, c);
    return !covered.has(`${r}:${c}`) && !spans.has(`${r}:${c}`) && (!cell || (cell.text === '' && cell.checkbox === undefined));
  };
  /** Pixels of empty shown cells beside (r, c) in one direction: where text may run on. */
  const room = (r: number, c: number, step: 1 | -1) => {
    let px = 0;
    for (let k = c + step; k >= 1 && k <= columns; k += step) {
      if (hiddenColumns.has(k)) continue;
      if (!isEmpty(r, k)) break;
      px += width(k);
    }
    return px;
  };
  for (let r = 1; r <= rows; r++) {
    if (hiddenRows.has(r)) continue;
    const tr = el('tr');
    tr.dataset.row = String(r);
    if (r === tab.frozenRows) tr.className = 'frozen-edge';
    const number = el('th', hiddenRows.has(r - 1) ? 'rownum after-hidden' : 'rownum', String(r));
    number.dataset.row = String(r);
    tr.append(number);
    for (const c of shownColumns) {
      if (covered.has(`${r}:${c}`)) continue;
      const cell = cellAt(r, c);
      const td = cellElement(cell);
      td.dataset.cell = `${columnLetter(c)}${r}`;
      td.dataset.row = String(r);
      td.dataset.column = String(c);
      const span = spans.get(`${r}:${c}`);
      if (span) {
        td.rowSpan = span.rows;
        td.colSpan = span.columns;
      }
      // As in Sheets, text that does not wrap runs on over empty cells (to the right when
      // aligned left, to the left when aligned right, both ways when centred) and stops at
      // the first cell with something in it. Numbers and merged cells do not run on.
      if (cell && !span && !cell.wrap && !cell.number && cell.checkbox === undefined && cell.text !== '') {
        const align = alignment(cell);
        const right = align === 'right' ? 0 : room(r, c, 1);
        const left = align === 'left' ? 0 : room(r, c, -1);
        const side = align === 'center' ? Math.min(left, right) : 0;
        if (left + right > 0) {
          const text = el('span', 'spill-text', cell.text);
          text.style.justifyContent = align === 'center' ? 'center' : align === 'right' ? 'flex-end' : 'flex-start';
          text.style.width = `${width(c) + (align === 'center' ? 2 * side : align === 'right' ? left : right)}px`;
          if (align === 'right') text.style.right = '0';
          else text.style.left = `${align === 'center' ? -side : 0}px`;
          td.textContent = '';
          td.append(text);
          td.classList.add('spill');
        }
      }
      tr.append(td);
    }
    table.append(tr);
  }
  const wrap = el('div', 'grid-wrap');
  wrap.append(table);
  sheetArea.replaceChildren(wrap);
  if (tab.hiddenRows > 0) sheetArea.append(el('p', 'more', `… ${tab.hiddenRows} more rows not shown in the preview`));
  freeze(tab, table);
  placeCharts(tab, wrap, table, locale);
}

/** Outlines the selected cells, as Sheets does, and brings the first into view (a Show link's target). */
function markSelection(area: { row: number; column: number; rows: number; columns: number }, reveal = false): void {
  sheetArea.querySelectorAll('td.selected').forEach((cell) => cell.classList.remove('selected'));
  let first: HTMLElement | undefined;
  sheetArea.querySelectorAll<HTMLTableCellElement>('td[data-row]').forEach((cell) => {
    const r = Number(cell.dataset.row);
    const c = Number(cell.dataset.column);
    if (r >= area.row && r < area.row + area.rows && c >= area.column && c < area.column + area.columns) {
      cell.classList.add('selected');
      first ??= cell;
    }
  });
  if (reveal) first?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function drawTabs(workbook: WorkbookSnapshot): void {
  tabsBar.replaceChildren();
  for (const tab of workbook.tabs) {
    const button = el('button', [tab.name === shownTab ? 'active' : '', tab.generated ? 'generated' : ''].filter(Boolean).join(' '), tab.name);
    button.dataset.tab = tab.name;
    button.title = tab.generated ? 'Generated by CX Sheets' : tab.name;
    button.addEventListener('click', () => void post('/api/select', { sheet: tab.name }).then(refresh));
    tabsBar.append(button);
  }
}

function drawMenu(workbook: WorkbookSnapshot): void {
  const items: Node[] = [];
  for (const m of workbook.menus) {
    items.push(el('div', 'menu-title', m.title));
    for (const item of m.items) {
      if (item.separator) {
        items.push(el('hr'));
        continue;
      }
      const button = el('button', undefined, item.caption);
      button.dataset.menuItem = item.caption;
      button.addEventListener('click', () => void runMenuItem(item.functionName ?? ''));
      items.push(button);
    }
  }
  menuItems.replaceChildren();
  for (const item of items) menuItems.append(item);
}

function showModal(heading: string, body: Node): void {
  const modal = el('div', 'modal');
  modal.setAttribute('role', 'dialog');
  const box = el('div', 'modal-box');
  const ok = el('button', 'ok', 'OK');
  ok.addEventListener('click', () => modal.remove());
  box.append(el('h2', undefined, heading), body, ok);
  modal.append(box);
  document.body.append(modal);
}

/** New toasts, alerts and dialogs since the last redraw, shown as Sheets would. */
function showNewUi(workbook: WorkbookSnapshot): void {
  for (const toast of workbook.toasts.slice(seen.toasts)) {
    const node = el('div', 'toast');
    node.setAttribute('role', 'status');
    if (toast.title) node.append(el('strong', undefined, toast.title));
    node.append(document.createTextNode(toast.message));
    toasts.append(node);
    setTimeout(() => node.remove(), 8000);
  }
  for (const alert of workbook.alerts.slice(seen.alerts)) showModal(alert.title || 'CX Sheets', el('p', undefined, alert.prompt));
  for (const dialog of workbook.dialogs.slice(seen.dialogs)) {
    // The add-on's own dialog page, in a frame that may not run scripts.
    const frame = el('iframe');
    frame.setAttribute('sandbox', '');
    frame.srcdoc = dialog.html;
    frame.width = String(dialog.width || 560);
    frame.height = String(dialog.height || 400);
    showModal(dialog.title, frame);
  }
  seen = { toasts: workbook.toasts.length, alerts: workbook.alerts.length, dialogs: workbook.dialogs.length };
}

async function refresh(): Promise<void> {
  const response = await fetch('/api/workbook');
  const workbook = (await response.json()) as WorkbookSnapshot;
  const first = snapshot === undefined;
  snapshot = workbook;
  shownTab = workbook.activeSheet;
  fileName.textContent = workbook.name;
  selectionLabel.textContent = workbook.selection ? `Selection: ${workbook.selection}` : '';
  const tab = workbook.tabs.find((t) => t.name === shownTab) ?? workbook.tabs[0];
  if (tab) drawTab(tab, workbook.locale);
  if (tab && workbook.selectionArea?.sheet === tab.name) markSelection(workbook.selectionArea, true);
  drawTabs(workbook);
  drawMenu(workbook);
  if (first) seen = { toasts: workbook.toasts.length, alerts: workbook.alerts.length, dialogs: workbook.dialogs.length };
  else showNewUi(workbook);
  document.body.dataset.version = String(Number(document.body.dataset.version ?? '0') + 1);
}

async function runMenuItem(functionName: string): Promise<void> {
  menuItems.hidden = true;
  menu.classList.remove('open');
  if (functionName === 'showSidebar') {
    sidebarFrame.src = '/sidebar';
    return;
  }
  const answer = (await post(`/api/run/${encodeURIComponent(functionName)}`, [])) as { ok: boolean; message?: string };
  await refresh();
  if (!answer.ok) showModal('Error', el('p', undefined, answer.message ?? ''));
}

menuButton.addEventListener('click', () => {
  menuItems.hidden = !menuItems.hidden;
  menu.classList.toggle('open', !menuItems.hidden);
});

/** Selecting cells: press on one, release on another; the sidebar's "Current selection" reads it. */
sheetArea.addEventListener('mousedown', (event) => {
  const td = (event.target as HTMLElement).closest('td');
  if (td?.dataset.row) dragStart = { row: Number(td.dataset.row), column: Number(td.dataset.column) };
});
sheetArea.addEventListener('mouseup', (event) => {
  const td = (event.target as HTMLElement).closest('td');
  if (!dragStart || !td?.dataset.row) return;
  const end = { row: Number(td.dataset.row), column: Number(td.dataset.column) };
  const row = Math.min(dragStart.row, end.row);
  const column = Math.min(dragStart.column, end.column);
  const rows = Math.abs(end.row - dragStart.row) + 1;
  const columns = Math.abs(end.column - dragStart.column) + 1;
  dragStart = undefined;
  markSelection({ row, column, rows, columns });
  void post('/api/select', { sheet: shownTab, row, column, rows, columns }).then(() => {
    selectionLabel.textContent = `Selection: ${shownTab}!${columnLetter(column)}${row}${rows * columns > 1 ? `:${columnLetter(column + columns - 1)}${row + rows - 1}` : ''}`;
  });
});

window.addEventListener('message', (event) => {
  if (event.origin === window.location.origin && (event.data as { type?: string })?.type === 'cx-preview-changed') void refresh();
});

void refresh();
