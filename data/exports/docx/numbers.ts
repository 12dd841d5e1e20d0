/** Numbers as a Word table prints them: the locale's decimal mark, no grouping (years stay 2024). */
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string): string {
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 4 });
    formats.set(locale, format);
  }
  return format.format(value);
}

/** A cell's text: numbers in the locale's way, empty for no value. */
export function cellText(value: string | number | null, locale: string): string {
  if (value === null) return '';
  return typeof value === 'number' ? (Number.isFinite(value) ? formatNumber(value, locale) : '') : value;
}
