import { z } from 'zod';
import { EntityId, shortText } from '../domain/names';
import { choice } from '../domain/fields';
import { StoredIsoDate } from '../schedule/schedule';

/** Results of an anonymous survey are shown only once this many people have answered. */
export const MIN_RESPONSES_TO_SHOW = 3;

export const HeardAnswer = choice(['yes', 'somewhat', 'no'], 'Choose whether they felt heard');
export type HeardAnswer = z.infer<typeof HeardAnswer>;

/**
 * A meeting's check-out, kept only as counts: who said what is never stored.
 * ratings[0] counts the 1s, ratings[4] the 5s.
 */
export const Checkout = z.strictObject({
  ratings: z.array(z.number().int().nonnegative()).length(5),
  heard: z.strictObject({ yes: z.number().int().nonnegative(), somewhat: z.number().int().nonnegative(), no: z.number().int().nonnegative() }),
});
export type Checkout = z.infer<typeof Checkout>;
export const emptyCheckout = (): Checkout => ({ ratings: [0, 0, 0, 0, 0], heard: { yes: 0, somewhat: 0, no: 0 } });

export const NOTE_TEXT_MAX = 20_000;

/**
 * One limit for every kind of note, checked the same way when it is sent
 * and when it is stored. Not trimmed: a note is saved as it is typed, and a
 * trailing space or line is the facilitator's, mid-sentence.
 */
export const NoteText = z
  .string({ error: (issue) => (issue.input === undefined ? 'The note text is missing (it may be empty).' : 'Notes must be text.') })
  .max(NOTE_TEXT_MAX, {
    error: (issue) =>
      `Notes can be at most ${NOTE_TEXT_MAX.toLocaleString('en')} characters (this has ${(issue.input as string).length.toLocaleString('en')}); split them up or trim them.`,
  });

export const MeetingNotes = z.strictObject({
  /** The facilitator's own; never projected or exported unless asked for. */
  private: NoteText,
  /** Per agenda item, private too. */
  items: z.record(z.string(), NoteText),
  /** Themes and topics the group may see: high level, no diagnoses, nobody's story. */
  shared: NoteText,
});
export type MeetingNotes = z.infer<typeof MeetingNotes>;
export const emptyNotes = (): MeetingNotes => ({ private: '', items: {}, shared: '' });

export const ActionItemStatus = choice(['open', 'done'], 'Mark the action item');

export const ActionItem = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  meetingId: EntityId,
  text: shortText('An action item', 200),
  /** A member's id, or null when the group as a whole owns it. */
  ownerId: EntityId.nullable(),
  due: StoredIsoDate.nullable(),
  status: ActionItemStatus,
});
export type ActionItem = z.infer<typeof ActionItem>;

export const QuestionKind = choice(['rating', 'yes_no', 'choice', 'text'], 'Choose the kind of question', {
  rating: 'a rating from 1 to 5',
  yes_no: 'yes or no',
  choice: 'a choice of options',
  text: 'free text',
});
export type QuestionKind = z.infer<typeof QuestionKind>;

export const Question = z.strictObject({
  id: EntityId,
  kind: QuestionKind,
  prompt: shortText('A question', 200),
  /** Single choice only: 2 to 8 options. */
  options: z
    .array(shortText('An option', 80), { error: 'Give the options as a list, one option each.' })
    .max(8, { error: 'A question can have at most 8 options.' }),
});
export type Question = z.infer<typeof Question>;

export const Survey = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  title: shortText('A survey title', 100),
  questions: z
    .array(Question)
    .min(1, { error: 'A survey needs at least one question.' })
    .max(20, { error: 'A survey can have at most 20 questions.' }),
});
export type Survey = z.infer<typeof Survey>;

export const Answer = z.union(
  [
    z.number({ error: 'A rating is a whole number from 1 to 5.' }).int().min(1).max(5),
    z.boolean(),
    z.string().max(2000, {
      error: (issue) => `A written answer can be at most 2,000 characters (this has ${(issue.input as string).length.toLocaleString('en')}).`,
    }),
  ],
  { error: 'Answer with a rating from 1 to 5, yes or no, or text of at most 2,000 characters.' },
);
export type Answer = z.infer<typeof Answer>;

/**
 * One anonymous response: no member, no id of its own, no time finer than
 * the date, and stored at a random place among the others.
 */
export const SurveyResponse = z.strictObject({
  surveyId: EntityId,
  date: StoredIsoDate,
  answers: z.record(z.string(), Answer.nullable()),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

export const SuggestionStatus = choice(['new', 'discussed', 'done'], 'Mark the suggestion');
export const Suggestion = z.strictObject({
  /** Random, not sequential, so it says nothing about when it came. */
  id: EntityId,
  groupId: EntityId,
  text: shortText('A suggestion', 500),
  date: StoredIsoDate,
  status: SuggestionStatus,
  discussedInMeetingId: EntityId.nullable(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Settings = z.strictObject({
  /** Private notes older than this many months are deleted; null keeps them. */
  privateNoteRetentionMonths: z.number().int().min(1).max(120).nullable(),
});
export type Settings = z.infer<typeof Settings>;

/** Inserts at a random position, so the order of a list says nothing about the order of arrival. */
export function insertAtRandom<T>(list: readonly T[], item: T, random: () => number): T[] {
  const index = Math.floor(random() * (list.length + 1));
  return [...list.slice(0, index), item, ...list.slice(index)];
}
