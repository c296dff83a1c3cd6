import { describe, expect, it } from 'vitest';
import { Database } from '#shared/storage/database';
import type { Meeting } from '#shared/domain/types';
import { initialLiveState } from '#shared/live/live-state';
import { extractGroup, NoSuchGroup, type GroupBundle } from '#shared/custody/group-bundle';
import { addAsNewGroup, describeReplacement, nameForCopy, replaceGroup, summariseBundle } from '#shared/custody/merge-bundle';
import { idsIn } from '#shared/custody/remap-bundle';
import { allStrings, realisticRecord } from './record-fixture';
import { wording } from '../i18n/wording';

const ALL = { privateNotes: true, contacts: true };

function idMaker(prefix: string): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}${String(n).padStart(6, '0')}`;
  };
}

/** The bundle of the group with this name in a record. */
function bundleNamed(record: Database, name: string): GroupBundle {
  const group = record.groups.find((g) => g.name === name);
  if (!group) throw new Error(`no group ${name}`);
  return extractGroup(record, group.id, ALL);
}

/** A bundle with its ids taken out, to compare content across a remap. */
function withoutIds(bundle: GroupBundle, ids: Set<string>): unknown {
  return JSON.parse(JSON.stringify(bundle), function (this: unknown, key, value: unknown) {
    if (typeof value === 'string' && ids.has(value)) return '<id>';
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [ids.has(k) ? `<id:${String(Object.keys(value).indexOf(k))}>` : k, v]));
    }
    return value;
  });
}

describe('addAsNewGroup', () => {
  it('adds a group with every id fresh, the content the same, and a valid record', () => {
    const { record, ids } = realisticRecord();
    const bundle = extractGroup(record, ids.groupA, ALL);
    const merged = Database.parse(addAsNewGroup(record, bundle, idMaker('new')));
    expect(merged.groups).toHaveLength(4);
    const added = bundleNamed(merged, 'Tuesday Circle (copy)');
    const oldIds = idsIn(bundle);
    const newIds = idsIn(added);
    expect(newIds.size).toBe(oldIds.size);
    // No old id survives anywhere in the added group, not even as a key.
    const strings = new Set(allStrings(added));
    for (const id of oldIds) expect(strings.has(id), id).toBe(false);
    // Guests keep their prefix.
    expect(added.meetings[0]?.attendance.find((a) => a.memberId === null)?.participantId).toMatch(/^guest-new\d+$/);
    // Same content once ids are set aside.
    expect(withoutIds({ ...added, group: { ...added.group, name: bundle.group.name } }, newIds)).toEqual(withoutIds(bundle, oldIds));
    // The original group is untouched.
    expect(extractGroup(merged, ids.groupA, ALL)).toEqual(bundle);
  });

  it('keeps cross-references pointing at the new records', () => {
    const { record, ids } = realisticRecord();
    const merged = addAsNewGroup(record, extractGroup(record, ids.groupA, ALL), idMaker('new'));
    const added = bundleNamed(merged, 'Tuesday Circle (copy)');
    const memberIds = new Set(added.members.map((m) => m.id));
    const meetingIds = new Set(added.meetings.map((m) => m.id));
    const held = added.meetings.filter((m) => m.status === 'ended');
    for (const m of held) {
      const itemIds = new Set(m.agenda.map((i) => i.id));
      const participants = new Set(m.attendance.map((a) => a.participantId));
      expect(m.attendance.every((a) => a.memberId === null || memberIds.has(a.memberId))).toBe(true);
      expect(m.seating.every((p) => participants.has(p))).toBe(true);
      expect(m.record?.turns.every((t) => participants.has(t.participantId) && itemIds.has(t.itemId))).toBe(true);
      expect(Object.keys(m.notes.items).every((k) => itemIds.has(k))).toBe(true);
      expect(Object.keys(m.record?.itemActualMs ?? {}).every((k) => itemIds.has(k))).toBe(true);
      expect([m.roles.facilitator, m.roles.timekeeper].every((r) => r !== null && memberIds.has(r))).toBe(true);
      expect(m.roleDeclines.every((d) => memberIds.has(d.memberId))).toBe(true);
      expect(m.templateId).toBe(added.templates[0]?.id);
    }
    expect(added.actionItems.every((a) => meetingIds.has(a.meetingId) && (a.ownerId === null || memberIds.has(a.ownerId)))).toBe(true);
    expect(added.personalGoals.every((g) => memberIds.has(g.memberId))).toBe(true);
    expect(added.memberCare.every((c) => memberIds.has(c.memberId))).toBe(true);
    expect(added.followUps.every((f) => f.meetingId !== null && meetingIds.has(f.meetingId))).toBe(true);
    expect(added.suggestions.every((s) => s.discussedInMeetingId !== null && meetingIds.has(s.discussedInMeetingId))).toBe(true);
    const partnerIds = new Set(added.partners.map((p) => p.id));
    expect(added.partnerEvents.every((e) => partnerIds.has(e.partnerId))).toBe(true);
    expect(added.events.every((e) => e.partnerId !== null && partnerIds.has(e.partnerId))).toBe(true);
    const survey = added.surveys[0];
    const questionIds = new Set(survey?.questions.map((q) => q.id));
    expect(added.surveyResponses).toHaveLength(3);
    expect(added.surveyResponses.every((r) => r.surveyId === survey?.id && Object.keys(r.answers).every((k) => questionIds.has(k)))).toBe(true);
    expect(added.group.reviews[0]?.surveyId).toBe(survey?.id);
    expect(added.group.reviewOffered && meetingIds.has(added.group.reviewOffered.meetingId)).toBe(true);
  });

  it('remaps a meeting caught mid-way too: speaker, round, queue, timings and turns', () => {
    const { record, ids } = realisticRecord();
    const bundle = extractGroup(record, ids.groupA, ALL);
    const held = bundle.meetings[0];
    if (!held?.record) throw new Error('fixture has no held meeting');
    const [itemA, itemB] = held.agenda.map((i) => i.id) as [string, string];
    const [p0, p1, p2] = held.seating as [string, string, string];
    const live: Meeting = {
      ...held,
      status: 'live',
      record: null,
      live: {
        ...initialLiveState(held.startsAt),
        itemActualMs: { [itemA]: 1000 },
        extraMinutes: { [itemB]: 5 },
        skippedItemIds: [itemB],
        speaker: { participantId: p0, source: 'round', timer: { startedAt: null, elapsedBeforeMs: 0 }, limitMs: null },
        round: { itemId: itemA, remaining: [p1], passed: [p2], offeringPasses: false },
        queue: [{ participantId: p2, raisedAt: 5 }],
        turns: held.record.turns,
      },
    };
    const withLive = { ...bundle, meetings: [live] };
    const added = bundleNamed(addAsNewGroup(record, withLive, idMaker('new')), 'Tuesday Circle (copy)');
    const strings = new Set(allStrings(added));
    for (const id of idsIn(withLive)) expect(strings.has(id), id).toBe(false);
    const newLive = added.meetings[0]?.live;
    const participants = new Set(added.meetings[0]?.attendance.map((a) => a.participantId));
    expect(newLive?.speaker && participants.has(newLive.speaker.participantId)).toBe(true);
    expect(newLive?.round?.remaining.every((p) => participants.has(p))).toBe(true);
    expect(newLive?.queue.every((q) => participants.has(q.participantId))).toBe(true);
  });

  it('twice gives two independent groups that share no id', () => {
    const { record, ids } = realisticRecord();
    const bundle = extractGroup(record, ids.groupA, ALL);
    const once = addAsNewGroup(record, bundle, idMaker('one'));
    const twice = Database.parse(addAsNewGroup(once, bundle, idMaker('two')));
    expect(twice.groups.map((g) => g.name)).toEqual([
      'Tuesday Circle',
      'Thursday Circle',
      'Quiet Group',
      'Tuesday Circle (copy)',
      'Tuesday Circle (copy 2)',
    ]);
    const first = idsIn(bundleNamed(twice, 'Tuesday Circle (copy)'));
    const second = idsIn(bundleNamed(twice, 'Tuesday Circle (copy 2)'));
    const original = idsIn(bundle);
    for (const id of second) {
      expect(first.has(id)).toBe(false);
      expect(original.has(id)).toBe(false);
    }
    expect(twice.members).toHaveLength(record.members.length + 8);
  });

  it('keeps the name when no group has it, and shortens a long one to fit', () => {
    expect(nameForCopy('Fresh', ['Tuesday Circle'])).toBe('Fresh');
    expect(nameForCopy('tuesday circle', ['Tuesday Circle'])).toBe('tuesday circle (copy)');
    const long = 'x'.repeat(80);
    expect(nameForCopy(long, [long])).toHaveLength(80);
    expect(nameForCopy(long, [long])).toMatch(/\(copy\)$/);
  });

  it('does not change the record it was given', () => {
    const { record, ids } = realisticRecord();
    const before = structuredClone(record);
    addAsNewGroup(record, extractGroup(record, ids.groupA, ALL), idMaker('n'));
    expect(record).toEqual(before);
  });
});

describe('replaceGroup', () => {
  it('puts the file’s records in place of the group’s, under its id, and leaves other groups untouched', () => {
    const { record, ids } = realisticRecord();
    const fromB = extractGroup(record, ids.groupB, { privateNotes: false, contacts: false });
    const replaced = Database.parse(replaceGroup(record, ids.groupA, fromB, idMaker('r')));
    expect(replaced.groups.map((g) => g.id)).toEqual([ids.groupA, ids.groupB, ids.groupC]);
    expect(replaced.groups[0]?.name).toBe('Thursday Circle');
    // Other groups exactly as they were.
    expect(extractGroup(replaced, ids.groupB, ALL)).toEqual(extractGroup(record, ids.groupB, ALL));
    expect(extractGroup(replaced, ids.groupC, ALL)).toEqual(extractGroup(record, ids.groupC, ALL));
    expect(replaced.settings).toEqual(record.settings);
    expect(replaced.room).toEqual(record.room);
    // Nothing of the old group A is left.
    const oldA = idsIn(extractGroup(record, ids.groupA, ALL));
    oldA.delete(ids.groupA);
    const strings = new Set(allStrings(replaced));
    for (const id of oldA) expect(strings.has(id), id).toBe(false);
    // B's ids were taken by B, so A's new records got fresh ones: the two groups share none but nothing else.
    const newA = idsIn(extractGroup(replaced, ids.groupA, ALL));
    const stillB = idsIn(extractGroup(replaced, ids.groupB, ALL));
    for (const id of newA) expect(stillB.has(id)).toBe(false);
    const a = extractGroup(replaced, ids.groupA, ALL);
    expect(a.members.map((m) => m.displayName)).toEqual(['Ana', 'Ben', 'Cai', 'Dee']);
    expect(a.members.every((m) => m.fullName === null)).toBe(true);
    expect(a.surveyResponses).toHaveLength(3);
    expect(replaced.surveyResponses).toHaveLength(record.surveyResponses.length);
  });

  it('restores a copy of the same group as it was, ids and all', () => {
    const { record, ids } = realisticRecord();
    const saved = extractGroup(record, ids.groupA, ALL);
    const later = addAsNewGroup(record, saved, idMaker('x'));
    const edited = { ...later, members: later.members.filter((m) => m.id !== ids.membersA[0]) };
    const restored = Database.parse(replaceGroup(edited, ids.groupA, saved, idMaker('r')));
    expect(extractGroup(restored, ids.groupA, ALL)).toEqual(saved);
  });

  it('says so when the group is not there', () => {
    const { record, ids } = realisticRecord();
    expect(() => replaceGroup(record, 'gone', extractGroup(record, ids.groupA, ALL), idMaker('r'))).toThrow(NoSuchGroup);
  });
});

describe('describing a bundle', () => {
  it('summarises a group for the preview', () => {
    const { record, ids } = realisticRecord();
    expect(summariseBundle(extractGroup(record, ids.groupA, ALL))).toEqual({
      groupName: 'Tuesday Circle',
      members: 4,
      meetingsHeld: 4,
      firstMeeting: '2026-01-06',
      lastMeeting: '2026-04-07',
      contains: { privateNotes: true, careRecords: true, contacts: true },
    });
    expect(summariseBundle(extractGroup(record, ids.groupA, { privateNotes: false, contacts: false })).contains).toEqual({
      privateNotes: false,
      careRecords: false,
      contacts: false,
    });
    expect(summariseBundle(extractGroup(record, ids.groupC, ALL))).toMatchObject({
      members: 0,
      meetingsHeld: 0,
      firstMeeting: null,
      lastMeeting: null,
    });
  });

  it('lines up what is here and what the file holds, in plain words', () => {
    const { record, ids } = realisticRecord();
    const bare = extractGroup(record, ids.groupA, { privateNotes: false, contacts: false });
    const lines = describeReplacement(record, ids.groupC, bare, wording('en'));
    expect(lines).toEqual([
      { label: 'Group name', now: 'Quiet Group', inFile: 'Tuesday Circle' },
      { label: 'Members', now: '0 members', inFile: '4 members' },
      { label: 'Meetings held', now: '0 meetings', inFile: '4 meetings' },
      { label: 'Last meeting', now: 'none held yet', inFile: '7 April 2026' },
      { label: 'Agenda templates', now: '0 templates', inFile: '1 template' },
      { label: 'Goals', now: '0 group goals, 0 personal goals', inFile: '1 group goal, 0 personal goals' },
      { label: 'Private notes', now: 'none', inFile: 'none' },
      { label: 'Contact details', now: 'none', inFile: 'none' },
    ]);
    const full = describeReplacement(record, ids.groupA, extractGroup(record, ids.groupA, ALL), wording('en'));
    expect(full.find((l) => l.label === 'Private notes')).toEqual({
      label: 'Private notes',
      now: 'in 4 meetings, 1 follow-up',
      inFile: 'in 4 meetings, 1 follow-up',
    });
    expect(full.find((l) => l.label === 'Contact details')?.now).toBe('for 4 members and 1 partner');
    expect(() => describeReplacement(record, 'gone', bare, wording('en'))).toThrow(NoSuchGroup);
  });
});
