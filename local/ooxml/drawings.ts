/**
 * Drawings of generated tabs — the place where charts become DrawingML.
 *
 * The XLSX writer calls {@link writeDrawings} once for every tab it writes from the model
 * (the tabs a build generated), with a {@link DrawingContext}: the tab (`context.sheet`, its
 * charts in `context.sheet.charts`, each with its type, ranges, anchor and options), and
 * functions to add parts and relate them. A chart writer adds, per tab,
 *
 *   - `xl/drawings/drawingN.xml` (a `wsDr` with one anchor per chart), related from the
 *     worksheet with REL.drawing, whose returned element `<drawing r:id="…"/>` the writer
 *     places in the worksheet;
 *   - `xl/charts/chartN.xml` per chart (content type CONTENT_TYPE.chart), related from the
 *     drawing part (pass `relationships` to `addPart`).
 *
 * Until then a tab's charts stay in the model (the command line lists them) and nothing is
 * written: the function returns undefined.
 */
import type { DrawingContext, DrawingWriter } from './sheetWriter';

export type { DrawingContext, DrawingWriter } from './sheetWriter';

export const writeDrawings: DrawingWriter = (_context: DrawingContext) => undefined;
