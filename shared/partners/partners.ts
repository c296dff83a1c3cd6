import { z } from 'zod';
import { issueSentence } from '../contract/error-message';
import { choice } from '../domain/fields';
import { EntityId, optionalText, shortText } from '../domain/names';
import { ClockTime, StoredIsoDate } from '../schedule/schedule';

/**
 * Partner organisations, the group's own events beside its meetings, and
 * the events imported from a partner's calendar. A partner's contact is
 * private: never projected, never exported unless the facilitator asks.
 */
export const PARTNERS_PER_GROUP_MAX = 100;
export const EVENTS_PER_GROUP_MAX = 500;

export const Partner = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  name: shortText('A partner’s name', 80),
  /** What they offer: a workshop room, a counsellor, a noticeboard. */
  offers: optionalText('What the partner offers', 300),
  /** How they align with the group's purpose. */
  alignment: optionalText('How the partner fits the group’s purpose', 300),
  /** Private: who to call or write to. Never on the room screen; exported only when asked for. */
  contact: optionalText('The partner’s contact', 200),
  createdAt: z.number().int().nonnegative(),
});
export type Partner = z.infer<typeof Partner>;

export const EventKind = choice(['workshop', 'social', 'community_event', 'volunteering'], 'Choose what kind of event this is', {
  community_event: 'community event',
  volunteering: 'volunteering day',
});
export type EventKind = z.infer<typeof EventKind>;

/**
 * One of the group's own events. The date and times are as the facilitator
 * gave them, in the group's time zone; startsAt and endsAt are the instants
 * they name there (worked out once, as a meeting's are).
 */
export const GroupEvent = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  kind: EventKind,
  title: shortText('An event title', 80),
  date: StoredIsoDate,
  startTime: ClockTime,
  endTime: ClockTime,
  startsAt: z.number().int(),
  endsAt: z.number().int(),
  place: optionalText('Where the event is', 200),
  partnerId: EntityId.nullable(),
  /** Public: may be projected and exported. */
  description: optionalText('The event’s description', 300),
  createdAt: z.number().int().nonnegative(),
});
export type GroupEvent = z.infer<typeof GroupEvent>;

/** The most text a calendar import reads; a bigger file is refused before parsing. */
export const CALENDAR_IMPORT_MAX_CHARS = 5_000_000;
/**
 * What a too-big calendar file is told, the same in the contract and in the
 * console (which should check a chosen file's size before sending it: the
 * browser host's socket takes at most 1 MB a message).
 */
export function calendarTooBigMessage(chars: number): string {
  const mb = (n: number) => (n / 1_000_000).toFixed(1);
  return issueSentence(
    `This calendar file is too big to import: at most ${mb(CALENDAR_IMPORT_MAX_CHARS)} MB of text (this one has ${mb(chars)} MB). Export fewer months from the partner's calendar.`,
    'calendar.fileTooBig',
    { max: CALENDAR_IMPORT_MAX_CHARS / 1_000_000, size: chars / 1_000_000 },
  );
}

/** The most events an import may hold once recurring events are expanded. */
export const CALENDAR_IMPORT_MAX_EVENTS = 2_000;
/** How far ahead recurring events are expanded. */
export const CALENDAR_IMPORT_MONTHS = 6;
/** Kept per partner in the hot file: the soonest ones, so the file stays small. */
export const PARTNER_EVENTS_STORED_MAX = 300;

/**
 * An event read from a partner's calendar: read-only, public fields only
 * (no description or attendees are kept). `uid` and `recurrenceId` (the
 * occurrence's original start, as the file wrote it; '' for a single event)
 * identify it, so a re-import updates it in place.
 */
export const PartnerEvent = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  partnerId: EntityId,
  uid: z.string().max(300),
  recurrenceId: z.string().max(40),
  title: z.string().max(200),
  location: z.string().max(200),
  allDay: z.boolean(),
  /** All-day events: the first and last day (inclusive), as written; null otherwise. */
  date: StoredIsoDate.nullable(),
  endDate: StoredIsoDate.nullable(),
  startsAt: z.number().int(),
  endsAt: z.number().int(),
  importedAt: z.number().int().nonnegative(),
});
export type PartnerEvent = z.infer<typeof PartnerEvent>;

/** Anything with a span of time, for clash detection. */
export interface Span {
  startsAt: number;
  endsAt: number;
}

/** Two spans overlap when each starts before the other ends (touching ends do not clash). */
export function overlaps(a: Span, b: Span): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** Every (meeting, event) pair that overlaps, in the meetings' order then the events'. */
export function findClashes<M extends Span, E extends Span>(meetings: readonly M[], events: readonly E[]): { meeting: M; event: E }[] {
  const sorted = [...events].sort((a, b) => a.startsAt - b.startsAt);
  const out: { meeting: M; event: E }[] = [];
  for (const meeting of [...meetings].sort((a, b) => a.startsAt - b.startsAt)) {
    for (const event of sorted) {
      if (event.startsAt >= meeting.endsAt) break;
      if (overlaps(meeting, event)) out.push({ meeting, event });
    }
  }
  return out;
}
