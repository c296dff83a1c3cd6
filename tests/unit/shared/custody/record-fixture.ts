import { Database, emptyDatabase } from '#shared/storage/database';
import type { Meeting, Member } from '#shared/domain/types';
import { testGroup, testMember } from '../fixtures';

/**
 * A whole record as the custody functions get it: three groups, members with
 * full names and contacts, past meetings (archived ones merged in) with
 * private and per-item private notes, a planned meeting, surveys with
 * anonymous answers, goals, follow-ups, care records and partners with
 * contacts. Ids look like ours (20 random characters), so a search for one
 * in a file finds nothing by chance.
 */

/** Words that must never leave in a copy without private fields; the tests look for each. */
export const PRIVATE_TEXTS = {
  meetingNote: 'PRIVATE-NOTE Ana seemed low tonight',
  itemNote: 'PRIVATE-ITEM Ben mentioned his court date',
  followUp: 'PRIVATE-FOLLOWUP tension between Ana and Ben',
  followUpWho: 'Facilitator Jo',
  personalGoal: 'PRIVATE-GOAL sleep before midnight',
  fullName: 'Anastasia Quellmore',
  contact: 'ana.quellmore@example.org',
  partnerContact: 'Reverend Hollis 07700 900123',
} as const;

let counter = 0;
/** A deterministic id of our shape: 20 characters from [A-Za-z0-9]. */
export function fixtureId(tag: string): string {
  counter += 1;
  return `${tag}${String(counter)}xQ7pL2mZ9vR4tK8wN3`.slice(0, 20);
}

function member(id: string, groupId: string, name: string, extra: Partial<Member> = {}): Member {
  return { ...testMember(id, groupId, name), ...extra };
}

function meeting(id: string, groupId: string, date: string, memberIds: string[], extra: Partial<Meeting> = {}): Meeting {
  const itemA = `${id.slice(0, 10)}itemA`;
  const itemB = `${id.slice(0, 10)}itemB`;
  const ended = (extra.status ?? 'ended') === 'ended';
  const startsAt = Date.parse(`${date}T19:00:00Z`);
  return {
    id,
    groupId,
    date,
    startsAt,
    durationMinutes: 90,
    status: 'ended',
    templateId: null,
    agenda: [
      { id: itemA, kind: 'check_in_round', title: 'Check-in', minutes: 30, objective: '', perSpeakerSeconds: 120 },
      { id: itemB, kind: 'open_sharing', title: 'Open sharing', minutes: 40, objective: 'Listen', perSpeakerSeconds: null },
    ],
    roles: { facilitator: memberIds[0] ?? null, timekeeper: memberIds[1] ?? null, note_taker: null },
    roleDeclines: memberIds[2] ? [{ role: 'timekeeper', memberId: memberIds[2] }] : [],
    attendance: ended
      ? [
          ...memberIds.map((m) => ({ participantId: m, memberId: m, guestName: null, status: 'present' as const, late: false })),
          { participantId: `guest-${id.slice(0, 12)}`, memberId: null, guestName: 'Visitor', status: 'present', late: true },
        ]
      : [],
    seating: ended ? [...memberIds, `guest-${id.slice(0, 12)}`] : [],
    live: null,
    record: ended
      ? {
          startedAt: startsAt + 60_000,
          endedAt: startsAt + 90 * 60_000,
          itemActualMs: { [itemA]: 1_800_000, [itemB]: 2_400_000 },
          skippedItemIds: [],
          turns: memberIds.map((m, i) => ({ participantId: m, itemId: itemA, source: 'round' as const, durationMs: 60_000 + i, passed: i === 2 })),
        }
      : null,
    notes: ended
      ? {
          private: `${PRIVATE_TEXTS.meetingNote} (${date})`,
          items: { [itemB]: `${PRIVATE_TEXTS.itemNote} (${date})` },
          shared: `Themes: sleep, work (${date})`,
        }
      : { private: '', items: {}, shared: '' },
    checkout: ended
      ? { ratings: [0, 0, 1, 2, 1], heard: { yes: 3, somewhat: 1, no: 0 } }
      : { ratings: [0, 0, 0, 0, 0], heard: { yes: 0, somewhat: 0, no: 0 } },
    ...extra,
  };
}

