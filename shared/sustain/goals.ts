import { z } from 'zod';
import { choice } from '../domain/fields';
import { EntityId, shortText } from '../domain/names';
import { StoredIsoDate } from '../schedule/schedule';
import { Objective } from './purpose';

export const GoalStatus = choice(['on_track', 'stuck', 'met', 'dropped'], 'Choose how the goal is going', {
  on_track: 'on track',
});
export type GoalStatus = z.infer<typeof GoalStatus>;

/** Past this, the oldest notes go first: the hot file stays small however long a goal runs. */
export const GOAL_NOTES_MAX = 100;
export const GOALS_PER_GROUP_MAX = 100;

export const GoalNote = z.strictObject({ date: StoredIsoDate, text: shortText('A progress note', 300) });
export type GoalNote = z.infer<typeof GoalNote>;

/**
 * A goal the group set itself, serving one of its objectives (by the
 * objective's words). What, how we will know, by when and how it is going
 * may be shown to the room on the purpose screen; the progress notes stay
 * in the console.
 */
export const GroupGoal = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  objective: Objective,
  what: shortText('What the goal is', 200),
  measure: shortText('How you will know', 200),
  byWhen: StoredIsoDate.nullable(),
  status: GoalStatus,
  notes: z.array(GoalNote).max(GOAL_NOTES_MAX),
  createdAt: z.number().int().nonnegative(),
});
export type GroupGoal = z.infer<typeof GroupGoal>;

export const CHECK_INS_MAX = 100;
export const PERSONAL_GOALS_PER_MEMBER_MAX = 10;

/** One line on how a personal goal is going: a line, no story retold. */
export const GoalCheckIn = z.strictObject({ date: StoredIsoDate, text: shortText('A check-in line', 140) });
export type GoalCheckIn = z.infer<typeof GoalCheckIn>;

export const PersonalGoalStatus = choice(['open', 'reached', 'set_aside'], 'Choose where the goal stands', { set_aside: 'set aside' });
export type PersonalGoalStatus = z.infer<typeof PersonalGoalStatus>;

/**
 * A goal a member chose to share, kept only with their agreement (the date
 * they gave it). Private to the console: never projected, never exported,
 * and gone with the member's details when they are erased.
 */
export const PersonalGoal = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  memberId: EntityId,
  text: shortText('A personal goal', 200),
  agreedOn: StoredIsoDate,
  status: PersonalGoalStatus,
  checkIns: z.array(GoalCheckIn).max(CHECK_INS_MAX),
  createdAt: z.number().int().nonnegative(),
});
export type PersonalGoal = z.infer<typeof PersonalGoal>;

/** A dated line added in date order (after others of its day) to a list that keeps only its newest `max`. */
export function withDatedLine<T extends { date: string }>(lines: readonly T[], line: T, max: number): T[] {
  return [...lines, line].sort((a, b) => a.date.localeCompare(b.date)).slice(-max);
}
