import type { Meeting } from '../domain/types';
import type { LiveState, MeetingRecord } from '../live/live-state';
import type { GroupBundle } from './group-bundle';

/**
 * Rewrites every id in a bundle through one function, field by field: each
 * record's own id and every reference to one (members in attendance, turns,
 * seating, roles and declines; agenda items in notes, timings and rounds;
 * questions in answers; meetings, surveys, templates and partners wherever
 * they are named). A field-by-field list rather than a search for strings
 * equal to an id, so free text that happens to match an id is never touched.
 *
 * Passing a function that records what it sees lists every id the bundle
 * uses; passing one that hands out fresh ids (the same one each time for the
 * same old id) makes an independent copy.
 *
 * When a field holding an id is added to a record kind, it must be added
 * here too: the merge tests look for every old id in the result.
 */
export type MapId = (id: string) => string;

function mapKeys<T>(record: Readonly<Record<string, T>>, mapId: MapId): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [mapId(key), value]));
}

function remapLive(live: LiveState, mapId: MapId): LiveState {
  return {
    ...live,
    itemActualMs: mapKeys(live.itemActualMs, mapId),
    extraMinutes: mapKeys(live.extraMinutes, mapId),
    skippedItemIds: live.skippedItemIds.map(mapId),
    speaker: live.speaker && { ...live.speaker, participantId: mapId(live.speaker.participantId) },
    round: live.round && {
      ...live.round,
      itemId: mapId(live.round.itemId),
      remaining: live.round.remaining.map(mapId),
      passed: live.round.passed.map(mapId),
    },
    queue: live.queue.map((q) => ({ ...q, participantId: mapId(q.participantId) })),
    turns: live.turns.map((t) => ({ ...t, participantId: mapId(t.participantId), itemId: mapId(t.itemId) })),
  };
}

function remapRecord(record: MeetingRecord, mapId: MapId): MeetingRecord {
  return {
    ...record,
    itemActualMs: mapKeys(record.itemActualMs, mapId),
    skippedItemIds: record.skippedItemIds.map(mapId),
    turns: record.turns.map((t) => ({ ...t, participantId: mapId(t.participantId), itemId: mapId(t.itemId) })),
  };
}

const maybe = (id: string | null, mapId: MapId): string | null => (id === null ? null : mapId(id));

function remapMeeting(m: Meeting, mapId: MapId): Meeting {
  return {
    ...m,
    id: mapId(m.id),
    groupId: mapId(m.groupId),
    templateId: maybe(m.templateId, mapId),
    agenda: m.agenda.map((item) => ({ ...item, id: mapId(item.id) })),
    roles: {
      facilitator: maybe(m.roles.facilitator, mapId),
      timekeeper: maybe(m.roles.timekeeper, mapId),
      note_taker: maybe(m.roles.note_taker, mapId),
    },
    roleDeclines: m.roleDeclines.map((d) => ({ ...d, memberId: mapId(d.memberId) })),
    attendance: m.attendance.map((a) => ({ ...a, participantId: mapId(a.participantId), memberId: maybe(a.memberId, mapId) })),
    seating: m.seating.map(mapId),
    live: m.live && remapLive(m.live, mapId),
    record: m.record && remapRecord(m.record, mapId),
    notes: { ...m.notes, items: mapKeys(m.notes.items, mapId) },
  };
}

export function remapBundle(bundle: GroupBundle, mapId: MapId): GroupBundle {
  const g = bundle.group;
  const owned = { groupId: mapId(g.id) };
  return {
    group: {
      ...g,
      id: owned.groupId,
      reviews: g.reviews.map((r) => ({ ...r, surveyId: maybe(r.surveyId, mapId) })),
      reviewOffered: g.reviewOffered && { ...g.reviewOffered, meetingId: mapId(g.reviewOffered.meetingId) },
    },
    members: bundle.members.map((m) => ({ ...m, ...owned, id: mapId(m.id) })),
    templates: bundle.templates.map((t) => ({ ...t, ...owned, id: mapId(t.id), items: t.items.map((i) => ({ ...i, id: mapId(i.id) })) })),
    meetings: bundle.meetings.map((m) => remapMeeting(m, mapId)),
    actionItems: bundle.actionItems.map((a) => ({
      ...a,
      ...owned,
      id: mapId(a.id),
      meetingId: mapId(a.meetingId),
      ownerId: maybe(a.ownerId, mapId),
    })),
    surveys: bundle.surveys.map((s) => ({ ...s, ...owned, id: mapId(s.id), questions: s.questions.map((q) => ({ ...q, id: mapId(q.id) })) })),
    surveyResponses: bundle.surveyResponses.map((r) => ({ ...r, surveyId: mapId(r.surveyId), answers: mapKeys(r.answers, mapId) })),
    suggestions: bundle.suggestions.map((s) => ({ ...s, ...owned, id: mapId(s.id), discussedInMeetingId: maybe(s.discussedInMeetingId, mapId) })),
    groupGoals: bundle.groupGoals.map((goal) => ({ ...goal, ...owned, id: mapId(goal.id) })),
    personalGoals: bundle.personalGoals.map((goal) => ({ ...goal, ...owned, id: mapId(goal.id), memberId: mapId(goal.memberId) })),
    followUps: bundle.followUps.map((f) => ({
      ...f,
      ...owned,
      id: mapId(f.id),
      meetingId: maybe(f.meetingId, mapId),
      steps: f.steps.map((s) => ({ ...s, id: mapId(s.id) })),
    })),
    memberCare: bundle.memberCare.map((c) => ({ ...c, ...owned, memberId: mapId(c.memberId) })),
    partners: bundle.partners.map((p) => ({ ...p, ...owned, id: mapId(p.id) })),
    events: bundle.events.map((e) => ({ ...e, ...owned, id: mapId(e.id), partnerId: maybe(e.partnerId, mapId) })),
    partnerEvents: bundle.partnerEvents.map((e) => ({ ...e, ...owned, id: mapId(e.id), partnerId: mapId(e.partnerId) })),
  };
}

/** Every id a bundle uses, its own and those it refers to. */
export function idsIn(bundle: GroupBundle): Set<string> {
  const seen = new Set<string>();
  remapBundle(bundle, (id) => {
    seen.add(id);
    return id;
  });
  return seen;
}

const GUEST_PREFIX = 'guest-';

/**
 * A MapId that gives each old id one fresh id, the same every time it is
 * asked. A walk-in guest's participant id keeps its "guest-" prefix, which
 * the backend's attendance code writes and the tests read.
 */
export function freshIds(newId: () => string, keep: (id: string) => string | undefined = () => undefined): MapId {
  const given = new Map<string, string>();
  return (id) => {
    const kept = keep(id);
    if (kept !== undefined) return kept;
    let fresh = given.get(id);
    if (fresh === undefined) {
      fresh = id.startsWith(GUEST_PREFIX) ? `${GUEST_PREFIX}${newId()}` : newId();
      given.set(id, fresh);
    }
    return fresh;
  };
}
