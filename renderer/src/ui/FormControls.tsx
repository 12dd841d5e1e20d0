/** Labelled form controls that show a field's error message next to it. */
import { useId, type ReactNode } from 'react';
import { translate } from '../app/i18n/i18n';

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  wide?: boolean;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}

export function Field({ label, error, hint, wide, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${wide ? ' field--wide' : ''}${error ? ' has-error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(id, describedBy)}
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

interface TextProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  wide?: boolean;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  numeric?: boolean;
  list?: string;
  maxLength?: number;
  placeholder?: string;
}

export function TextInput({ label, value, onChange, error, hint, wide, multiline, rows, required, numeric, list, maxLength, placeholder }: TextProps) {
  return (
    <Field label={required ? `${label} *` : label} error={error} hint={hint} wide={wide}>
      {(id, describedBy) =>
        multiline ? (
          <textarea
            id={id}
            rows={rows ?? 4}
            value={value}
            maxLength={maxLength}
            placeholder={placeholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            type="text"
            inputMode={numeric ? 'decimal' : undefined}
            value={value}
            list={list}
            maxLength={maxLength}
            placeholder={placeholder}
            aria-required={required || undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T | '';
  options: readonly T[];
  labels: Record<T, string>;
  onChange(value: T | ''): void;
  error?: string;
}

export function SelectInput<T extends string>({ label, value, options, labels, onChange, error }: SelectProps<T>) {
  return (
    <Field label={label} error={error}>
      {(id, describedBy) => (
        <select
          id={id}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? '')}
        >
          <option value="">{translate('ui')('notRecorded')}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {labels[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
