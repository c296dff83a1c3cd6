import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { Group, MeetingStatus, Member } from '#shared/domain/types';
import type { MeetingDigest } from '#shared/history/digest';
import type { Database } from '#shared/storage/database';
import type { FollowUp } from '#shared/sustain/follow-ups';
import type { GroupGoal, PersonalGoal } from '#shared/sustain/goals';
import { withStatusChange } from '#shared/domain/status-log';
import { breakEndedOn } from '#shared/sustain/drift';
import { currentPurpose, renamedObjectives, withNewPurposeVersion } from '#shared/sustain/purpose';
import { lastReviewDate, shouldOfferReview, withReviewItem } from '#shared/sustain/review';
import { reviewItemWords } from '../i18n/review-item';

export function findGoal(data: Readonly<Database>, goalId: string): GroupGoal {
  const goal = data.groupGoals.find((g) => g.id === goalId);
  if (!goal) throw new DomainError('not_found', msg('goal.notFound'), 'goalId');
  return goal;
}

export function findPersonalGoal(data: Readonly<Database>, personalGoalId: string): PersonalGoal {
  const goal = data.personalGoals.find((g) => g.id === personalGoalId);
  if (!goal) throw new DomainError('not_found', msg('goal.personalNotFound'), 'personalGoalId');
  return goal;
}

export function findFollowUp(data: Readonly<Database>, followUpId: string): FollowUp {
  const followUp = data.followUps.find((f) => f.id === followUpId);
  if (!followUp) throw new DomainError('not_found', msg('followUp.notFound'), 'followUpId');
  return followUp;
}

/** The dates of a group's held meetings, from its digests (plus any being ended now). */
export function heldDates(history: readonly MeetingDigest[], extra: readonly string[] = []): string[] {
  return [...history.filter((d) => d.status === 'ended').map((d) => d.date), ...extra];
}

/**
 * Changes the group's purpose and objectives, making a new version when the
 * words changed, and takes goals along when an objective was reworded in
 * place. Returns the version in force afterwards when a new one was made.
 */
export function changePurpose(draft: Database, group: Group, words: { purpose?: string; objectives?: string[] }, now: number): number | null {
  const next = { purpose: words.purpose ?? group.purpose, objectives: words.objectives ?? group.objectives };
  const before = currentPurpose(group.purposeVersions)?.version ?? 0;
  const versions = withNewPurposeVersion(group.purposeVersions, next, now);
  const after = currentPurpose(versions)?.version ?? 0;
  if (after === before) return null;
  const renamed = renamedObjectives(group.objectives, next.objectives);
  for (const goal of draft.groupGoals) {
    const to = goal.groupId === group.id ? renamed.get(goal.objective) : undefined;
    if (to !== undefined) goal.objective = to;
  }
  group.purposeVersions = versions;
  group.purpose = next.purpose;
  group.objectives = next.objectives;
  return after;
}

/**
 * When a review is due and has not yet been offered this time round, puts
 * the review item on the group's next planned meeting and notes where.
 */
export function offerReviewItem(
  draft: Database,
  groupId: string,
  held: readonly string[],
  history: readonly MeetingDigest[],
  newId: () => string,
): void {
  const group = draft.groups.find((g) => g.id === groupId);
  if (!group) return;
  const statusOf = (meetingId: string): MeetingStatus | undefined =>
    draft.meetings.find((m) => m.id === meetingId)?.status ?? history.find((d) => d.meetingId === meetingId)?.status;
  if (!shouldOfferReview(group, held, statusOf)) return;
  const next = draft.meetings.filter((m) => m.groupId === groupId && m.status === 'planned').sort((a, b) => a.startsAt - b.startsAt)[0];
  if (!next) return;
  next.agenda = withReviewItem(next.agenda, newId(), reviewItemWords(group.roomLocale));
  group.reviewOffered = { meetingId: next.id, sinceReview: lastReviewDate(group.reviews) };
}

/** Logs a member's return from a break that ran past its last day, dated the day after it; true when it did. */
export function settleBreakOf(draft: Database, member: Member, today: string): boolean {
  const care = draft.memberCare.find((c) => c.memberId === member.id);
  const backOn = breakEndedOn(member, care, today);
  if (!care || backOn === null) return false;
  member.statusLog = withStatusChange(member.statusLog, 'on_break', 'active', backOn);
  member.status = 'active';
  care.breakUntil = null;
  return true;
}

/** Settles every break of a group that has ended by `today` (see settleBreakOf). */
export function settleEndedBreaks(draft: Database, groupId: string, today: string): void {
  const ended = draft.memberCare.filter((c) => c.groupId === groupId && c.breakUntil !== null && c.breakUntil < today).map((c) => c.memberId);
  for (const memberId of ended) {
    const member = draft.members.find((m) => m.id === memberId);
    if (member) settleBreakOf(draft, member, today);
  }
}
