/**
 * Width of a line of text in the app's font, for laying out SVG legends and labels.
 * The canvas and the widths below are a cache, not state: a width depends only on the text, size,
 * weight and the app's system font (no web fonts load later), so keeping it changes no answer.
 */
let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function textWidth(text: string, fontSize = 12, weight = 400): number {
  const key = `${fontSize}:${weight}:${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  let width = text.length * fontSize * 0.58;
  if (context) {
    context.font = `${weight} ${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
    width = context.measureText(text).width;
  }
  cache.set(key, width);
  return width;
}

/** Shortens text with an ellipsis to fit a width. */
export function fitText(text: string, maxWidth: number, fontSize = 12, weight = 400): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && textWidth(`${text.slice(0, end)}…`, fontSize, weight) > maxWidth) end--;
  return `${text.slice(0, end)}…`;
}

/** Breaks text into at most `maxLines` lines that fit a width (the last one shortened if need be). */
export function wrapText(text: string, maxWidth: number, fontSize = 12, weight = 400, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  words.forEach((word, i) => {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, weight) > maxWidth && lines.length < maxLines - 1) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
    if (i === words.length - 1) lines.push(line);
  });
  return lines.map((l, i) => (i === lines.length - 1 ? fitText(l, maxWidth, fontSize, weight) : l));
}
