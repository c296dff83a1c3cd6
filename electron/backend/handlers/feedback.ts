import type { ParsedInput, SurveyResults } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import { insertAtRandom } from '#shared/feedback/anonymous-order';
import { MIN_RESPONSES_TO_SHOW, type Survey } from '#shared/feedback/surveys';
import { type Checkout } from '#shared/feedback/checkout';
import type { HandlerContext } from './context';
import { findGroup, findMeeting, today } from './lookup';

function findSurvey(surveys: readonly Survey[], surveyId: string): Survey {
  const survey = surveys.find((s) => s.id === surveyId);
  if (!survey) throw new DomainError('not_found', msg('survey.notFound'), 'surveyId');
  return survey;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  return items.reduce<T[]>((out, item) => insertAtRandom(out, item, random), []);
}

/**
 * Check-outs, anonymous surveys and the suggestion box. Nothing here stores
 * who answered, or when beyond the date; anonymous records go in at a random
 * place and carry no sequential id (DESIGN.md: anonymous means unlinkable).
 */
export function feedbackHandlers(ctx: HandlerContext) {
  return {
    'checkout.record': ({ meetingId, rating, heard }: ParsedInput<'checkout.record'>) =>
      ctx.mutate(
        'checkout.record',
        (draft): Checkout => {
          const meeting = findMeeting(draft, meetingId);
          if (meeting.status === 'planned' || meeting.status === 'cancelled') throw new DomainError('conflict', msg('checkout.notStarted'));
          const ratings = [...meeting.checkout.ratings];
          if (rating !== null) ratings[rating - 1] = (ratings[rating - 1] ?? 0) + 1;
          const heardCounts = { ...meeting.checkout.heard };
          if (heard !== null) heardCounts[heard] += 1;
          meeting.checkout = { ratings, heard: heardCounts };
          return meeting.checkout;
        },
        [meetingId],
      ),

    'survey.list': ({ groupId }: ParsedInput<'survey.list'>) => {
      const data = ctx.read();
      findGroup(data, groupId);
      return data.surveys.filter((s) => s.groupId === groupId);
    },

    'survey.create': ({ groupId, title, questions }: ParsedInput<'survey.create'>) =>
      ctx.mutate('survey.create', (draft) => {
        findGroup(draft, groupId);
        questions.forEach((q, i) => {
          const options = q.options ?? [];
          if (q.kind === 'choice' && options.length < 2)
            throw new DomainError('invalid_input', msg('survey.questionNeedsOptions', { number: i + 1 }), `questions.${String(i)}.options`);
        });
        const survey: Survey = {
          id: ctx.newId(),
          groupId,
          title,
          questions: questions.map((q) => ({
            id: ctx.newId(),
            kind: q.kind,
            prompt: q.prompt,
            options: q.kind === 'choice' ? (q.options ?? []) : [],
          })),
        };
        draft.surveys.push(survey);
        return survey;
      }),

    'survey.delete': ({ surveyId }: ParsedInput<'survey.delete'>) =>
      ctx.mutate('survey.delete', (draft) => {
        findSurvey(draft.surveys, surveyId);
        draft.surveys = draft.surveys.filter((s) => s.id !== surveyId);
        draft.surveyResponses = draft.surveyResponses.filter((r) => r.surveyId !== surveyId);
        return { deleted: true };
      }),

    'survey.respond': ({ surveyId, answers }: ParsedInput<'survey.respond'>) =>
      ctx.mutate('survey.respond', (draft) => {
        const survey = findSurvey(draft.surveys, surveyId);
        const clean: Record<string, string | number | boolean | null> = {};
        for (const question of survey.questions) {
          const answer = answers[question.id] ?? null;
          const fits =
            answer === null ||
            (question.kind === 'rating' && typeof answer === 'number') ||
            (question.kind === 'yes_no' && typeof answer === 'boolean') ||
            (question.kind === 'choice' && typeof answer === 'string' && question.options.includes(answer)) ||
            (question.kind === 'text' && typeof answer === 'string');
          if (!fits) throw new DomainError('invalid_input', msg('survey.answerDoesNotFit', { question: question.prompt }), question.id);
          clean[question.id] = typeof answer === 'string' ? answer.trim() || null : answer;
        }
        const unknown = Object.keys(answers).find((id) => !survey.questions.some((q) => q.id === id));
        if (unknown) throw new DomainError('invalid_input', msg('survey.unknownQuestion'));
        if (Object.values(clean).every((a) => a === null)) throw new DomainError('invalid_input', msg('survey.noAnswers'));
        const group = draft.groups.find((g) => g.id === survey.groupId);
        draft.surveyResponses = insertAtRandom(
          draft.surveyResponses,
          { surveyId, date: today(group, ctx.now(), ctx.timeZone), answers: clean },
          ctx.random,
        );
        return { thanks: true as const };
      }),

    'survey.results': ({ surveyId }: ParsedInput<'survey.results'>): SurveyResults => {
      const data = ctx.read();
      const survey = findSurvey(data.surveys, surveyId);
      const responses = data.surveyResponses.filter((r) => r.surveyId === surveyId);
      const hidden = responses.length < MIN_RESPONSES_TO_SHOW;
      return {
        surveyId,
        title: survey.title,
        responses: responses.length,
        hidden,
        questions: survey.questions.map((q) => {
          const answers = hidden ? [] : responses.map((r) => r.answers[q.id]).filter((a) => a !== null && a !== undefined);
          const counts =
            q.kind === 'rating'
              ? [1, 2, 3, 4, 5].map((n) => answers.filter((a) => a === n).length)
              : q.kind === 'yes_no'
                ? [answers.filter((a) => a === true).length, answers.filter((a) => a === false).length]
                : q.kind === 'choice'
                  ? q.options.map((o) => answers.filter((a) => a === o).length)
                  : [];
          const texts =
            q.kind === 'text'
              ? shuffled(
                  answers.filter((a): a is string => typeof a === 'string'),
                  ctx.random,
                )
              : [];
          return { id: q.id, prompt: q.prompt, kind: q.kind, counts, options: q.options, texts };
        }),
      };
    },

    'suggestion.list': ({ groupId }: ParsedInput<'suggestion.list'>) => {
      const data = ctx.read();
      findGroup(data, groupId);
      return data.suggestions.filter((s) => s.groupId === groupId);
    },

    'suggestion.add': ({ groupId, text }: ParsedInput<'suggestion.add'>) =>
      ctx.mutate('suggestion.add', (draft) => {
        const group = findGroup(draft, groupId);
        const suggestion = {
          id: ctx.randomId(),
          groupId,
          text,
          date: today(group, ctx.now(), ctx.timeZone),
          status: 'new' as const,
          discussedInMeetingId: null,
        };
        draft.suggestions = insertAtRandom(draft.suggestions, suggestion, ctx.random);
        return { thanks: true as const };
      }),

    'suggestion.update': ({ suggestionId, status, meetingId }: ParsedInput<'suggestion.update'>) =>
      ctx.mutate(
        'suggestion.update',
        (draft) => {
          const suggestion = draft.suggestions.find((s) => s.id === suggestionId);
          if (!suggestion) throw new DomainError('not_found', msg('suggestion.notFound'), 'suggestionId');
          if (meetingId) findMeeting(draft, meetingId);
          suggestion.status = status;
          if (meetingId !== undefined) suggestion.discussedInMeetingId = meetingId;
          return { ...suggestion };
        },
        meetingId ? [meetingId] : [],
      ),
  };
}
