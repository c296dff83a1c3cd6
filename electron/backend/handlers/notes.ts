import type { ParsedInput } from '../../../shared/contract/contract';
import { DomainError } from '../../../shared/contract/errors';
import { addMonths, formatDate, parseDate } from '../../../shared/schedule/zoned-time';
import type { Database } from '../../../shared/storage/database';
import type { HandlerContext } from './context';
import { findMeeting, today } from './lookup';

/**
 * Clears private notes (meeting and per-item) of meetings older than the
 * retention period. Shared notes and the record stay. Returns how many
 * meetings lost notes.
 */
export function applyNoteRetention(draft: Database, todayIso: string): number {
  const months = draft.settings.privateNoteRetentionMonths;
  const now = parseDate(todayIso);
  if (months === null || !now) return 0;
  const cutoff = formatDate(addMonths(now, -months));
  let cleared = 0;
  for (const meeting of draft.meetings) {
    if (meeting.date >= cutoff) continue;
    if (meeting.notes.private === '' && Object.keys(meeting.notes.items).length === 0) continue;
    meeting.notes = { ...meeting.notes, private: '', items: {} };
    cleared += 1;
  }
  return cleared;
}

export function noteHandlers(ctx: HandlerContext) {
  return {
    /** Called as the facilitator types (debounced) and once more when the window closes. */
    'notes.save': ({ meetingId, field, itemId, text }: ParsedInput<'notes.save'>) =>
      ctx.mutate(['meetings'], (draft) => {
        const meeting = findMeeting(draft, meetingId);
        if (field === 'item') {
          if (!itemId || !meeting.agenda.some((i) => i.id === itemId)) throw new DomainError('not_found', 'That agenda item is not in this meeting.', 'itemId');
          const items = { ...meeting.notes.items };
          if (text.trim() === '') delete items[itemId];
          else items[itemId] = text;
          meeting.notes = { ...meeting.notes, items };
        } else if (field === 'private') {
          meeting.notes = { ...meeting.notes, private: text };
        } else {
          meeting.notes = { ...meeting.notes, shared: text };
        }
        return structuredClone(meeting);
      }),

    'notes.applyRetention': () =>
      ctx.mutate(['meetings'], (draft) => ({ meetingsCleared: applyNoteRetention(draft, today(undefined, ctx.now(), ctx.timeZone)) })),

    'settings.get': () => ({ ...ctx.read().settings }),

    'settings.update': ({ privateNoteRetentionMonths }: ParsedInput<'settings.update'>) =>
      ctx.mutate(['meetings'], (draft) => {
        draft.settings = { privateNoteRetentionMonths };
        return { ...draft.settings };
      }),
  };
}
