import { z } from 'zod';
import { issueSentence } from '../contract/error-message';
import { choice } from '../domain/fields';
import { EntityId, shortText } from '../domain/names';
import { StoredIsoDate } from '../schedule/schedule';

/** Results of an anonymous survey are shown only once this many people have answered. */
export const MIN_RESPONSES_TO_SHOW = 3;

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
      error: (issue) =>
        issueSentence(
          `A written answer can be at most 2,000 characters (this has ${(issue.input as string).length.toLocaleString('en')}).`,
          'survey.answerTooLong',
          { length: (issue.input as string).length },
        ),
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
