import type { MeetingSummary, ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { Meeting } from '#shared/domain/types';
import { participantName } from '#shared/display/project-display-view';
import { applyLiveCommand, settle } from '#shared/live/apply-command';
import { initialLiveState } from '#shared/live/live-state';
import type { Database } from '#shared/storage/database';
import type { Translate } from '#shared/i18n/translator';
import { backendTranslator } from '../i18n/backend-messages';
import type { HandlerContext } from './context';
import { findGroup, findMeeting, today } from './lookup';
import { heldDates, offerReviewItem, settleEndedBreaks } from './sustain-helpers';
import { withFollowUps } from './meetings';

/** A stable number per meeting and round, so a random order is fair but reproducible. */
function seedOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

function present(meeting: Meeting): string[] {
  const here = new Set(meeting.attendance.filter((a) => a.status === 'present').map((a) => a.participantId));
  return meeting.seating.filter((id) => here.has(id));
}

/** The summary of an ended meeting; `t` words what the record does not name (a guest, the group as an owner), English unless an export asks otherwise. */
export function summarise(data: Readonly<Database>, meeting: Meeting, t: Translate = backendTranslator('en')): MeetingSummary {
  const record = meeting.record;
  if (!record) throw new DomainError('conflict', msg('meeting.noSummaryYet'));
  const presentIds = meeting.attendance.filter((a) => a.status === 'present').map((a) => a.participantId);
  const speaking = presentIds
    .map((participantId) => {
      const turns = record.turns.filter((t) => t.participantId === participantId);
      return {
        participantId,
        name: participantName(data, meeting, participantId) ?? t('exports.summary.guest'),
        totalMs: turns.reduce((sum, t) => sum + t.durationMs, 0),
        turns: turns.filter((t) => !t.passed).length,
        passes: turns.filter((t) => t.passed).length,
      };
    })
    .sort((a, b) => b.totalMs - a.totalMs);
  return {
    meetingId: meeting.id,
    date: meeting.date,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    present: presentIds.length,
    guests: meeting.attendance.filter((a) => a.memberId === null).length,
    excused: meeting.attendance.filter((a) => a.status === 'excused').length,
    items: meeting.agenda.map((item) => ({
      title: item.title,
      plannedMinutes: item.minutes,
      actualMs: record.itemActualMs[item.id] ?? 0,
      skipped: record.skippedItemIds.includes(item.id),
    })),
    speaking,
    silent: speaking.filter((s) => s.turns === 0).map((s) => s.name),
    checkout: { ratings: [...meeting.checkout.ratings], heard: { ...meeting.checkout.heard } },
    actionItems: data.actionItems
      .filter((a) => a.meetingId === meeting.id)
      .map((a) => ({
        text: a.text,
        owner:
          a.ownerId === null
            ? t('exports.summary.actions.theGroup')
            : (data.members.find((m) => m.id === a.ownerId)?.displayName ?? t('exports.summary.actions.formerMember')),
        due: a.due,
        status: a.status,
      })),
    sharedNotes: meeting.notes.shared,
  };
}

export function liveHandlers(ctx: HandlerContext) {
  return {
    'live.start': ({ meetingId }: ParsedInput<'live.start'>) =>
      ctx.mutate('live.start', (draft) => {
        const meeting = findMeeting(draft, meetingId);
        if (meeting.status !== 'planned') throw new DomainError('conflict', msg('meeting.cannotStart', { status: meeting.status }));
        if (meeting.agenda.length === 0) throw new DomainError('conflict', msg('meeting.noAgenda'));
        const other = draft.meetings.find((m) => m.status === 'live');
        if (other) throw new DomainError('conflict', msg('meeting.otherUnderWay', { date: other.date }));
        const now = ctx.now();
        const live = initialLiveState(now);
        // Action items made after this meeting was planned still come up as follow-ups.
        meeting.agenda = withFollowUps(meeting.agenda, draft, meeting.groupId, ctx.newId);
        meeting.status = 'live';
        meeting.live = live;
        // The room follows the meeting from here on.
        draft.room.groupId = meeting.groupId;
        draft.room.mode = 'auto';
        return meeting;
      }),

    'live.command': ({ meetingId, command }: ParsedInput<'live.command'>) =>
      ctx.mutate(
        'live.command',
        (draft) => {
          const meeting = findMeeting(draft, meetingId);
          if (meeting.status !== 'live' || !meeting.live) throw new DomainError('conflict', msg('meeting.notUnderWayStart'));
          const meetingNumber = ctx.history(meeting.groupId).filter((d) => d.status === 'ended').length;
          const outcome = applyLiveCommand(meeting.live, command, {
            agenda: meeting.agenda,
            present: present(meeting),
            meetingNumber,
            seed: seedOf(`${meeting.id}:${String(meeting.live.turns.length)}`),
            now: ctx.now(),
          });
          meeting.live = outcome.live;
          meeting.agenda = outcome.agenda;
          return meeting;
        },
        [meetingId],
      ),

    'live.end': ({ meetingId }: ParsedInput<'live.end'>) =>
      ctx.mutate('live.end', (draft) => {
        const meeting = findMeeting(draft, meetingId);
        if (meeting.status !== 'live' || !meeting.live) throw new DomainError('conflict', msg('meeting.notUnderWay'));
        const now = ctx.now();
        const settled = settle(meeting.live, meeting.agenda, now);
        meeting.record = {
          startedAt: settled.startedAt,
          endedAt: now,
          itemActualMs: settled.itemActualMs,
          skippedItemIds: settled.skippedItemIds,
          turns: settled.turns,
        };
        meeting.live = null;
        meeting.status = 'ended';
        if (draft.room.mode !== 'blank') draft.room.mode = 'auto';
        // With this meeting held, a review may fall due: the next planned meeting gets its item.
        const history = ctx.history(meeting.groupId);
        offerReviewItem(draft, meeting.groupId, heldDates(history, [meeting.date]), history, ctx.newId);
        settleEndedBreaks(draft, meeting.groupId, today(findGroup(draft, meeting.groupId), now, ctx.timeZone));
        return summarise(draft, meeting);
      }),

    /** Guests and the group as an owner named in `language` (the console's, for the page and its PDF); English when left out. */
    'meeting.summary': async ({ meetingId, language }: ParsedInput<'meeting.summary'>) => {
      const data = await ctx.view([meetingId]);
      return summarise(data, findMeeting(data, meetingId), backendTranslator(language ?? 'en'));
    },
  };
}
