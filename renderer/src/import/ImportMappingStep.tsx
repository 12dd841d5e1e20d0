/** Step 2 of the import: which field each column fills, and the decimal mark of numeric columns. */
import { useId, useMemo } from 'react';
import type { ImportPreview } from '../../../data/contract/contract';
import type { Dimension } from '../../../data/scoring/model';
import { NUMBER_FORMAT_LABELS, type NumberFormat } from '../../../data/import/schemas';
import { findTarget, isNumberTarget, sampleValues, targetGroups, type ColumnChoice } from './importMapping';
import type { ImportWizard } from './useImportWizard';

const LEAVE_OUT = '';
const NUMBER_FORMATS: readonly NumberFormat[] = ['comma', 'point'];
const isNumberFormat = (value: string): value is NumberFormat => NUMBER_FORMATS.some((f) => f === value);

function columnTitle(choice: ColumnChoice): string {
  return choice.header === '' ? `column ${choice.index + 1}` : `“${choice.header}”`;
}

interface RowProps {
  choice: ColumnChoice;
  samples: string[];
  groups: ReturnType<typeof targetGroups>;
  wizard: ImportWizard;
  disabled: boolean;
}

function MappingRow({ choice, samples, groups, wizard, disabled }: RowProps) {
  const numeric = isNumberTarget(choice.target);
  const hintId = useId();
  return (
    <tr className={choice.target === null ? 'is-left-out' : undefined}>
      <td className="num muted">{choice.index + 1}</td>
      <th scope="row">{choice.header === '' ? <span className="muted">(no header)</span> : choice.header}</th>
      <td className="import-mapping__samples">
        {samples.length === 0 ? (
          <span className="muted">empty in the first rows</span>
        ) : (
          samples.map((value, i) => (
            <span key={i} className="import-mapping__sample" title={value}>
              {value}
            </span>
          ))
        )}
      </td>
      <td>
        <select
          aria-label={`Field for column ${columnTitle(choice)}`}
          value={choice.target ?? LEAVE_OUT}
          disabled={disabled}
          onChange={(e) => wizard.setTarget(choice.index, findTarget(e.target.value)?.target ?? null)}
        >
          <option value={LEAVE_OUT}>— leave out —</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </td>
      <td>
        {numeric ? (
          <div className="import-mapping__format">
            <select
              aria-label={`Decimal mark for column ${columnTitle(choice)}`}
              aria-describedby={choice.ambiguous ? hintId : undefined}
              value={choice.numberFormat}
              disabled={disabled}
              onChange={(e) => {
                if (isNumberFormat(e.target.value)) wizard.setNumberFormat(choice.index, e.target.value);
              }}
            >
              {NUMBER_FORMATS.map((format) => (
                <option key={format} value={format}>
                  {NUMBER_FORMAT_LABELS[format]}
                </option>
              ))}
            </select>
            {choice.ambiguous ? (
              <span id={hintId} className="badge badge--warn" title="Values like 1.234 read as 1234 with a decimal comma and as 1.234 with a decimal point.">
                Check: the values do not tell
              </span>
            ) : null}
          </div>
        ) : (
          <span className="muted small">—</span>
        )}
      </td>
    </tr>
  );
}

interface Props {
  wizard: ImportWizard;
  preview: ImportPreview;
  dimensions: readonly Dimension[];
  disabled: boolean;
}

export function ImportMappingStep({ wizard, preview, dimensions, disabled }: Props) {
  const headingId = useId();
  const groups = useMemo(() => targetGroups(dimensions), [dimensions]);
  const mapped = wizard.choices.filter((c) => c.target !== null).length;
  const ambiguous = wizard.choices.filter((c) => c.ambiguous && isNumberTarget(c.target)).length;
  return (
    <section className="card import-step" aria-labelledby={headingId}>
      <h2 id={headingId}>2. Match the columns to fields</h2>
      <p className="muted">
        {mapped} of {wizard.choices.length} columns will be imported. Columns were matched by their headers (English, Spanish, Portuguese or Finnish); change any
        that are wrong, or leave a column out.
      </p>
      {preview.notes.length > 0 ? (
        <div className="notice" role="note">
          <strong>About this file</strong>
          <ul className="import-notes">
            {preview.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {ambiguous > 0 ? (
        <p className="notice">
          The decimal mark of {ambiguous === 1 ? 'one numeric column' : `${ambiguous} numeric columns`} could not be told from the values: check it below. With a
          decimal comma 1.234 reads as one thousand two hundred and thirty-four; with a decimal point, as one point two three four.
        </p>
      ) : null}
      <div className="import-mapping__scroll">
        <table className="import-mapping">
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">Column in the file</th>
              <th scope="col">Values in the first rows</th>
              <th scope="col">Imports into</th>
              <th scope="col">Decimal mark</th>
            </tr>
          </thead>
          <tbody>
            {wizard.choices.map((choice) => (
              <MappingRow key={choice.index} choice={choice} samples={sampleValues(preview, choice.index)} groups={groups} wizard={wizard} disabled={disabled} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
