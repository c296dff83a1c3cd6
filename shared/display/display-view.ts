import { z } from 'zod';
import { Timer } from '../live/timer-schema';

/**
 * The only thing the room screen ever receives. It is built by the backend
 * from public facts alone (DESIGN.md: the display may only subscribe to
 * display events), and the schemas are strict so that a stray private field
 * is a validation error rather than a leak. Names are display names only.
 */
const Name = z.string().max(80);

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

export const DisplayView = z.discriminatedUnion('screen', [
  z.strictObject({ screen: z.literal('idle') }),
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
    speaker: Name.nullable(),
    upNext: z.array(Name).max(2),
    timer: DisplayTimer.nullable(),
    timerDisplay: z.enum(['numbers', 'ring', 'hidden']),
  }),
  /** timer null: a break called on the spot, with no planned length to count down. */
  z.strictObject({ screen: z.literal('break'), title: Name, timer: Timer.nullable(), plannedMs: z.number() }),
  z.strictObject({ screen: z.literal('message'), text: z.string().max(140) }),
  z.strictObject({ screen: z.literal('blank') }),
]);
export type DisplayView = z.infer<typeof DisplayView>;
export type ScreenName = DisplayView['screen'];

export const DisplaySnapshot = z.strictObject({
  /** Grows with every change, so a window can ignore an older snapshot. */
  version: z.number().int().nonnegative(),
  /** The backend's clock when the snapshot was made; windows keep the offset. */
  now: z.number(),
  view: DisplayView,
});
export type DisplaySnapshot = z.infer<typeof DisplaySnapshot>;
