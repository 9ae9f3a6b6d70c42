/**
 * Draws p50 latency against data size from `npm run bench -- --output FILE` results, one small
 * panel per question with a line per server, as a standalone SVG (log-log axes; no network, no
 * plotting library: a few dozen lines of SVG are all it takes).
 *
 *   npx tsx src/bench/plot-latency.ts --out docs/bench-p50.svg run-10k.json run-100k.json
 */
import fs from 'node:fs';
import { Command } from 'commander';
import { REPORTED_CONCURRENCY } from './report';
import { perServer, SERVERS, type ServerName } from './questions';

interface RunFile {
  statements: number;
  runs: Record<string, Record<string, Partial<Record<ServerName, { p50: number }>>>>;
}

export interface Point {
  statements: number;
  p50: number;
}

/** Per question and server, the p50 at concurrency 10 for each data size, smallest first. */
export function latencySeries(files: RunFile[], concurrency = REPORTED_CONCURRENCY): Map<string, Record<ServerName, Point[]>> {
  const series = new Map<string, Record<ServerName, Point[]>>();
  for (const file of [...files].sort((a, b) => a.statements - b.statements)) {
    for (const [question, byConcurrency] of Object.entries(file.runs)) {
      const figures = byConcurrency[String(concurrency)];
      if (!figures) continue;
      const entry = series.get(question) ?? perServer((): Point[] => []);
      for (const server of SERVERS) {
        const f = figures[server];
        if (f && f.p50 > 0) entry[server].push({ statements: file.statements, p50: f.p50 });
      }
      series.set(question, entry);
    }
  }
  return series;
}

const COLOURS: Record<ServerName, string> = { floor: '#2b8a3e', stack: '#e67700', ours: '#c92a2a', peer: '#1864ab' };
const PANEL = { width: 260, height: 180, left: 48, right: 12, top: 26, bottom: 34 };
const COLUMNS = 4;

export function renderSvg(series: Map<string, Record<ServerName, Point[]>>, title: string): string {
  const points = [...series.values()].flatMap((s) => SERVERS.flatMap((server) => s[server]));
  const log = Math.log10;
  const xs = points.map((p) => log(p.statements));
  const ys = points.map((p) => log(p.p50));
  const [xMin, xMax] = padded(Math.min(...xs), Math.max(...xs));
  const [yMin, yMax] = padded(Math.floor(Math.min(...ys)), Math.ceil(Math.max(...ys)));
  const rows = Math.ceil(series.size / COLUMNS);
  const width = COLUMNS * PANEL.width;
  const height = rows * PANEL.height + 60;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="18" font-size="13">${escape(title)}</text>`,
    ...SERVERS.map((server, i) => `<rect x="${width - 230 + i * 75}" y="9" width="12" height="3" fill="${COLOURS[server]}"/><text x="${width - 214 + i * 75}" y="14">${server}</text>`),
  ];
  [...series.entries()].forEach(([question, bySever], index) => {
    const ox = (index % COLUMNS) * PANEL.width;
    const oy = 30 + Math.floor(index / COLUMNS) * PANEL.height;
    const plotW = PANEL.width - PANEL.left - PANEL.right;
    const plotH = PANEL.height - PANEL.top - PANEL.bottom;
    const x = (v: number) => ox + PANEL.left + ((log(v) - xMin) / (xMax - xMin || 1)) * plotW;
    const y = (v: number) => oy + PANEL.top + plotH - ((log(v) - yMin) / (yMax - yMin || 1)) * plotH;
    parts.push(`<text x="${ox + PANEL.left}" y="${oy + 16}" font-size="11" font-weight="bold">${escape(question)}</text>`);
    parts.push(`<rect x="${ox + PANEL.left}" y="${oy + PANEL.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`);
    for (let e = Math.ceil(yMin); e <= Math.floor(yMax); e++) {
      const v = 10 ** e;
      parts.push(`<line x1="${ox + PANEL.left}" x2="${ox + PANEL.left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#eee"/>`);
      parts.push(`<text x="${ox + PANEL.left - 4}" y="${y(v) + 3}" text-anchor="end">${v >= 1000 ? `${v / 1000} s` : `${v} ms`}</text>`);
    }
    const sizes = [...new Set(points.map((p) => p.statements))].sort((a, b) => a - b);
    for (const size of sizes) parts.push(`<text x="${x(size)}" y="${oy + PANEL.top + plotH + 12}" text-anchor="middle">${size >= 1e6 ? `${size / 1e6}M` : size >= 1e3 ? `${size / 1e3}k` : size}</text>`);
    for (const server of SERVERS) {
      const line = bySever[server];
      if (line.length === 0) continue;
      parts.push(`<polyline fill="none" stroke="${COLOURS[server]}" stroke-width="1.5" points="${line.map((p) => `${x(p.statements).toFixed(1)},${y(p.p50).toFixed(1)}`).join(' ')}"/>`);
      for (const p of line) parts.push(`<circle cx="${x(p.statements).toFixed(1)}" cy="${y(p.p50).toFixed(1)}" r="2.5" fill="${COLOURS[server]}"><title>${server} ${p.statements}: p50 ${p.p50} ms</title></circle>`);
    }
  });
  parts.push(`<text x="10" y="${height - 8}" fill="#555">statements in the graph (log) → p50 latency at concurrency ${REPORTED_CONCURRENCY} (log)</text>`, '</svg>');
  return `${parts.join('\n')}\n`;
}

function padded(min: number, max: number): [number, number] {
  return min === max ? [min - 0.5, max + 0.5] : [min - 0.05 * (max - min), max + 0.05 * (max - min)];
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

if (require.main === module) {
  new Command('plot-latency')
    .description('p50 latency against data size, from bench --output files, as SVG')
    .argument('<files...>', 'JSON files written by npm run bench -- --output FILE')
    .requiredOption('--out <file>', 'the SVG to write')
    .option('--title <text>', 'the title', 'Read benchmark: p50 latency against data size')
    .action((files: string[], options: { out: string; title: string }) => {
      const runs = files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as RunFile);
      fs.writeFileSync(options.out, renderSvg(latencySeries(runs), options.title));
    })
    .parse();
}
