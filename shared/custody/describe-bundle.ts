import { plural } from '../text/plural';
import type { Database } from '../storage/database';
import { extractGroup, FULL_INCLUDE, type GroupBundle } from './group-bundle';

/**
 * Plain words about a group in a copy file, for the preview before opening
 * it and for the dialog that asks before replacing a group with it. Counts
 * and dates only: nothing private is shown, just whether it is there.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-04-07" → "7 April 2026": a date as the facilitator would write it, with no time zone to get wrong. */
export function spokenDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = MONTHS[(month ?? 0) - 1];
  return monthName === undefined || day === undefined ? iso : `${String(day)} ${monthName} ${String(year)}`;
}

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

function describe(bundle: GroupBundle): Record<string, string> {
  const held = heldDates(bundle);
  const last = held[held.length - 1];
  const notes = meetingsWithPrivateNotes(bundle);
  const care = bundle.followUps.length + bundle.personalGoals.length;
  const contacts = membersWithContacts(bundle);
  const partnerContacts = partnersWithContacts(bundle);
  return {
    'Group name': bundle.group.name,
    Members: plural(currentMembers(bundle).length, 'member'),
    'Meetings held': plural(held.length, 'meeting'),
    'Last meeting': last === undefined ? 'none held yet' : spokenDate(last),
    'Agenda templates': plural(bundle.templates.length, 'template'),
    Goals: `${plural(bundle.groupGoals.length, 'group goal')}, ${plural(bundle.personalGoals.length, 'personal goal')}`,
    'Private notes': notes === 0 && care === 0 ? 'none' : `in ${plural(notes, 'meeting')}, ${plural(bundle.followUps.length, 'follow-up')}`,
    'Contact details': contacts + partnerContacts === 0 ? 'none' : `for ${plural(contacts, 'member')} and ${plural(partnerContacts, 'partner')}`,
  };
}

/**
 * The lines a "Replace this group?" dialog shows: for each, what is here now
 * and what the file holds, so the facilitator sees what would be lost.
 * Throws NoSuchGroup.
 */
export function describeReplacement(record: Database, groupId: string, bundle: GroupBundle): ReplacementLine[] {
  const now = describe(extractGroup(record, groupId, FULL_INCLUDE));
  const inFile = describe(bundle);
  return Object.keys(now).map((label) => ({ label, now: now[label] ?? '', inFile: inFile[label] ?? '' }));
}
