import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { Survey } from '#shared/feedback/surveys';
import { REVIEWS_MAX } from '#shared/sustain/purpose';
import { reviewQuestionnaire, reviewStatus } from '#shared/sustain/review';
import { backendTranslator } from '../i18n/backend-messages';
import type { HandlerContext } from './context';
import { findGroup, today } from './lookup';
import { changePurpose, heldDates } from './sustain-helpers';

/** Reviews of the group's purpose and goals: when one is due, its questionnaire, and what it decided. */
export function reviewHandlers(ctx: HandlerContext) {
  return {
    'purpose.versions': ({ groupId }: ParsedInput<'purpose.versions'>) => [...findGroup(ctx.read(), groupId).purposeVersions],

    'review.status': ({ groupId }: ParsedInput<'review.status'>) => reviewStatus(findGroup(ctx.read(), groupId), heldDates(ctx.history(groupId))),

    /** The built-in questionnaire, written in `language` (the console's; English when left out) like a new group's content. */
    'review.createSurvey': ({ groupId, language }: ParsedInput<'review.createSurvey'>) =>
      ctx.mutate('review.createSurvey', (draft) => {
        const group = findGroup(draft, groupId);
        const { title, questions } = reviewQuestionnaire(group, backendTranslator(language ?? 'en'));
        const survey: Survey = { id: ctx.newId(), groupId, title, questions: questions.map((q) => ({ id: ctx.newId(), ...q })) };
        draft.surveys.push(survey);
        return survey;
      }),

    'review.record': ({ groupId, date, purpose, objectives, surveyId }: ParsedInput<'review.record'>) =>
      ctx.mutate('review.record', (draft) => {
        const group = findGroup(draft, groupId);
        if (surveyId && !draft.surveys.some((s) => s.id === surveyId && s.groupId === groupId)) {
          throw new DomainError('invalid_input', msg('review.surveyOtherGroup'), 'surveyId');
        }
        const day = date ?? today(group, ctx.now(), ctx.timeZone);
        const words = { ...(purpose === undefined ? {} : { purpose }), ...(objectives === undefined ? {} : { objectives }) };
        const adoptedVersion = changePurpose(draft, group, words, ctx.now());
        group.reviews = [...group.reviews, { date: day, adoptedVersion, surveyId: surveyId ?? null }]
          .sort((a, b) => a.date.localeCompare(b.date))
          .slice(-REVIEWS_MAX);
        return group;
      }),
  };
}
