/**
 * A generated tab as plain data: rectangular blocks of cells with their formats, merges,
 * column widths, frozen panes and charts. Core decides what a tab shows; the Sheets
 * adapter (src/sheets/generatedTab.ts) writes a layout with a fixed number of batched
 * calls per block, so the size of a layout never changes how many calls a build makes.
 *
 * Coordinates are 1-based sheet rows and columns, as Sheets numbers them.
 */
export type LayoutValue = string | number | boolean | null;

export interface CellFormat {
  /** "#rrggbb"; absent: no fill. */
  readonly background?: string;
  /** "#rrggbb"; absent: black. */
  readonly fontColor?: string;
  readonly bold?: boolean;
  /** A Sheets number format for a number, e.g. "0%". */
  readonly numberFormat?: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
}

export interface LayoutCell {
  /** A string is always shown as that text, never read as a formula, number or date. */
  readonly value: LayoutValue;
  readonly format?: CellFormat;
}

export interface LayoutBlock {
  readonly row: number;
  readonly column: number;
  /** Rows of equal length. */
  readonly cells: readonly (readonly LayoutCell[])[];
}

export interface CellArea {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * An embedded chart over cells of the tab. A line chart draws each series along the
 * domain's labels; a scatter chart plots each series against the domain's numbers (x),
 * and may draw some series as lines without points (a split line is two points joined).
 */
export interface LayoutChart {
  readonly kind: 'line' | 'scatter';
  readonly title: string;
  /** Labels (line) or x values (scatter): one column, header cell first. */
  readonly domain: CellArea;
  /** One column per series, header cell (the series' name) first. */
  readonly series: readonly CellArea[];
  /** Bounds of the y axis; automatic when absent. */
  readonly minValue?: number;
  readonly maxValue?: number;
  readonly xTitle?: string;
  readonly yTitle?: string;
  /** Indexes into `series` drawn as lines without points (scatter charts). */
  readonly lineSeries?: readonly number[];
  /** The cell the chart's top-left corner sits on, and its size in pixels. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly width: number;
  readonly height: number;
}

/** A run of columns: `columns` of them from `column`. */
export interface ColumnRun {
  readonly column: number;
  readonly columns: number;
}

/** A run of rows: `rows` of them from `row`. */
export interface RowRun {
  readonly row: number;
  readonly rows: number;
}

export interface ColumnWidth extends ColumnRun {
  /** Pixels. */
  readonly width: number;
}

export interface SheetLayout {
  readonly blocks: readonly LayoutBlock[];
  readonly merges: readonly CellArea[];
  /** Widths in pixels of runs of columns (core/tabs/columnWidths.ts computes them from the text). */
  readonly columnWidths: readonly ColumnWidth[];
  /**
   * Columns and rows hidden from view: the data a chart reads (core/tabs/chartData.ts), so
   * that no block of loose numbers sits in view (DESIGN §4). Charts read hidden cells too.
   * Absent: none. The writer hides each run with one call.
   */
  readonly hiddenColumns?: readonly ColumnRun[];
  readonly hiddenRows?: readonly RowRun[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly charts: readonly LayoutChart[];
  /** The extent the tab needs: the last row and column any block uses. */
  readonly rows: number;
  readonly columns: number;
}

export const BLANK: LayoutCell = { value: null };

/** A block's rows padded with blanks to one width, so that it is a rectangle. */
export function rectangle(rows: readonly (readonly LayoutCell[])[], width?: number): LayoutCell[][] {
  let columns = width ?? 1;
  if (width === undefined) for (const r of rows) if (r.length > columns) columns = r.length;
  return rows.map((r) => [...r, ...Array.from({ length: columns - r.length }, () => BLANK)]);
}

/** The last row and column of a set of blocks. */
export function extentOf(blocks: readonly LayoutBlock[]): { rows: number; columns: number } {
  let rows = 1;
  let columns = 1;
  for (const block of blocks) {
    rows = Math.max(rows, block.row + block.cells.length - 1);
    columns = Math.max(columns, block.column + (block.cells[0]?.length ?? 1) - 1);
  }
  return { rows, columns };
}

/**
 * A tab with one chart over data in hidden columns, as the 2×2 tabs lay themselves out:
 * its blocks (the chart's data block included), widths, the head's two frozen rows, and the
 * extent the blocks need.
 */
export function chartedTabLayout(blocks: readonly LayoutBlock[], columnWidths: SheetLayout['columnWidths'], hidden: ColumnRun, chart: LayoutChart): SheetLayout {
  const extent = extentOf(blocks);
  return { blocks, merges: [], columnWidths, hiddenColumns: [hidden], frozenRows: 2, frozenColumns: 0, charts: [chart], rows: extent.rows, columns: extent.columns };
}

/** Sheets' limit on the cells of a whole spreadsheet (every tab's rows × columns, hidden ones included). */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;

/** What a new tab has before anything is written to it (Sheets' default grid). */
export const NEW_TAB_ROWS = 1000;
export const NEW_TAB_COLUMNS = 26;

/**
 * The cells the tab written from `layout` holds: its grid of rows × columns, which is what
 * counts towards Sheets' 10,000,000-cell limit. The writer (src/sheets/layoutWriter.ts)
 * starts from a new tab's 1,000 × 26 and always adds at least one row and one column, so
 * the grid is max(1,001, rows) × max(27, columns).
 */
export function tabCellCount(layout: Pick<SheetLayout, 'rows' | 'columns'>): number {
  return Math.max(NEW_TAB_ROWS + 1, layout.rows) * Math.max(NEW_TAB_COLUMNS + 1, layout.columns);
}

/** "2026-11-23 04:05 UTC": when a tab was built, the same for every reader whatever their time zone. */
export function formatBuiltAt(builtAt: Date): string {
  return `${builtAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
