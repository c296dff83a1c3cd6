import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import { addMonths, formatDate, parseDate } from '#shared/schedule/zoned-time';
import type { Database } from '#shared/storage/database';
import { archiveKeyOf } from '#shared/storage/layout';
import { clearPrivateNotesBefore } from '#shared/storage/scrub';
import type { HandlerContext } from './context';
import { findMeeting, today } from './lookup';

/**
 * Clears private notes (meeting and per-item) of meetings older than the
 * retention period. Shared notes and the record stay. Returns how many
 * meetings lost notes.
 */
export function applyNoteRetention(draft: Database, todayIso: string): number {
  const cutoff = retentionCutoff(draft.settings.privateNoteRetentionMonths, todayIso);
  if (cutoff === null) return 0;
  let cleared = 0;
  for (const meeting of draft.meetings) {
    if (meeting.date >= cutoff) continue;
    if (meeting.notes.private === '' && Object.keys(meeting.notes.items).length === 0) continue;
    meeting.notes = { ...meeting.notes, private: '', items: {} };
    cleared += 1;
  }
  return cleared;
}

function retentionCutoff(months: number | null, todayIso: string): string | null {
  const now = parseDate(todayIso);
  return months === null || !now ? null : formatDate(addMonths(now, -months));
}

/**
 * Applies the retention setting to every meeting, opening only the archives
 * whose digests say they still hold private notes older than the cut-off.
 */
export async function applyRetention(ctx: HandlerContext): Promise<number> {
  const data = ctx.read();
  const cutoff = retentionCutoff(data.settings.privateNoteRetentionMonths, today(undefined, ctx.now(), ctx.timeZone));
  if (cutoff === null) return 0;
  const past = data.groups.flatMap((g) => ctx.history(g.id)).filter((d) => d.hasPrivateNotes && d.date < cutoff);
  const hot = data.meetings.filter((m) => m.date < cutoff && (m.notes.private !== '' || Object.keys(m.notes.items).length > 0));
  if (past.length === 0 && hot.length === 0) return 0;
  const cleared = await ctx.mutate(
    'notes.applyRetention',
    (draft) => applyNoteRetention(draft, today(undefined, ctx.now(), ctx.timeZone)),
    past.map((d) => d.meetingId),
  );
  // The backups hold the same notes; retention reaches them too.
  const clear = (raw: Record<string, unknown>) => clearPrivateNotesBefore(raw, cutoff);
  await ctx.editBackups({ hot: clear, archives: { keys: [...new Set(past.map(archiveKeyOf))], edit: clear } });
  return cleared;
}

export function noteHandlers(ctx: HandlerContext) {
  return {
    /** Called as the facilitator types (debounced) and once more when the window closes. */
    'notes.save': ({ meetingId, field, itemId, text }: ParsedInput<'notes.save'>) =>
      ctx.mutate(
        'notes.save',
        (draft) => {
          const meeting = findMeeting(draft, meetingId);
          if (field === 'item') {
            if (!itemId || !meeting.agenda.some((i) => i.id === itemId)) throw new DomainError('not_found', msg('agenda.itemNotInMeeting'), 'itemId');
            const items = { ...meeting.notes.items };
            if (text.trim() === '') delete items[itemId];
            else items[itemId] = text;
            meeting.notes = { ...meeting.notes, items };
          } else if (field === 'private') {
            meeting.notes = { ...meeting.notes, private: text };
          } else {
            meeting.notes = { ...meeting.notes, shared: text };
          }
          return meeting;
        },
        [meetingId],
      ),

    'notes.applyRetention': async () => ({ meetingsCleared: await applyRetention(ctx) }),

    'settings.get': () => ({ ...ctx.read().settings }),

    'settings.update': ({ privateNoteRetentionMonths }: ParsedInput<'settings.update'>) =>
      ctx.mutate('settings.update', (draft) => {
        draft.settings = { privateNoteRetentionMonths };
        return { ...draft.settings };
      }),
  };
}
