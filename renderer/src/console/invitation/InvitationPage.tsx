import { useId, useMemo, useState } from 'react';
import type { Group } from '#shared/domain/types';
import type { InvitationContent } from '#shared/invitation/invitation';
import type { Locale } from '#shared/i18n/locales';
import { useApi } from '../../common/api-context';
import { fileSlug } from '../../common/dates';
import { useAction } from '../../common/use-action';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useApiQuery } from '../data/use-api-query';
import { formatMeetingTime } from '../meetings/format';
import { ErrorText } from '../ui/ErrorText';
import { downloadText } from '../ui/download';
import { readDraft, rememberDraft, type InvitationDefaults, type InvitationDraft } from './invitation-draft';
import { invitationTextIn } from './invitation-text';
import './invitation.css';

/** The next three meeting dates: planned ones first, then the schedule's, never a cancelled date. */
function useNextDates(group: Group, locale: Locale): string[] {
  const meetings = useApiQuery('meeting.list', { groupId: group.id });
  const slots = useApiQuery('meeting.upcomingDates', { groupId: group.id, count: 6 });
  // When the page opened: the list of dates does not need to tick.
  const [now] = useState(() => Date.now());
  const cancelled = new Set((meetings.data ?? []).filter((m) => m.status === 'cancelled').map((m) => m.date));
  const planned = (meetings.data ?? [])
    .filter((m) => m.status === 'planned' && m.startsAt >= now)
    .map((m) => ({ date: m.date, startsAt: m.startsAt }));
  const byDate = new Map<string, number>();
  for (const slot of [...planned, ...(slots.data ?? [])])
    if (!cancelled.has(slot.date) && !byDate.has(slot.date)) byDate.set(slot.date, slot.startsAt);
  return [...byDate.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([, startsAt]) => formatMeetingTime(startsAt, group.schedule?.timeZone, true, locale));
}

/**
 * A one-page invitation to hand out, pin up or post: the group's name,
 * purpose, who it is for, the next dates, the venue, what to expect, the
 * confidentiality promise and how to get in touch. Printed (or saved as a
 * PDF) as one sheet, or copied as plain text. No member data goes in.
 */
export function InvitationPage({ group }: { group: Group }) {
  const api = useApi();
  const pdf = useAction();
  const t = useT();
  const { locale } = useLocale();
  const defaults = useMemo<InvitationDefaults>(
    () => ({ whatToExpect: t('invitation.defaultWhatToExpect'), confidentiality: t('invitation.defaultConfidentiality') }),
    [t],
  );
  // The draft as typed, read again when the language (and so the suggested wording) changes.
  const [typed, setTyped] = useState<{ defaults: InvitationDefaults; draft: InvitationDraft }>(() => ({
    defaults,
    draft: readDraft(group.id, defaults),
  }));
  const draft = typed.defaults === defaults ? typed.draft : readDraft(group.id, defaults);
  if (typed.defaults !== defaults) setTyped({ defaults, draft });
  const setDraft = (next: InvitationDraft) => setTyped({ defaults, draft: next });
  const [copied, setCopied] = useState<string | null>(null);
  const nextDates = useNextDates(group, locale);
  const ids = { whoFor: useId(), expect: useId(), promise: useId(), contact: useId() };
  const set = (key: keyof InvitationDraft, value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    rememberDraft(group.id, next, defaults);
  };
  const content: InvitationContent = { groupName: group.name, purpose: group.purpose, venue: group.venue, nextDates, ...draft };
  // The PDF and the text file are named in the console's language, like the meeting summary's.
  const fileBase = t('invitation.fileBase', { group: fileSlug(group.name) });

  return (
    <div className="invitation-page">
      <section className="panel no-print" aria-labelledby="invitation-title">
        <h2 id="invitation-title">{t('invitation.title')}</h2>
        <p className="field-hint">{t('invitation.intro')}</p>
        <div className="field">
          <label htmlFor={ids.whoFor}>{t('invitation.whoFor')}</label>
          <input
            id={ids.whoFor}
            value={draft.whoFor}
            maxLength={300}
            placeholder={t('invitation.whoForPlaceholder')}
            onChange={(e) => set('whoFor', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.expect}>{t('invitation.expect')}</label>
          <textarea id={ids.expect} rows={4} maxLength={1000} value={draft.whatToExpect} onChange={(e) => set('whatToExpect', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.promise}>{t('invitation.promise')}</label>
          <textarea
            id={ids.promise}
            rows={2}
            maxLength={1000}
            value={draft.confidentiality}
            onChange={(e) => set('confidentiality', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.contact}>{t('invitation.contact')}</label>
          <input
            id={ids.contact}
            value={draft.contact}
            maxLength={300}
            placeholder={t('invitation.contactPlaceholder')}
            onChange={(e) => set('contact', e.target.value)}
          />
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={pdf.busy}
            onClick={() => void pdf.run(() => api.savePdf(`${fileBase}.pdf`))}
          >
            {t('invitation.pdf')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator.clipboard.writeText(invitationTextIn(t, content)).then(
                () => setCopied(t('invitation.copied')),
                () => setCopied(t('invitation.copyFailed')),
              )
            }
          >
            {t('invitation.copy')}
          </button>
          <button type="button" className="button" onClick={() => downloadText(`${fileBase}.txt`, invitationTextIn(t, content), 'text/plain')}>
            {t('invitation.download')}
          </button>
        </div>
        {copied ? (
          <p className="field-hint" role="status">
            {copied}
          </p>
        ) : null}
        <ErrorText message={pdf.error} />
      </section>

      <article className="invitation-sheet printable" aria-label={t('invitation.sheet.label')}>
        <h2 className="invitation-sheet__name">{group.name}</h2>
        {group.purpose ? <p className="invitation-sheet__purpose">{group.purpose}</p> : null}
        {draft.whoFor.trim() ? (
          <section>
            <h3>{t('invitation.sheet.whoFor')}</h3>
            <p>{draft.whoFor}</p>
          </section>
        ) : null}
        <section>
          <h3>{t('invitation.sheet.next')}</h3>
          {nextDates.length > 0 ? (
            <ul className="invitation-sheet__dates">
              {nextDates.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : (
            <p className="no-print empty">{t('invitation.sheet.noDates')}</p>
          )}
          {group.venue ? <p className="invitation-sheet__venue">{group.venue}</p> : null}
        </section>
        {draft.whatToExpect.trim() ? (
          <section>
            <h3>{t('invitation.sheet.firstMeeting')}</h3>
            <p>{draft.whatToExpect}</p>
          </section>
        ) : null}
        {draft.confidentiality.trim() ? (
          <section>
            <h3>{t('invitation.sheet.confidentiality')}</h3>
            <p>{draft.confidentiality}</p>
          </section>
        ) : null}
        {draft.contact.trim() ? (
          <section>
            <h3>{t('invitation.sheet.contact')}</h3>
            <p>{draft.contact}</p>
          </section>
        ) : null}
      </article>
    </div>
  );
}
