/**
 * Version 5 keeps what sustains a group. Nothing is invented: a group that
 * had a purpose or objectives gets them as its first version, with no
 * adoption time (version 4 never recorded when they were written); no
 * review is assumed to have been held; the check-in threshold starts at the
 * default of 3; the new collections start empty; and the pause key returns
 * the room to automatic.
 */
import { DEFAULT_CHECK_IN_AFTER_MISSED } from '../sustain/drift';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

function firstVersions(group: Raw): unknown[] {
  const purpose = typeof group.purpose === 'string' ? group.purpose : '';
  const objectives = Array.isArray(group.objectives) ? group.objectives : [];
  return purpose === '' && objectives.length === 0 ? [] : [{ version: 1, purpose, objectives, adoptedAt: null }];
}

function migrateGroup(group: unknown): unknown {
  // A record that is not an object is left as it is, for the salvage to set aside with its reason.
  if (!isRecord(group) || 'purposeVersions' in group) return group;
  return { ...group, purposeVersions: firstVersions(group), reviews: [], reviewOffered: null, checkInAfterMissed: DEFAULT_CHECK_IN_AFTER_MISSED };
}

export function migrate4to5(data: Raw): Raw {
  const room = isRecord(data.room) && !('modeBeforePause' in data.room) ? { ...data.room, modeBeforePause: 'auto' } : data.room;
  return {
    ...data,
    groups: Array.isArray(data.groups) ? data.groups.map(migrateGroup) : data.groups,
    room,
    groupGoals: data.groupGoals ?? [],
    personalGoals: data.personalGoals ?? [],
    followUps: data.followUps ?? [],
    memberCare: data.memberCare ?? [],
  };
}
