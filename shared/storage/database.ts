import { z } from 'zod';
import { AgendaTemplate, Group, Meeting, Member, RoomState } from '../domain/types';
import { ActionItem } from '../actions/action-items';
import { Settings } from '../settings/settings';
import { Suggestion } from '../feedback/suggestions';
import { Survey, SurveyResponse } from '../feedback/surveys';
import { GroupGoal, PersonalGoal } from '../sustain/goals';
import { FollowUp } from '../sustain/follow-ups';
import { MemberCare } from '../sustain/drift';
import { GroupEvent, Partner, PartnerEvent } from '../partners/partners';

/**
 * Version 3 splits the record by how often it changes: the hot file holds
 * what a meeting night touches; meetings that ended (or were cancelled) live
 * in per-group, per-year archives with a digest each (see layout.ts).
 * Version 4 gives each member a dated log of status changes (Member.statusLog),
 * so the reports can say who was on a break in a past quarter. Archives and
 * digests kept their version 3 shape (layout.ts, ARCHIVE_SCHEMA_VERSION).
 * Version 5 keeps what sustains a group: versions of its purpose and
 * objectives, its reviews and check-in threshold (on the group), group and
 * personal goals, the facilitator's private follow-ups, members' breaks and
 * reach-outs (memberCare, only for members it concerns), and where the pause
 * key returns the room to. Only the hot file changed.
 * Version 6 adds partner organisations, the group's own events (workshops,
 * socials, ...) and the events imported from partners' calendars (a capped
 * number per partner). Only the hot file changed.
 * Version 7 gives each group the language of the room's screen
 * (Group.roomLocale), English for every group that had none. Only the hot
 * file changed.
 */
export const CURRENT_SCHEMA_VERSION = 7;
/** The first version that keeps past meetings in archives rather than in the one file. */
export const FIRST_ARCHIVED_VERSION = 3;

const collections = {
  groups: z.array(Group),
  members: z.array(Member),
  templates: z.array(AgendaTemplate),
  meetings: z.array(Meeting),
  actionItems: z.array(ActionItem),
  surveys: z.array(Survey),
  surveyResponses: z.array(SurveyResponse),
  suggestions: z.array(Suggestion),
  groupGoals: z.array(GroupGoal),
  personalGoals: z.array(PersonalGoal),
  followUps: z.array(FollowUp),
  memberCare: z.array(MemberCare),
  partners: z.array(Partner),
  events: z.array(GroupEvent),
  partnerEvents: z.array(PartnerEvent),
  settings: Settings,
  room: RoomState,
};

/**
 * The data a command works on. On disk it is the hot file, whose `meetings`
 * are only those not yet held (planned or live) and whose `actionItems` are
 * the open ones and those of hot meetings. A command that needs a past
 * meeting gets it added to its working copy (DataStore.workingSet).
 */
export const Database = z.strictObject({ schemaVersion: z.literal(CURRENT_SCHEMA_VERSION), ...collections });
export type Database = z.infer<typeof Database>;

/** A group as versions 5 and 6 stored it: no room language. */
export const GroupV6 = Group.omit({ roomLocale: true });
export type GroupV6 = z.infer<typeof GroupV6>;

/** Version 6: the hot file of version 7, groups without their room language. Read only by the migration. */
export const DatabaseV6 = z.strictObject({ schemaVersion: z.literal(6), ...collections, groups: z.array(GroupV6) });
export type DatabaseV6 = z.infer<typeof DatabaseV6>;

/** Version 5: the hot file of version 6 without partners and events. Read only by the migration. */
export const DatabaseV5 = DatabaseV6.omit({ partners: true, events: true, partnerEvents: true }).extend({ schemaVersion: z.literal(5) });
export type DatabaseV5 = z.infer<typeof DatabaseV5>;

/** A group as versions 2 to 4 stored it: no purpose versions, reviews or check-in threshold. */
export const GroupV4 = GroupV6.omit({ purposeVersions: true, reviews: true, reviewOffered: true, checkInAfterMissed: true });
export type GroupV4 = z.infer<typeof GroupV4>;
/** The room as versions 1 to 4 stored it: no pause key. */
export const RoomStateV4 = RoomState.omit({ modeBeforePause: true });
const collectionsV4 = {
  groups: z.array(GroupV4),
  members: collections.members,
  templates: collections.templates,
  meetings: collections.meetings,
  actionItems: collections.actionItems,
  surveys: collections.surveys,
  surveyResponses: collections.surveyResponses,
  suggestions: collections.suggestions,
  settings: collections.settings,
  room: RoomStateV4,
};

/** Version 4: the hot file of version 5 without what sustains a group. Read only by the migration. */
export const DatabaseV4 = z.strictObject({ schemaVersion: z.literal(4), ...collectionsV4 });
export type DatabaseV4 = z.infer<typeof DatabaseV4>;

/** A member as versions 2 and 3 stored them: no status log. */
export const MemberV3 = Member.omit({ statusLog: true });
export type MemberV3 = z.infer<typeof MemberV3>;
const collectionsV3 = { ...collectionsV4, members: z.array(MemberV3) };

/** Version 3: the hot file of version 4, members without their status log. Read only by the migration. */
export const DatabaseV3 = z.strictObject({ schemaVersion: z.literal(3), ...collectionsV3 });
export type DatabaseV3 = z.infer<typeof DatabaseV3>;

/** Version 2: the records of version 3, every meeting ever held in the one file. Read only by the migration. */
export const DatabaseV2 = z.strictObject({ schemaVersion: z.literal(2), ...collectionsV3 });
export type DatabaseV2 = z.infer<typeof DatabaseV2>;

/** The schema of each record kind, so a command's changes can be checked one record at a time. */
export const recordSchemas = {
  groups: Group,
  members: Member,
  templates: AgendaTemplate,
  meetings: Meeting,
  actionItems: ActionItem,
  surveys: Survey,
  surveyResponses: SurveyResponse,
  suggestions: Suggestion,
  groupGoals: GroupGoal,
  personalGoals: PersonalGoal,
  followUps: FollowUp,
  memberCare: MemberCare,
  partners: Partner,
  events: GroupEvent,
  partnerEvents: PartnerEvent,
} as const;
export type CollectionName = keyof typeof recordSchemas;
export const collectionNames = Object.keys(recordSchemas) as CollectionName[];

export function emptyDatabase(): Database {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    groups: [],
    members: [],
    templates: [],
    meetings: [],
    actionItems: [],
    surveys: [],
    surveyResponses: [],
    suggestions: [],
    groupGoals: [],
    personalGoals: [],
    followUps: [],
    memberCare: [],
    partners: [],
    events: [],
    partnerEvents: [],
    settings: { privateNoteRetentionMonths: null },
    room: { groupId: null, mode: 'auto', modeBeforeBlank: 'auto', modeBeforePause: 'auto', message: '', timerDisplay: 'numbers' },
  };
}
