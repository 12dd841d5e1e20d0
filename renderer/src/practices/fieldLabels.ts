/** Plain-word labels for every practice field: the practice page, the form and error lists use them. */
import { STORED_FIELDS, type StoredField } from '../../../data/domain/fields';
import { fieldText } from '../app/i18n/domainLabels';
import { translate } from '../app/i18n/i18n';

/**
 * The field table's long labels (data/domain/fields.ts) in the interface's language, read when used
 * (each property a getter), so a module that keeps this object still shows the chosen language.
 */
export const FIELD_LABELS: Readonly<Record<StoredField, string>> = Object.defineProperties(
  {},
  Object.fromEntries(STORED_FIELDS.map((key) => [key, { get: () => fieldText(key, 'long'), enumerable: true }])),
) as Record<StoredField, string>;

/** A readable name for an error path such as "fields.sources.1.document". */
export function labelForPath(path: string): string {
  const parts = path.split('.');
  const field = parts[0] === 'fields' ? parts[1] : parts[0];
  if (field && Object.prototype.hasOwnProperty.call(FIELD_LABELS, field)) {
    const label = FIELD_LABELS[field as StoredField];
    const rest = parts.slice(parts[0] === 'fields' ? 2 : 1);
    if (field === 'sources' && rest[0] !== undefined && /^\d+$/.test(rest[0])) {
      const source = translate('practices')('form.sourceNumber', { number: Number(rest[0]) + 1 });
      return rest[1] ? `${source} (${rest[1]})` : source;
    }
    return rest.length ? `${label} (${rest.join(' ').replace(/_/g, ' ')})` : label;
  }
  return path;
}
