import { useId, useState, type FormEvent } from 'react';
import { DisplayName } from '#shared/domain/names';
import type { Group } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { MemberDetailsFields, type MemberDetails } from './MemberDetailsFields';
import { useT } from '../../common/i18n/I18nProvider';
import { useErrorText } from '../../common/i18n/use-error-text';

const noDetails = (): MemberDetails => ({ fullName: '', contact: '', heardFrom: null, joinedOn: '', checkOnMe: false, volunteersForRoles: false });

/** A display name is all it takes; the rest is one click away and optional. */
export function AddMemberForm({ group }: { group: Group }) {
  const t = useT();
  const errorText = useErrorText();
  const api = useApi();
  const action = useAction();
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const [details, setDetails] = useState<MemberDetails>(noDetails);
  const [showDetails, setShowDetails] = useState(false);
  const nameId = useId();
  const hintId = useId();

  const check = DisplayName.safeParse(name);
  const message = (touched && !check.success && check.error.issues[0] ? errorText(check.error.issues[0]) : null) ?? action.error;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!check.success) return;
    const submitted = name;
    const added = await action.run(() =>
      api.call('member.add', {
        groupId: group.id,
        displayName: check.data,
        fullName: details.fullName || null,
        contact: details.contact || null,
        heardFrom: details.heardFrom,
        checkOnMe: details.checkOnMe,
        volunteersForRoles: details.volunteersForRoles,
        ...(details.joinedOn ? { joinedOn: details.joinedOn } : {}),
      }),
    );
    if (added) {
      // Someone may have typed the next name while this one was saving; keep it.
      setName((current) => (current === submitted ? '' : current));
      setTouched(false);
      setDetails(noDetails());
      setShowDetails(false);
      document.getElementById(nameId)?.focus();
    }
  }

  return (
    <form className="name-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={nameId}>{t('members.add.label')}</label>
      <div className="name-form__row">
        <input
          dir="auto"
          id={nameId}
          value={name}
          placeholder={t('members.add.placeholder')}
          aria-invalid={message ? true : undefined}
          aria-describedby={hintId}
          onChange={(e) => {
            setName(e.target.value);
            action.clearError();
          }}
        />
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('members.add.submit')}
        </button>
      </div>
      <p id={hintId} className="field-hint">
        {t('members.add.hint')}
      </p>
      <ErrorText message={message} />
      <button type="button" className="button button--quiet" aria-expanded={showDetails} onClick={() => setShowDetails((s) => !s)}>
        {showDetails ? '▾' : '▸'} {t('members.add.moreDetails')}
      </button>
      {showDetails ? <MemberDetailsFields details={details} onChange={setDetails} /> : null}
    </form>
  );
}
