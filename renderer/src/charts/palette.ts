/**
 * Colours for charts, safe for colour-blind readers: Okabe–Ito for categories, in an order whose
 * first four stay apart under deuteranopia, protanopia and tritanopia (palette.test.ts); a blue–orange
 * diverging scale for gaps (blue: above target, orange: short of it); a single-hue blue scale for scores.
 */

export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/**
 * The order categories take colours in. Okabe–Ito's own order put bluish green and reddish purple
 * third and fourth, which deuteranopia turns into the same grey (Portugal and Spain on the gap
 * bars); this order keeps the first four at least 20 ΔE apart under each colour-vision deficiency,
 * and black (the target line's colour) last.
 */
export const CATEGORY_COLOURS = ['#0072B2', '#CC79A7', '#56B4E9', '#D55E00', '#E69F00', '#009E73', '#F0E442', '#000000'] as const;

export function categoryColour(index: number): string {
  return CATEGORY_COLOURS[index % CATEGORY_COLOURS.length] ?? '#000000';
}

/** Score levels 0-4 and "Not rated", from orange (weak) through yellow to blue (strong). */
export const SCORE_LEVEL_COLOURS = ['#D55E00', '#E69F00', '#F0E442', '#56B4E9', '#0072B2'] as const;
export const NOT_RATED_COLOUR = '#BDBDBD';
export const TARGET_COLOUR = '#000000';

type Rgb = [number, number, number];

function hex(colour: string): Rgb {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

function mix(a: string, b: string, t: number): string {
  const x = hex(a);
  const y = hex(b);
  const k = Math.max(0, Math.min(1, t));
  return toHex([x[0] + (y[0] - x[0]) * k, x[1] + (y[1] - x[1]) * k, x[2] + (y[2] - x[2]) * k]);
}

const NEUTRAL = '#F4F4F4';
const SHORT = '#C85200'; // orange: falls short of the target
const ABOVE = '#0B5C9E'; // blue: meets or exceeds it

/** Gap = target - mean: positive (short) is orange, negative (above target) is blue; ±`span` is full colour. */
export function gapColour(gap: number, span = 2): string {
  return gap >= 0 ? mix(NEUTRAL, SHORT, gap / span) : mix(NEUTRAL, ABOVE, -gap / span);
}

/** Light to dark blue, one stop per score level (ColorBrewer Blues). */
const SCORE_RAMP = ['#EFF3FF', '#BDD7E7', '#6BAED6', '#2171B5', '#08306B'] as const;

/** Mean score 0-4 on a light-to-dark blue scale. */
export function scoreColour(mean: number): string {
  const t = Math.max(0, Math.min(4, mean));
  const low = Math.min(3, Math.floor(t));
  return mix(SCORE_RAMP[low] ?? SCORE_RAMP[0], SCORE_RAMP[low + 1] ?? SCORE_RAMP[4], t - low);
}

/** Black or white text, whichever reads better on the colour. */
export function textOn(colour: string): string {
  const [r, g, b] = hex(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.35 ? '#111111' : '#FFFFFF';
}
