import type { z } from 'zod';
import { Group } from '../domain/types';
import { Database } from '../storage/database';

/**
 * One group and every record that belongs to it, from every collection: the
 * unit a copy file carries and a merge adds or replaces. Every collection
 * ties to a group by its own groupId except survey responses, which are
 * anonymous and carry only their survey's id.
 */
export const GroupBundle = Database.omit({ schemaVersion: true, groups: true, settings: true, room: true }).extend({ group: Group });
export type GroupBundle = z.infer<typeof GroupBundle>;

/** The collections of a bundle that are lists of records (all but `group`). */
export type BundleCollection = Exclude<keyof GroupBundle, 'group'>;
/** Those collections by name, read off the schema so a new collection of the record joins bundles everywhere. */
export const BUNDLE_LISTS = Object.keys(GroupBundle.shape).filter((key) => key !== 'group') as BundleCollection[];

/** What a copy carries beyond what the group may see. Both false is the safe default for a handover. */
export interface CopyInclude {
  /** Private meeting notes (whole-meeting and per agenda item) and the facilitator's care records. */
  privateNotes: boolean;
  /** Members' full names and contact details, and partners' contacts. */
  contacts: boolean;
}
export const FULL_INCLUDE: CopyInclude = { privateNotes: true, contacts: true };

/** A "whole record": a Database whose meetings and action items include the archived ones. */
export type WholeRecord = Database;

export class NoSuchGroup extends Error {
  constructor(groupId: string) {
    super(`There is no group with the id "${groupId}" to copy.`);
  }
}

/** Every record of the group, exactly as stored. */
function allOf(record: WholeRecord, group: Group): GroupBundle {
  const mine = <T extends { groupId: string }>(list: readonly T[]): T[] => list.filter((item) => item.groupId === group.id);
  const surveys = mine(record.surveys);
  const surveyIds = new Set(surveys.map((s) => s.id));
  return {
    group,
    members: mine(record.members),
    templates: mine(record.templates),
    meetings: mine(record.meetings),
    actionItems: mine(record.actionItems),
    surveys,
    surveyResponses: record.surveyResponses.filter((r) => surveyIds.has(r.surveyId)),
    suggestions: mine(record.suggestions),
    groupGoals: mine(record.groupGoals),
    personalGoals: mine(record.personalGoals),
    followUps: mine(record.followUps),
    memberCare: mine(record.memberCare),
    partners: mine(record.partners),
    events: mine(record.events),
    partnerEvents: mine(record.partnerEvents),
  };
}

/**
 * Without private notes, the bundle keeps nothing that only the facilitator
 * was meant to read (DESIGN.md: "never exported unless the facilitator asks"):
 * - meeting private notes and per-item private notes are emptied; shared
 *   notes, attendance, turns and check-out counts stay;
 * - follow-ups go whole: they are the facilitator's private record of a
 *   conflict, with who-does-what lines naming people;
 * - personal goals go whole: a member shared them with this facilitator, by
 *   agreement, "never exported";
 * - care records lose their reach-out dates (when the facilitator contacted
 *   someone); the end date of a break stays, because the group needs it to
 *   know when the member is back, and a record left with nothing goes.
 */
function withoutPrivateNotes(bundle: GroupBundle): GroupBundle {
  return {
    ...bundle,
    meetings: bundle.meetings.map((m) => ({ ...m, notes: { ...m.notes, private: '', items: {} } })),
    personalGoals: [],
    followUps: [],
    memberCare: bundle.memberCare.filter((care) => care.breakUntil !== null).map((care) => ({ ...care, reachedOut: [] })),
  };
}

/** Without contacts, members keep their display name and partners their name; how to reach anyone goes. */
function withoutContacts(bundle: GroupBundle): GroupBundle {
  return {
    ...bundle,
    members: bundle.members.map((m) => ({ ...m, fullName: null, contact: null })),
    partners: bundle.partners.map((p) => ({ ...p, contact: '' })),
  };
}

/** One group's records from a whole record, with the private parts left out unless asked for. Throws NoSuchGroup. */
export function extractGroup(record: WholeRecord, groupId: string, include: CopyInclude): GroupBundle {
  const group = record.groups.find((g) => g.id === groupId);
  if (!group) throw new NoSuchGroup(groupId);
  let bundle = allOf(record, group);
  if (!include.privateNotes) bundle = withoutPrivateNotes(bundle);
  if (!include.contacts) bundle = withoutContacts(bundle);
  return bundle;
}
