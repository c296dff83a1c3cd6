import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import { invitationText, type InvitationContent } from '#shared/invitation/invitation';
import { useApi } from '../../common/api-context';
import { fileSlug } from '../../common/dates';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { formatMeetingTime } from '../meetings/format';
import { ErrorText } from '../ui/ErrorText';
import { downloadText } from '../ui/download';
import { readDraft, rememberDraft, type InvitationDraft } from './invitation-draft';
import './invitation.css';

/** The next three meeting dates: planned ones first, then the schedule's, never a cancelled date. */
function useNextDates(group: Group): string[] {
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
    .map(([, startsAt]) => formatMeetingTime(startsAt, group.schedule?.timeZone, true));
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
  const [draft, setDraft] = useState<InvitationDraft>(() => readDraft(group.id));
  const [copied, setCopied] = useState<string | null>(null);
  const nextDates = useNextDates(group);
  const ids = { whoFor: useId(), expect: useId(), promise: useId(), contact: useId() };
  const set = (key: keyof InvitationDraft, value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    rememberDraft(group.id, next);
  };
  const content: InvitationContent = { groupName: group.name, purpose: group.purpose, venue: group.venue, nextDates, ...draft };
  const fileBase = `invitation-${fileSlug(group.name)}`;

  return (
    <div className="invitation-page">
      <section className="panel no-print" aria-labelledby="invitation-title">
        <h2 id="invitation-title">An invitation to hand out</h2>
        <p className="field-hint">
          The group’s name, purpose, venue and next dates come from the Group and Meetings pages; the rest you write here. Nothing about members goes
          on it.
        </p>
        <div className="field">
          <label htmlFor={ids.whoFor}>Who it is for</label>
          <input
            id={ids.whoFor}
            value={draft.whoFor}
            maxLength={300}
            placeholder="For example: anyone caring for someone, or who has"
            onChange={(e) => set('whoFor', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.expect}>What to expect at a first meeting</label>
          <textarea id={ids.expect} rows={4} maxLength={1000} value={draft.whatToExpect} onChange={(e) => set('whatToExpect', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.promise}>The confidentiality promise</label>
          <textarea
            id={ids.promise}
            rows={2}
            maxLength={1000}
            value={draft.confidentiality}
            onChange={(e) => set('confidentiality', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.contact}>How to get in touch (this goes on the invitation)</label>
          <input
            id={ids.contact}
            value={draft.contact}
            maxLength={300}
            placeholder="For example: a group email or phone, not a member’s own"
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
            Save as PDF or print
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator.clipboard.writeText(invitationText(content)).then(
                () => setCopied('Copied: paste it into a post or a newsletter.'),
                () => setCopied('This browser would not copy; use “Download as text” instead.'),
              )
            }
          >
            Copy as plain text
          </button>
          <button type="button" className="button" onClick={() => downloadText(`${fileBase}.txt`, invitationText(content), 'text/plain')}>
            Download as text
          </button>
        </div>
        {copied ? (
          <p className="field-hint" role="status">
            {copied}
          </p>
        ) : null}
        <ErrorText message={pdf.error} />
      </section>

      <article className="invitation-sheet printable" aria-label="The invitation as it prints">
        <h2 className="invitation-sheet__name">{group.name}</h2>
        {group.purpose ? <p className="invitation-sheet__purpose">{group.purpose}</p> : null}
        {draft.whoFor.trim() ? (
          <section>
            <h3>Who it is for</h3>
            <p>{draft.whoFor}</p>
          </section>
        ) : null}
        <section>
          <h3>Next meetings</h3>
          {nextDates.length > 0 ? (
            <ul className="invitation-sheet__dates">
              {nextDates.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : (
            <p className="no-print empty">No dates yet: set the group’s schedule (Group page) or plan a meeting.</p>
          )}
          {group.venue ? <p className="invitation-sheet__venue">{group.venue}</p> : null}
        </section>
        {draft.whatToExpect.trim() ? (
          <section>
            <h3>At your first meeting</h3>
            <p>{draft.whatToExpect}</p>
          </section>
        ) : null}
        {draft.confidentiality.trim() ? (
          <section>
            <h3>Confidentiality</h3>
            <p>{draft.confidentiality}</p>
          </section>
        ) : null}
        {draft.contact.trim() ? (
          <section>
            <h3>Get in touch</h3>
            <p>{draft.contact}</p>
          </section>
        ) : null}
      </article>
    </div>
  );
}
