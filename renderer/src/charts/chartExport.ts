/**
 * A chart on screen as a standalone SVG file: the chart's <svg> with every element's computed
 * style written inline (fonts, colours, strokes), a white background, and the title and subtitle
 * above it. The same text rasterised gives the PNG.
 */
import { downloadBlob, slug } from '../ui/download';
import { svgToPng } from './png';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;
const TITLE_SIZE = 16;
const SUBTITLE_SIZE = 12;
const PAD = 12;

/** PNG: 300 dpi, drawn so that one CSS inch (96 px) on screen is one printed inch. */
export const PRINT_DPI = 300;
const PNG_SCALE = PRINT_DPI / 96;

export interface ChartImage {
  text: string;
  width: number;
  height: number;
}

function inlineStyles(source: Element, target: Element): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const targets = [target, ...target.querySelectorAll('*')];
  sources.forEach((element, index) => {
    const copy = targets[index];
    if (!copy) return;
    const computed = getComputedStyle(element);
    const style = STYLE_PROPERTIES.map((name) => [name, computed.getPropertyValue(name)] as const)
      .filter(([, value]) => value !== '' && value !== 'normal' && value !== 'auto')
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
    copy.setAttribute('style', style);
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
    copy.removeAttribute('role');
    // Links inside the app mean nothing in a file.
    if (copy.hasAttribute('href')) copy.removeAttribute('href');
  });
}

function text(content: string, x: number, y: number, size: number, weight: number, fill: string, fontFamily: string): SVGTextElement {
  const node = document.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('style', `font-family:${fontFamily};font-size:${size}px;font-weight:${weight};fill:${fill}`);
  node.textContent = content;
  return node;
}

/**
 * Serialise a chart's <svg> with its title and subtitle lines (n, what is shown, the filter and the
 * date: an image of Portugal's practices says so once it has left the app) as a standalone SVG document.
 */
export function chartSvg(svg: SVGSVGElement, title: string, subtitle: string | readonly string[] | null): ChartImage {
  const lines = subtitle === null ? [] : typeof subtitle === 'string' ? [subtitle] : subtitle.filter((l) => l !== '');
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const chartHeight = Math.ceil(box.height);
  const fontFamily = getComputedStyle(svg).fontFamily || 'sans-serif';
  const head = PAD + TITLE_SIZE + lines.length * (6 + SUBTITLE_SIZE) + PAD;
  const height = head + chartHeight;

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  if (!chart.hasAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${width} ${chartHeight}`);
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(head));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(chartHeight));
  chart.removeAttribute('aria-hidden');

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('version', '1.1');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const titleNode = document.createElementNS(SVG_NS, 'title');
  titleNode.textContent = title;
  root.append(titleNode);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);
  root.append(text(title, PAD, PAD + TITLE_SIZE, TITLE_SIZE, 700, '#1c2430', fontFamily));
  lines.forEach((line, i) => root.append(text(line, PAD, PAD + TITLE_SIZE + (i + 1) * (6 + SUBTITLE_SIZE), SUBTITLE_SIZE, 400, '#5d6878', fontFamily)));
  root.append(chart);

  const serialised = new XMLSerializer().serializeToString(root);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${serialised}`, width, height };
}

export function downloadChartSvg(svg: SVGSVGElement, title: string, subtitle: string | readonly string[] | null): string {
  const image = chartSvg(svg, title, subtitle);
  const fileName = `${slug(title)}.svg`;
  downloadBlob(new Blob([image.text], { type: 'image/svg+xml' }), fileName);
  return fileName;
}

export async function downloadChartPng(svg: SVGSVGElement, title: string, subtitle: string | readonly string[] | null): Promise<string> {
  const image = chartSvg(svg, title, subtitle);
  const png = await svgToPng(image.text, image.width, image.height, PNG_SCALE, PRINT_DPI);
  const fileName = `${slug(title)}.png`;
  downloadBlob(png, fileName);
  return fileName;
}
