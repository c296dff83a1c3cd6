import type { Wording } from '../i18n/translator';
import { writtenDate } from '../i18n/written-date';
import type { Database } from '../storage/database';
import { extractGroup, FULL_INCLUDE, type GroupBundle } from './group-bundle';

/**
 * Plain words about a group in a copy file, for the preview before opening
 * it and for the dialog that asks before replacing a group with it. Counts
 * and dates only: nothing private is shown, just whether it is there.
 */

/** Held meetings' dates, oldest first: cancelled and planned ones were not held. */
function heldDates(bundle: GroupBundle): string[] {
  return bundle.meetings
    .filter((m) => m.status === 'ended')
    .map((m) => m.date)
    .sort();
}

const currentMembers = (bundle: GroupBundle) => bundle.members.filter((m) => m.status !== 'left');
const meetingsWithPrivateNotes = (bundle: GroupBundle) =>
  bundle.meetings.filter((m) => m.notes.private.trim() !== '' || Object.values(m.notes.items).some((t) => t.trim() !== '')).length;
const membersWithContacts = (bundle: GroupBundle) => bundle.members.filter((m) => m.fullName || m.contact).length;
const partnersWithContacts = (bundle: GroupBundle) => bundle.partners.filter((p) => p.contact.trim() !== '').length;

export interface BundleSummary {
  groupName: string;
  /** Members who have not left. */
  members: number;
  meetingsHeld: number;
  /** ISO dates of the first and last meetings held; null when none was. */
  firstMeeting: string | null;
  lastMeeting: string | null;
  /** What the bundle actually holds (a copy's `include` says what was asked for; a group may simply have none). */
  contains: {
    privateNotes: boolean;
    /** Follow-ups, personal goals or reach-outs. */
    careRecords: boolean;
    contacts: boolean;
  };
}

export function summariseBundle(bundle: GroupBundle): BundleSummary {
  const held = heldDates(bundle);
  return {
    groupName: bundle.group.name,
    members: currentMembers(bundle).length,
    meetingsHeld: held.length,
    firstMeeting: held[0] ?? null,
    lastMeeting: held[held.length - 1] ?? null,
    contains: {
      privateNotes: meetingsWithPrivateNotes(bundle) > 0,
      careRecords: bundle.followUps.length > 0 || bundle.personalGoals.length > 0 || bundle.memberCare.some((c) => c.reachedOut.length > 0),
      contacts: membersWithContacts(bundle) + partnersWithContacts(bundle) > 0,
    },
  };
}

export interface ReplacementLine {
  label: string;
  /** What the group on this computer has. */
  now: string;
  /** What the copy file would put in its place. */
  inFile: string;
}

/** The lines, in the order the dialog shows them; each label's words are exports.copy.label.<key>. */
const LINES = ['groupName', 'members', 'meetingsHeld', 'lastMeeting', 'templates', 'goals', 'privateNotes', 'contacts'] as const;

function describe(bundle: GroupBundle, { t, locale }: Wording): Record<(typeof LINES)[number], string> {
  const held = heldDates(bundle);
  const last = held[held.length - 1];
  const notes = meetingsWithPrivateNotes(bundle);
  const care = bundle.followUps.length + bundle.personalGoals.length;
  const contacts = membersWithContacts(bundle);
  const partnerContacts = partnersWithContacts(bundle);
  return {
    groupName: bundle.group.name,
    members: t('exports.copy.members', { count: currentMembers(bundle).length }),
    meetingsHeld: t('exports.copy.meetings', { count: held.length }),
    lastMeeting: last === undefined ? t('exports.copy.noMeetingYet') : writtenDate(locale, last, 'long'),
    templates: t('exports.copy.templates', { count: bundle.templates.length }),
    goals: t('exports.copy.goals', { group: bundle.groupGoals.length, personal: bundle.personalGoals.length }),
    privateNotes:
      notes === 0 && care === 0 ? t('exports.copy.none') : t('exports.copy.privateNotes', { meetings: notes, followUps: bundle.followUps.length }),
    contacts:
      contacts + partnerContacts === 0 ? t('exports.copy.none') : t('exports.copy.contacts', { members: contacts, partners: partnerContacts }),
  };
}

/**
 * The lines a "Replace this group?" dialog shows, in the language of
 * `words`: for each, what is here now and what the file holds, so the
 * facilitator sees what would be lost. Throws NoSuchGroup.
 */
export function describeReplacement(record: Database, groupId: string, bundle: GroupBundle, words: Wording): ReplacementLine[] {
  const now = describe(extractGroup(record, groupId, FULL_INCLUDE), words);
  const inFile = describe(bundle, words);
  return LINES.map((key) => ({ label: words.t(`exports.copy.label.${key}`), now: now[key], inFile: inFile[key] }));
}
