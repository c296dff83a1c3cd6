import { useId, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { useAction } from '../common/use-action';
import { useT } from '../common/i18n/I18nProvider';
import { useErrorText } from '../common/i18n/use-error-text';

interface NameFormProps {
  label: string;
  submitLabel: string;
  schema: z.ZodType<string, unknown>;
  initialValue?: string;
  placeholder?: string;
  hint?: string;
  /** Called with the cleaned name; a rejection is shown under the field. */
  onSubmit: (name: string) => Promise<unknown>;
  onCancel?: () => void;
  /** Clear the field after a success, for forms that add one item after another. */
  clearOnSuccess?: boolean;
  autoFocus?: boolean;
}

/**
 * One labelled text field with inline validation: the same zod schema the
 * backend uses checks it as the person types, and the backend's own message
 * is shown if it still refuses (a duplicate name, say).
 */
export function NameForm(props: NameFormProps) {
  const { label, submitLabel, schema, onSubmit, onCancel } = props;
  const [value, setValue] = useState(props.initialValue ?? '');
  const [touched, setTouched] = useState(false);
  const action = useAction();
  const t = useT();
  const errorText = useErrorText();
  const inputId = useId();
  const messageId = useId();
  const hintId = useId();

  const check = schema.safeParse(value);
  const localError = touched && !check.success ? (check.error.issues[0] ? errorText(check.error.issues[0]) : t('top.notAccepted')) : null;
  const message = localError ?? action.error;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!check.success) return;
    const submitted = value;
    const result = await action.run(() => onSubmit(check.data));
    if (result !== undefined && props.clearOnSuccess) {
      // Keep anything typed while this was saving.
      setValue((current) => (current === submitted ? '' : current));
      setTouched(false);
    }
  }

  return (
    <form className="name-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={inputId}>{label}</label>
      <div className="name-form__row">
        <input
          id={inputId}
          value={value}
          placeholder={props.placeholder}
          // Only when the facilitator has just asked for this form (New template, Rename): focus goes where they will type.
          // eslint-disable-next-line jsx-a11y/no-autofocus -- opened by the user's own click, not on page load
          autoFocus={props.autoFocus}
          aria-invalid={message ? true : undefined}
          aria-describedby={[props.hint ? hintId : null, message ? messageId : null].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            setValue(event.target.value);
            action.clearError();
          }}
          onBlur={() => setTouched(value !== (props.initialValue ?? '') || touched)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) onCancel();
          }}
        />
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('top.cancel')}
          </button>
        ) : null}
      </div>
      {props.hint ? (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      {message ? (
        <p id={messageId} className="field-error" role="alert">
          {message}
        </p>
      ) : null}
    </form>
  );
}
