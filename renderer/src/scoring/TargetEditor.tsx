/** The target score of each dimension (0-4), a setting kept in the store (`dimensions.setTarget`). */
import { useState } from 'react';
import type { Dimension } from '../../../data/scoring/model';
import { useSession } from '../app/session';
import { parseNumber } from '../filter/filterQuery';
import { translate } from '../app/i18n/i18n';
import { dimensionName } from '../ui/format';

function TargetInput({ dimension, disabled }: { dimension: Dimension; disabled: boolean }) {
  const { setTarget } = useSession();
  const [text, setText] = useState(String(dimension.target));
  const [seen, setSeen] = useState(dimension.target);
  const [state, setState] = useState<{ saving: boolean; error: string | null; saved: boolean }>({ saving: false, error: null, saved: false });
  if (seen !== dimension.target) {
    setSeen(dimension.target);
    setText(String(dimension.target));
  }

  async function commit() {
    const value = parseNumber(text);
    if (value === undefined || value < 0 || value > 4) {
      setState({ saving: false, error: 'A target is a number from 0 to 4.', saved: false });
      return;
    }
    if (value === dimension.target) {
      setState({ saving: false, error: null, saved: false });
      return;
    }
    setState({ saving: true, error: null, saved: false });
    const problem = await setTarget(dimension.id, value);
    setState({ saving: false, error: problem ? problem.message : null, saved: problem === null });
  }

  const errorId = `target-error-${dimension.id}`;
  return (
    <label className="target-editor__item">
      <span className="target-editor__name">{dimensionName(dimension.id, [dimension])}</span>
      <input
        type="number"
        min={0}
        max={4}
        step={0.5}
        inputMode="decimal"
        value={text}
        disabled={disabled || state.saving}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? errorId : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
        }}
      />
      {state.saving ? <span className="spinner" aria-hidden="true" /> : state.saved ? <span className="target-editor__saved">{translate('scoring')('target.saved')}</span> : null}
      {state.error ? (
        <span id={errorId} className="field__error" role="alert">
          {state.error}
        </span>
      ) : null}
    </label>
  );
}

export function TargetEditor() {
  const { dimensions, readOnly } = useSession();
  return (
    <fieldset className="target-editor">
      <legend>{translate('scoring')('target.legend')}</legend>
      {readOnly ? <p className="muted small">{translate('scoring')('target.readOnly')}</p> : null}
      <div className="target-editor__list">
        {dimensions.map((d) => (
          <TargetInput key={d.id} dimension={d} disabled={readOnly} />
        ))}
      </div>
    </fieldset>
  );
}