export interface FixtureIds {
  groupA: string;
  groupB: string;
  groupC: string;
  membersA: string[];
  membersB: string[];
}

/** Group A is the rich one; B is a second group with the same shape; C is nearly empty. */
export function realisticRecord(): { record: Database; ids: FixtureIds } {
  const record = emptyDatabase();
  const groupA = fixtureId('gA');
  const groupB = fixtureId('gB');
  const groupC = fixtureId('gC');
  record.settings = { privateNoteRetentionMonths: 24 };
  record.room = { ...record.room, groupId: groupA };
  const ids: FixtureIds = { groupA, groupB, groupC, membersA: [], membersB: [] };

  for (const [groupId, name, memberList] of [
    [groupA, 'Tuesday Circle', ids.membersA],
    [groupB, 'Thursday Circle', ids.membersB],
  ] as const) {
    const group = testGroup(groupId, name);
    group.purpose = 'Support each other through grief';
    group.objectives = ['Meet every week', 'Welcome newcomers'];
    group.purposeVersions = [{ version: 1, purpose: group.purpose, objectives: group.objectives, adoptedAt: 1000 }];
    group.groundRules = [{ version: 1, rules: ['What is said here stays here'], adoptedAt: 1000 }];
    record.groups.push(group);

    const names = ['Ana', 'Ben', 'Cai', 'Dee'];
    for (const n of names) {
      const id = fixtureId(`m${n}`);
      memberList.push(id);
      record.members.push(
        member(id, groupId, n, {
          fullName: n === 'Ana' ? PRIVATE_TEXTS.fullName : `${n} Fullname-${name.slice(0, 3)}`,
          contact: n === 'Ana' ? PRIVATE_TEXTS.contact : `${n.toLowerCase()}@example.org`,
          checkOnMe: n !== 'Dee',
          agreement: { date: '2026-01-06', rulesVersion: 1 },
          ...(n === 'Dee' ? { status: 'on_break' as const, statusLog: [{ date: '2026-03-01', status: 'on_break' as const }] } : {}),
        }),
      );
    }
    const [m0, m1, m2] = memberList as [string, string, string];

    const templateId = fixtureId('tpl');
    record.templates.push({
      id: templateId,
      groupId,
      name: 'Usual evening',
      createdAt: 1000,
      items: [{ id: fixtureId('ti'), kind: 'welcome', title: 'Welcome', minutes: 10, objective: '', perSpeakerSeconds: null }],
    });

    const dates = ['2026-01-06', '2026-02-03', '2026-03-03', '2026-04-07'];
    const meetingIds = dates.map((date) => {
      const id = fixtureId('mt');
      record.meetings.push(meeting(id, groupId, date, [m0, m1, m2], { templateId }));
      return id;
    });
    const cancelled = fixtureId('mt');
    record.meetings.push(meeting(cancelled, groupId, '2026-04-14', [], { status: 'cancelled', attendance: [], seating: [], record: null }));
    const planned = fixtureId('mt');
    record.meetings.push(meeting(planned, groupId, '2026-05-05', [], { status: 'planned' }));
    group.reviewOffered = { meetingId: planned, sinceReview: null };

    record.actionItems.push(
      { id: fixtureId('ai'), groupId, meetingId: meetingIds[0] as string, text: 'Book the hall', ownerId: m0, due: '2026-02-01', status: 'done' },
      { id: fixtureId('ai'), groupId, meetingId: meetingIds[3] as string, text: 'Print leaflets', ownerId: null, due: null, status: 'open' },
    );

    const surveyId = fixtureId('sv');
    const q1 = fixtureId('q');
    const q2 = fixtureId('q');
    record.surveys.push({
      id: surveyId,
      groupId,
      title: 'How are we doing?',
      questions: [
        { id: q1, kind: 'rating', prompt: 'How safe do you feel?', options: [] },
        { id: q2, kind: 'text', prompt: 'Anything else?', options: [] },
      ],
    });
    group.reviews = [{ date: '2026-03-03', adoptedVersion: null, surveyId }];
    for (const [rating, text] of [
      [4, 'More breaks please'],
      [5, ''],
      [3, 'Start on time'],
    ] as const) {
      record.surveyResponses.push({ surveyId, date: '2026-03-03', answers: { [q1]: rating, [q2]: text } });
    }

    record.suggestions.push({
      id: fixtureId('sg'),
      groupId,
      text: 'A summer picnic',
      date: '2026-02-10',
      status: 'discussed',
      discussedInMeetingId: meetingIds[1] as string,
    });
    record.groupGoals.push({
      id: fixtureId('gg'),
      groupId,
      objective: 'Welcome newcomers',
      what: 'A buddy for each newcomer',
      measure: 'Every newcomer has one',
      byWhen: '2026-06-30',
      status: 'on_track',
      notes: [{ date: '2026-03-03', text: 'Two buddies so far' }],
      createdAt: 2000,
    });
    record.personalGoals.push({
      id: fixtureId('pg'),
      groupId,
      memberId: m1,
      text: PRIVATE_TEXTS.personalGoal,
      agreedOn: '2026-02-03',
      status: 'open',
      checkIns: [{ date: '2026-03-03', text: 'Better week' }],
      createdAt: 3000,
    });
    record.followUps.push({
      id: fixtureId('fu'),
      groupId,
      meetingId: meetingIds[2] as string,
      concern: PRIVATE_TEXTS.followUp,
      steps: [{ id: fixtureId('st'), text: 'Talk to both', who: PRIVATE_TEXTS.followUpWho, byWhen: '2026-03-10', done: false }],
      openedOn: '2026-03-03',
      closedOn: null,
    });
    record.memberCare.push(
      { memberId: memberList[3] as string, groupId, breakUntil: '2026-06-01', reachedOut: ['2026-03-20'] },
      { memberId: m2, groupId, breakUntil: null, reachedOut: ['2026-04-10'] },
    );
    const partnerId = fixtureId('pt');
    record.partners.push({
      id: partnerId,
      groupId,
      name: 'St Mary’s Hall',
      offers: 'A room on Tuesdays',
      alignment: 'Community care',
      contact: PRIVATE_TEXTS.partnerContact,
      createdAt: 4000,
    });
    record.events.push({
      id: fixtureId('ev'),
      groupId,
      kind: 'social',
      title: 'Summer picnic',
      date: '2026-07-04',
      startTime: '12:00',
      endTime: '15:00',
      startsAt: Date.parse('2026-07-04T11:00:00Z'),
      endsAt: Date.parse('2026-07-04T14:00:00Z'),
      place: 'The park',
      partnerId,
      description: 'Bring food to share',
      createdAt: 5000,
    });
    record.partnerEvents.push({
      id: fixtureId('pe'),
      groupId,
      partnerId,
      uid: 'abc@stmarys',
      recurrenceId: '',
      title: 'Coffee morning',
      location: 'Hall',
      allDay: false,
      date: null,
      endDate: null,
      startsAt: Date.parse('2026-05-01T09:00:00Z'),
      endsAt: Date.parse('2026-05-01T11:00:00Z'),
      importedAt: 6000,
    });
  }

  record.groups.push(testGroup(groupC, 'Quiet Group'));
  return { record: Database.parse(record), ids };
}

/** Every string in a value, keys included: to look for ids or private words anywhere in it. */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      allStrings(v, out);
    }
  }
  return out;
}
