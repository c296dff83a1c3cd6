import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { Group } from '#shared/domain/types';
import {
  CHECK_INS_MAX,
  GOAL_NOTES_MAX,
  GOALS_PER_GROUP_MAX,
  PERSONAL_GOALS_PER_MEMBER_MAX,
  withDatedLine,
  type GroupGoal,
  type PersonalGoal,
} from '#shared/sustain/goals';
import type { HandlerContext } from './context';
import { findGroup, findMember, today } from './lookup';
import { findGoal, findPersonalGoal } from './sustain-helpers';

function assertObjectiveOf(group: Group, objective: string): void {
  if (group.objectives.length === 0) {
    throw new DomainError('conflict', msg('goal.noObjectives'), 'objective');
  }
  if (!group.objectives.includes(objective)) {
    throw new DomainError('invalid_input', msg('goal.unknownObjective'), 'objective');
  }
}

/**
 * Group goals (each serving one of the group's objectives) and members'
 * personal goals. Personal goals are kept only with the member's agreement
 * and never leave the console: not projected, not exported.
 */
export function goalHandlers(ctx: HandlerContext) {
  const dayOf = (group: Group | undefined) => today(group, ctx.now(), ctx.timeZone);
  return {
    'goal.list': ({ groupId }: ParsedInput<'goal.list'>): GroupGoal[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      return data.groupGoals.filter((g) => g.groupId === groupId).sort((a, b) => a.createdAt - b.createdAt);
    },

    'goal.create': ({ groupId, ...fields }: ParsedInput<'goal.create'>) =>
      ctx.mutate('goal.create', (draft) => {
        const group = findGroup(draft, groupId);
        assertObjectiveOf(group, fields.objective);
        if (draft.groupGoals.filter((g) => g.groupId === groupId).length >= GOALS_PER_GROUP_MAX) {
          throw new DomainError('conflict', msg('goal.tooMany', { max: GOALS_PER_GROUP_MAX }));
        }
        const goal: GroupGoal = {
          id: ctx.newId(),
          groupId,
          objective: fields.objective,
          what: fields.what,
          measure: fields.measure,
          byWhen: fields.byWhen ?? null,
          status: fields.status ?? 'on_track',
          notes: [],
          createdAt: ctx.now(),
        };
        draft.groupGoals.push(goal);
        return goal;
      }),

    'goal.update': ({ goalId, ...changes }: ParsedInput<'goal.update'>) =>
      ctx.mutate('goal.update', (draft) => {
        const goal = findGoal(draft, goalId);
        if (changes.objective !== undefined && changes.objective !== goal.objective)
          assertObjectiveOf(findGroup(draft, goal.groupId), changes.objective);
        if (changes.objective !== undefined) goal.objective = changes.objective;
        if (changes.what !== undefined) goal.what = changes.what;
        if (changes.measure !== undefined) goal.measure = changes.measure;
        if (changes.byWhen !== undefined) goal.byWhen = changes.byWhen;
        if (changes.status !== undefined) goal.status = changes.status;
        return { ...goal };
      }),

    'goal.addNote': ({ goalId, text, date }: ParsedInput<'goal.addNote'>) =>
      ctx.mutate('goal.addNote', (draft) => {
        const goal = findGoal(draft, goalId);
        const day = date ?? dayOf(draft.groups.find((g) => g.id === goal.groupId));
        goal.notes = withDatedLine(goal.notes, { date: day, text }, GOAL_NOTES_MAX);
        return { ...goal };
      }),

    'goal.delete': ({ goalId }: ParsedInput<'goal.delete'>) =>
      ctx.mutate('goal.delete', (draft) => {
        const goal = findGoal(draft, goalId);
        draft.groupGoals = draft.groupGoals.filter((g) => g.id !== goalId);
        return { deleted: { ...goal } };
      }),

    'personalGoal.list': ({ groupId, memberId }: ParsedInput<'personalGoal.list'>): PersonalGoal[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      return data.personalGoals
        .filter((g) => g.groupId === groupId && (memberId === undefined || g.memberId === memberId))
        .sort((a, b) => a.createdAt - b.createdAt);
    },

    'personalGoal.create': ({ memberId, text, agreedOn }: ParsedInput<'personalGoal.create'>) =>
      ctx.mutate('personalGoal.create', (draft) => {
        const member = findMember(draft, memberId);
        if (member.erased || member.status === 'left') {
          throw new DomainError('conflict', msg('goal.memberLeft', { name: member.displayName }), 'memberId');
        }
        if (draft.personalGoals.filter((g) => g.memberId === memberId).length >= PERSONAL_GOALS_PER_MEMBER_MAX) {
          throw new DomainError('conflict', msg('goal.tooManyPersonal', { max: PERSONAL_GOALS_PER_MEMBER_MAX }));
        }
        const goal: PersonalGoal = {
          id: ctx.newId(),
          groupId: member.groupId,
          memberId,
          text,
          agreedOn: agreedOn ?? dayOf(draft.groups.find((g) => g.id === member.groupId)),
          status: 'open',
          checkIns: [],
          createdAt: ctx.now(),
        };
        draft.personalGoals.push(goal);
        return goal;
      }),

    'personalGoal.update': ({ personalGoalId, text, status }: ParsedInput<'personalGoal.update'>) =>
      ctx.mutate('personalGoal.update', (draft) => {
        const goal = findPersonalGoal(draft, personalGoalId);
        if (text !== undefined) goal.text = text;
        if (status !== undefined) goal.status = status;
        return { ...goal };
      }),

    'personalGoal.addCheckIn': ({ personalGoalId, text, date }: ParsedInput<'personalGoal.addCheckIn'>) =>
      ctx.mutate('personalGoal.addCheckIn', (draft) => {
        const goal = findPersonalGoal(draft, personalGoalId);
        const day = date ?? dayOf(draft.groups.find((g) => g.id === goal.groupId));
        goal.checkIns = withDatedLine(goal.checkIns, { date: day, text }, CHECK_INS_MAX);
        return { ...goal };
      }),

    'personalGoal.delete': ({ personalGoalId }: ParsedInput<'personalGoal.delete'>) =>
      ctx.mutate('personalGoal.delete', (draft) => {
        findPersonalGoal(draft, personalGoalId);
        draft.personalGoals = draft.personalGoals.filter((g) => g.id !== personalGoalId);
        return { deleted: true as const };
      }),
  };
}
