import { describe, expect, it } from 'vitest';
import { extractGroup, GroupBundle, NoSuchGroup } from '#shared/custody/group-bundle';
import { copyOfEverything, copyOfGroup, CopyContent, handoverOf } from '#shared/custody/copy-file';
import { allStrings, PRIVATE_TEXTS, realisticRecord } from './record-fixture';

const ALL = { privateNotes: true, contacts: true };
const NONE = { privateNotes: false, contacts: false };

describe('extractGroup', () => {
  it('takes every record of the group from every collection, and nothing of the others', () => {
    const { record, ids } = realisticRecord();
    const bundle = extractGroup(record, ids.groupA, ALL);
    expect(GroupBundle.parse(bundle)).toEqual(bundle);
    expect(bundle.group.name).toBe('Tuesday Circle');
    for (const key of Object.keys(bundle) as (keyof GroupBundle)[]) {
      if (key === 'group' || key === 'surveyResponses') continue;
      const list = bundle[key];
      expect(list.length, key).toBeGreaterThan(0);
      expect(list.every((r) => r.groupId === ids.groupA)).toBe(true);
      expect(list).toEqual(record[key].filter((r) => r.groupId === ids.groupA));
    }
    // Responses belong to the group through their survey.
    const surveyIds = bundle.surveys.map((s) => s.id);
    expect(bundle.surveyResponses).toHaveLength(3);
    expect(bundle.surveyResponses.every((r) => surveyIds.includes(r.surveyId))).toBe(true);
    expect(allStrings(bundle)).not.toContain(ids.groupB);
  });

  it('keeps private notes, care records and contacts when asked for', () => {
    const { record, ids } = realisticRecord();
    const text = JSON.stringify(extractGroup(record, ids.groupA, ALL));
    for (const word of Object.values(PRIVATE_TEXTS)) expect(text).toContain(word);
  });

  it('without private notes: no private or per-item note, follow-up or personal goal; reach-outs go, break ends stay', () => {
    const { record, ids } = realisticRecord();
    const bundle = extractGroup(record, ids.groupA, { privateNotes: false, contacts: true });
    const text = JSON.stringify(bundle);
    for (const word of [
      PRIVATE_TEXTS.meetingNote,
      PRIVATE_TEXTS.itemNote,
      PRIVATE_TEXTS.followUp,
      PRIVATE_TEXTS.followUpWho,
      PRIVATE_TEXTS.personalGoal,
    ]) {
      expect(text).not.toContain(word);
    }
    expect(bundle.meetings.every((m) => m.notes.private === '' && Object.keys(m.notes.items).length === 0)).toBe(true);
    expect(bundle.followUps).toEqual([]);
    expect(bundle.personalGoals).toEqual([]);
    expect(bundle.memberCare).toEqual([{ memberId: ids.membersA[3], groupId: ids.groupA, breakUntil: '2026-06-01', reachedOut: [] }]);
    // What the group shares stays.
    expect(bundle.meetings.filter((m) => m.notes.shared.startsWith('Themes')).length).toBe(4);
    expect(bundle.meetings[0]?.attendance).toEqual(record.meetings.find((m) => m.id === bundle.meetings[0]?.id)?.attendance);
    expect(bundle.meetings[0]?.checkout.heard.yes).toBe(3);
    expect(bundle.surveyResponses).toHaveLength(3);
    expect(bundle.suggestions).toHaveLength(1);
    expect(bundle.groupGoals[0]?.notes).toHaveLength(1);
    // Contacts were asked for.
    expect(text).toContain(PRIVATE_TEXTS.contact);
  });

  it('without contacts: no full name or contact for members, no partner contact; display names stay', () => {
    const { record, ids } = realisticRecord();
    const bundle = extractGroup(record, ids.groupA, { privateNotes: true, contacts: false });
    expect(bundle.members.every((m) => m.fullName === null && m.contact === null)).toBe(true);
    expect(bundle.partners.every((p) => p.contact === '')).toBe(true);
    expect(bundle.members.map((m) => m.displayName)).toEqual(['Ana', 'Ben', 'Cai', 'Dee']);
    const text = JSON.stringify(bundle);
    for (const word of [PRIVATE_TEXTS.fullName, PRIVATE_TEXTS.contact, PRIVATE_TEXTS.partnerContact]) expect(text).not.toContain(word);
    expect(text).toContain(PRIVATE_TEXTS.meetingNote);
  });

  it('does not change the record it reads', () => {
    const { record, ids } = realisticRecord();
    const before = structuredClone(record);
    extractGroup(record, ids.groupA, NONE);
    expect(record).toEqual(before);
  });

  it('says so when the group is not there', () => {
    const { record } = realisticRecord();
    expect(() => extractGroup(record, 'nope', ALL)).toThrow(NoSuchGroup);
  });
});

describe('copy contents', () => {
  it('a copy of everything holds every group and the settings, and validates', () => {
    const { record } = realisticRecord();
    const copy = copyOfEverything(record, 1_800_000_000_000);
    expect(CopyContent.parse(copy)).toEqual(copy);
    expect(copy.kind).toBe('everything');
    expect(copy.groups.map((g) => g.group.name)).toEqual(['Tuesday Circle', 'Thursday Circle', 'Quiet Group']);
    expect(copy.settings).toEqual({ privateNoteRetentionMonths: 24 });
    expect(copy.include).toEqual(ALL);
    const total = copy.groups.reduce((n, g) => n + g.meetings.length, 0);
    expect(total).toBe(record.meetings.length);
  });

  it('a copy of one group holds it alone, without settings', () => {
    const { record, ids } = realisticRecord();
    const copy = copyOfGroup(record, ids.groupB, 5);
    expect(CopyContent.parse(copy)).toEqual(copy);
    expect(copy.groups).toHaveLength(1);
    expect(copy.groups[0]?.group.id).toBe(ids.groupB);
    expect(copy.settings).toBeUndefined();
  });

  it('a handover leaves out private notes and contacts unless asked', () => {
    const { record, ids } = realisticRecord();
    const bare = handoverOf(record, ids.groupA, 5);
    expect(bare.include).toEqual(NONE);
    const text = JSON.stringify(bare);
    for (const word of Object.values(PRIVATE_TEXTS)) expect(text).not.toContain(word);
    const full = handoverOf(record, ids.groupA, 5, ALL);
    for (const word of Object.values(PRIVATE_TEXTS)) expect(JSON.stringify(full)).toContain(word);
  });

  it('refuses settings in a one-group copy and two groups in a handover', () => {
    const { record, ids } = realisticRecord();
    const one = copyOfGroup(record, ids.groupA, 5);
    expect(CopyContent.safeParse({ ...one, settings: record.settings }).success).toBe(false);
    const two = copyOfEverything(record, 5);
    expect(CopyContent.safeParse({ ...two, kind: 'handover', settings: undefined }).success).toBe(false);
  });
});
