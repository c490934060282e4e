/**
 * Draws an embedded chart of the workbook in the preview page with Chart.js (bundled into
 * the preview page only — never into dist/Code.js or dist/Sidebar.html): a line chart of
 * each series along the domain's labels, or a scatter chart of each series against the
 * domain's x values, split lines as lines without points — as Sheets draws the chart the
 * layout asked for (src/sheets/layoutWriter.ts → EmbeddedChart → ChartSnapshot). Titles
 * and labels go to the canvas as text, never to the page as HTML.
 */
import { CategoryScale, Chart, ChartConfiguration, Legend, LinearScale, LineController, LineElement, PointElement, ScatterController, Title } from 'chart.js';
import type { ChartSnapshot } from '../snapshot';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, CategoryScale, Title, Legend);

/** Google Sheets' default series colours, in order. */
const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];
const FONT = { family: 'Roboto, Arial, sans-serif', size: 12 };

function axisTitle(text: string | undefined) {
  return { display: text !== undefined, text: text ?? '', font: FONT, color: '#5f6368' };
}

function lineConfig(chart: ChartSnapshot, locale: string): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: chart.domain.values.map((v) => (v === null ? '' : String(v))),
      datasets: chart.series.map((s, i) => ({
        label: s.name,
        data: [...s.values],
        borderColor: COLOURS[i % COLOURS.length],
        backgroundColor: COLOURS[i % COLOURS.length],
        borderWidth: 2,
        pointRadius: s.line ? 0 : 3,
        spanGaps: false,
        tension: 0,
      })),
    },
    options: options(chart, locale) as ChartConfiguration<'line'>['options'],
  };
}

function scatterConfig(chart: ChartSnapshot, locale: string): ChartConfiguration<'scatter'> {
  return {
    type: 'scatter',
    data: {
      datasets: chart.series.map((s, i) => ({
        label: s.name,
        data: s.values.flatMap((y, row) => {
          const x = chart.domain.values[row];
          return typeof x === 'number' && y !== null ? [{ x, y }] : [];
        }),
        borderColor: COLOURS[i % COLOURS.length],
        backgroundColor: COLOURS[i % COLOURS.length],
        showLine: s.line,
        borderWidth: s.line ? 2 : 1,
        pointRadius: s.line ? 0 : 4,
      })),
    },
    options: options(chart, locale) as ChartConfiguration<'scatter'>['options'],
  };
}

/** Options both kinds share (typed per kind where they are used). */
function options(chart: ChartSnapshot, locale: string): object {
  return {
    // Axis numbers as the spreadsheet writes them: "0,5" in a Polish one.
    locale: locale.replace('_', '-'),
    responsive: false,
    animation: false,
    devicePixelRatio: 1,
    plugins: {
      title: { display: chart.title !== '', text: chart.title, font: { ...FONT, size: 14, weight: 'normal' }, color: '#202124' },
      legend: { position: 'right', labels: { font: FONT, boxWidth: 12 } },
      tooltip: { enabled: false },
    },
    scales: {
      x: { type: chart.type === 'SCATTER' ? 'linear' : 'category', title: axisTitle(chart.xTitle), ticks: { font: FONT } },
      y: { type: 'linear', min: chart.min, max: chart.max, title: axisTitle(chart.yTitle), ticks: { font: FONT } },
    },
  };
}

/** Draws `chart` on `canvas` (sized to the chart) in the spreadsheet's `locale`; returns the Chart.js instance. */
export function drawChart(canvas: HTMLCanvasElement, chart: ChartSnapshot, locale: string): Chart {
  canvas.width = chart.width;
  canvas.height = chart.height;
  const config = chart.type === 'SCATTER' ? scatterConfig(chart, locale) : lineConfig(chart, locale);
  return new Chart(canvas, config as ChartConfiguration);
}
