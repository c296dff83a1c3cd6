import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { Meeting } from '#shared/domain/types';
import type { HandlerContext } from './context';
import { findMeeting, findMember } from './lookup';

function assertOpen(meeting: Meeting): void {
  if (meeting.status === 'ended' || meeting.status === 'cancelled') {
    throw new DomainError('conflict', msg(meeting.status === 'ended' ? 'attendance.meetingEnded' : 'attendance.meetingCancelled'));
  }
}

/** Takes someone out of a live round and the queue, e.g. when they are marked absent again. */
function removeFromLive(meeting: Meeting, participantId: string): void {
  const live = meeting.live;
  if (!live) return;
  live.queue = live.queue.filter((e) => e.participantId !== participantId);
  if (live.round) {
    live.round.remaining = live.round.remaining.filter((id) => id !== participantId);
    live.round.passed = live.round.passed.filter((id) => id !== participantId);
  }
}

export function attendanceHandlers(ctx: HandlerContext) {
  return {
    /** One tap marks a member present; during the meeting that makes them a late arrival. */
    'attendance.mark': ({ meetingId, memberId, status }: ParsedInput<'attendance.mark'>) =>
      ctx.mutate(
        'attendance.mark',
        (draft) => {
          const meeting = findMeeting(draft, meetingId);
          assertOpen(meeting);
          const member = findMember(draft, memberId);
          if (member.groupId !== meeting.groupId) throw new DomainError('invalid_input', msg('member.notInGroup'), 'memberId');
          const existing = meeting.attendance.find((a) => a.memberId === memberId);
          if (status === 'absent') {
            meeting.attendance = meeting.attendance.filter((a) => a.memberId !== memberId);
            meeting.seating = meeting.seating.filter((id) => id !== memberId);
            removeFromLive(meeting, memberId);
          } else if (existing) {
            existing.status = status;
            if (status === 'excused') {
              meeting.seating = meeting.seating.filter((id) => id !== memberId);
              removeFromLive(meeting, memberId);
            } else if (!meeting.seating.includes(memberId)) meeting.seating.push(memberId);
          } else {
            meeting.attendance.push({
              participantId: memberId,
              memberId,
              guestName: null,
              status,
              late: status === 'present' && meeting.status === 'live',
            });
            if (status === 'present') meeting.seating.push(memberId);
          }
          return meeting;
        },
        [meetingId],
      ),

    /** A walk-in guest by display name only: no member record is made. */
    'attendance.addGuest': ({ meetingId, displayName }: ParsedInput<'attendance.addGuest'>) =>
      ctx.mutate(
        'attendance.addGuest',
        (draft) => {
          const meeting = findMeeting(draft, meetingId);
          assertOpen(meeting);
          const participantId = `guest-${ctx.newId()}`;
          meeting.attendance.push({ participantId, memberId: null, guestName: displayName, status: 'present', late: meeting.status === 'live' });
          meeting.seating.push(participantId);
          return meeting;
        },
        [meetingId],
      ),

    'attendance.seat': ({ meetingId, seating }: ParsedInput<'attendance.seat'>) =>
      ctx.mutate(
        'attendance.seat',
        (draft) => {
          const meeting = findMeeting(draft, meetingId);
          const present = meeting.attendance.filter((a) => a.status === 'present').map((a) => a.participantId);
          const same = seating.length === present.length && present.every((id) => seating.includes(id));
          if (!same) throw new DomainError('invalid_input', msg('attendance.seatingMismatch'), 'seating');
          meeting.seating = seating;
          return meeting;
        },
        [meetingId],
      ),
  };
}
