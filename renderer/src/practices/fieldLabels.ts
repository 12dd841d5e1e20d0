/** Plain-word labels for every practice field: the practice page, the form and error lists use them. */
import { STORED_FIELD_LABELS, type StoredField } from '../../../data/domain/fields';

/** The field table's long labels (data/domain/fields.ts); its stored fields are PracticeFields' keys. */
export const FIELD_LABELS: Readonly<Record<StoredField, string>> = STORED_FIELD_LABELS;

/** A readable name for an error path such as "fields.sources.1.document". */
export function labelForPath(path: string): string {
  const parts = path.split('.');
  const field = parts[0] === 'fields' ? parts[1] : parts[0];
  if (field && Object.prototype.hasOwnProperty.call(FIELD_LABELS, field)) {
    const label = FIELD_LABELS[field as StoredField];
    const rest = parts.slice(parts[0] === 'fields' ? 2 : 1);
    if (field === 'sources' && rest[0] !== undefined && /^\d+$/.test(rest[0])) {
      return `Source ${Number(rest[0]) + 1}${rest[1] ? ` (${rest[1]})` : ''}`;
    }
    return rest.length ? `${label} (${rest.join(' ').replace(/_/g, ' ')})` : label;
  }
  return path;
}
