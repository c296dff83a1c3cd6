import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { Timer } from '../live/timer-schema';

/**
 * The only thing the room screen ever receives. It is built by the backend
 * from public facts alone (DESIGN.md: the display may only subscribe to
 * display events), and the schemas are strict so that a stray private field
 * is a validation error rather than a leak. Names are display names only.
 * It carries no English of its own: what the app itself says (a break's
 * name, the pause prompt, "a guest") the display words in the room's
 * language; only what the facilitator wrote arrives as text.
 */
const Name = z.string().max(80);
export { UNNAMED_GUEST } from './unnamed-guest';

export const DisplayTimer = z.strictObject({
  timer: Timer,
  /** null: counts up with no limit. */
  limitMs: z.number().nullable(),
  warnMs: z.number(),
});
export type DisplayTimer = z.infer<typeof DisplayTimer>;

export const DisplayAgendaItem = z.strictObject({
  title: Name,
  minutes: z.number(),
  state: z.enum(['done', 'current', 'upcoming', 'skipped']),
});

/** A group goal as the room may see it: what, how we will know, by when, how it is going. Never its progress notes. */
export const DisplayGoal = z.strictObject({
  what: z.string().max(200),
  measure: z.string().max(200),
  byWhen: z.string().max(10).nullable(),
  status: z.enum(['on_track', 'stuck', 'met']),
});
export type DisplayGoal = z.infer<typeof DisplayGoal>;

/**
 * One of the group's events as the room may see it: what, when (the date
 * and times as given, in the group's time zone), where, with which partner
 * (by name; never a contact), and the short public description.
 */
export const DisplayEvent = z.strictObject({
  kind: z.enum(['workshop', 'social', 'community_event', 'volunteering']),
  title: z.string().max(80),
  date: z.string().max(10),
  startTime: z.string().max(5),
  endTime: z.string().max(5),
  place: z.string().max(200),
  partnerName: z.string().max(80).nullable(),
  description: z.string().max(300),
});
export type DisplayEvent = z.infer<typeof DisplayEvent>;
/** At most this many events on the coming-up screen, to stay readable from the back. */
export const COMING_UP_MAX = 4;

export const DisplayView = z.discriminatedUnion('screen', [
  z.strictObject({ screen: z.literal('idle') }),
  /** The data folder is encrypted and the console has not been given its passphrase yet: nothing else is known. */
  z.strictObject({ screen: z.literal('getting_ready') }),
  z.strictObject({ screen: z.literal('welcome'), groupName: Name }),
  z.strictObject({ screen: z.literal('ground_rules'), groupName: Name, rules: z.array(z.string().max(300)) }),
  z.strictObject({
    screen: z.literal('agenda'),
    groupName: Name,
    items: z.array(DisplayAgendaItem),
    /** The current item's countdown, when a meeting is under way. */
    current: z.strictObject({ title: Name, timer: Timer, plannedMs: z.number() }).nullable(),
  }),
  z.strictObject({
    screen: z.literal('speaker'),
    itemTitle: Name,
    kind: z.enum(['round', 'discussion']),
    /** null: nobody is speaking; UNNAMED_GUEST: a guest who gave no name. */
    speaker: Name.nullable(),
    upNext: z.array(Name).max(2),
    timer: DisplayTimer.nullable(),
    timerDisplay: z.enum(['numbers', 'ring', 'hidden']),
  }),
  /**
   * timer null: a break called on the spot, with no planned length to count
   * down. title null: the display calls it a break in the room's language.
   */
  z.strictObject({ screen: z.literal('break'), title: Name.nullable(), timer: Timer.nullable(), plannedMs: z.number() }),
  z.strictObject({ screen: z.literal('message'), text: z.string().max(140) }),
  z.strictObject({ screen: z.literal('blank') }),
  /** A pause when feelings run high: the display's breathing prompt and the ground rules (none when no group is chosen). */
  z.strictObject({ screen: z.literal('pause'), rules: z.array(z.string().max(300)) }),
  /** The group's purpose, its objectives, and the goals serving each that were not dropped. */
  z.strictObject({
    screen: z.literal('purpose'),
    groupName: Name,
    purpose: z.string().max(1000),
    objectives: z.array(z.strictObject({ text: z.string().max(200), goals: z.array(DisplayGoal) })),
    /** Goals whose objective has since been reworded away or removed. */
    otherGoals: z.array(DisplayGoal),
  }),
  /** The group's next events, soonest first. */
  z.strictObject({ screen: z.literal('coming_up'), groupName: Name, events: z.array(DisplayEvent).max(COMING_UP_MAX) }),
]);
export type DisplayView = z.infer<typeof DisplayView>;
export type ScreenName = DisplayView['screen'];

export const DisplaySnapshot = z.strictObject({
  /** Grows with every change, so a window can ignore an older snapshot. */
  version: z.number().int().nonnegative(),
  /** The backend's clock when the snapshot was made; windows keep the offset. */
  now: z.number(),
  /** The room's language: the room group's, English when none is chosen or the data is still locked. */
  locale: z.enum(LOCALES),
  view: DisplayView,
});
export type DisplaySnapshot = z.infer<typeof DisplaySnapshot>;
