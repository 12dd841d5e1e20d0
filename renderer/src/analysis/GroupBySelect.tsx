/** A labelled select of the fields a view can group by (GROUP_FIELDS), optionally with "None". */
import { GROUP_FIELDS, type GroupField } from '../../../data/analysis/schemas';
import { groupFieldLabel } from './analysisLabels';

interface Props {
  label: string;
  value: GroupField | null;
  onChange(value: GroupField | null): void;
  /** Text of the empty choice; without it a field must be chosen. */
  noneLabel?: string;
  /** Fields not offered (e.g. the one already chosen as the first grouping). */
  exclude?: readonly GroupField[];
}

export function GroupBySelect({ label, value, onChange, noneLabel, exclude = [] }: Props) {
  return (
    <label className="control">
      <span className="control__label">{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) => {
          const next = GROUP_FIELDS.find((f) => f === e.target.value);
          onChange(next ?? null);
        }}
      >
        {noneLabel !== undefined ? <option value="">{noneLabel}</option> : null}
        {GROUP_FIELDS.filter((f) => !exclude.includes(f) || f === value).map((field) => (
          <option key={field} value={field}>
            {groupFieldLabel(field)}
          </option>
        ))}
      </select>
    </label>
  );
}
