import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '#shared/agenda/agenda';
import type { Group, MeetingStatus } from '#shared/domain/types';
import { currentPurpose, renamedObjectives, withNewPurposeVersion } from '#shared/sustain/purpose';
import { REVIEW_SURVEY_TITLE, reviewQuestionnaire, reviewStatus, shouldOfferReview, withReviewItem } from '#shared/sustain/review';
import { testGroup } from './fixtures';
import { wording } from './i18n/wording';
import { reviewItemWords } from '../../../electron/backend/i18n/review-item';

const REVIEW_ITEM_TITLE = 'Review our purpose and goals';
const english = reviewItemWords('en');

const every4 = (changes: Partial<Group> = {}): Group => ({ ...testGroup('g1', 'Circle'), reviewEveryMeetings: 4, ...changes });
const weeks = ['2026-01-06', '2026-01-13', '2026-01-20', '2026-01-27', '2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24', '2026-03-03'];
const noMeeting = (): MeetingStatus | undefined => undefined;

describe('when a review falls due', () => {
  it('is due once the interval of meetings has been held: the fifth meeting of a group reviewing every 4', () => {
    expect(reviewStatus(every4(), weeks.slice(0, 3))).toMatchObject({ heldSince: 3, due: false, meetingsUntilDue: 1, lastReview: null });
    expect(reviewStatus(every4(), weeks.slice(0, 4))).toMatchObject({ heldSince: 4, due: true, meetingsUntilDue: 0 });
  });

  it('counts again from the last review, the meeting it was held in included', () => {
    const reviewed = every4({ reviews: [{ date: weeks[4] as string, adoptedVersion: null, surveyId: null }] });
    expect(reviewStatus(reviewed, weeks.slice(0, 5))).toMatchObject({ heldSince: 1, due: false, lastReview: weeks[4] });
    expect(reviewStatus(reviewed, weeks.slice(0, 7)).due).toBe(false);
    expect(reviewStatus(reviewed, weeks.slice(0, 8))).toMatchObject({ heldSince: 4, due: true });
  });

  it('offers the agenda item once each time round, again only if that meeting was called off', () => {
    const held = weeks.slice(0, 4);
    expect(shouldOfferReview(every4(), weeks.slice(0, 3), noMeeting)).toBe(false);
    expect(shouldOfferReview(every4(), held, noMeeting)).toBe(true);
    const offered = every4({ reviewOffered: { meetingId: 'm5', sinceReview: null } });
    expect(shouldOfferReview(offered, held, () => 'planned')).toBe(false);
    expect(shouldOfferReview(offered, [...held, weeks[4] as string], () => 'ended')).toBe(false);
    expect(shouldOfferReview(offered, held, () => 'cancelled')).toBe(true);
    // After a review, the next time round offers it afresh.
    const nextRound = {
      ...offered,
      reviews: [{ date: weeks[4] as string, adoptedVersion: null, surveyId: null }],
    };
    expect(shouldOfferReview(nextRound, weeks.slice(0, 8), () => 'ended')).toBe(true);
  });

  it('puts the item before the closing item, and never twice', () => {
    const item = (id: string, title: string): AgendaItem => ({ id, kind: 'other', title, minutes: 5, objective: '', perSpeakerSeconds: null });
    const agenda = [item('a', 'Welcome'), item('b', 'Sharing'), item('c', 'Check-out')];
    const once = withReviewItem(agenda, 'r1', english);
    expect(once.map((i) => i.title)).toEqual(['Welcome', 'Sharing', REVIEW_ITEM_TITLE, 'Check-out']);
    expect(withReviewItem(once, 'r2', english)).toEqual(once);
    expect(withReviewItem([], 'r1', english).map((i) => i.title)).toEqual([REVIEW_ITEM_TITLE]);
  });

  it('words the item in the room’s language, and knows it again after the room’s language changed', () => {
    const arabic = reviewItemWords('ar');
    const inArabic = withReviewItem([], 'r1', arabic);
    expect(inArabic[0]?.title).toBe('مراجعة غايتنا وأهدافنا');
    expect(inArabic[0]?.objective).not.toMatch(/[A-Za-z]/);
    // Put on in English, the room now speaks Spanish: not added a second time.
    expect(withReviewItem(withReviewItem([], 'r1', english), 'r2', reviewItemWords('es'))).toHaveLength(1);
    expect(english.isReviewItem('Revisar nuestro propósito y objetivos')).toBe(true);
    expect(english.isReviewItem('Open sharing')).toBe(false);
  });
});

describe('purpose versions', () => {
  it('makes a dated version for each change of words, and none when the words are the same', () => {
    const v1 = withNewPurposeVersion([], { purpose: 'Support each other', objectives: ['Meet weekly'] }, 100);
    expect(v1).toEqual([{ version: 1, purpose: 'Support each other', objectives: ['Meet weekly'], adoptedAt: 100 }]);
    expect(withNewPurposeVersion(v1, { purpose: 'Support each other', objectives: ['Meet weekly'] }, 200)).toEqual(v1);
    const v2 = withNewPurposeVersion(v1, { purpose: 'Support each other', objectives: ['Meet weekly', 'Welcome newcomers'] }, 300);
    expect(v2.map((v) => [v.version, v.adoptedAt])).toEqual([
      [1, 100],
      [2, 300],
    ]);
    expect(currentPurpose(v2)?.objectives).toEqual(['Meet weekly', 'Welcome newcomers']);
    expect(withNewPurposeVersion([], { purpose: '', objectives: [] }, 1)).toEqual([]);
  });

  it('lets goals follow an objective reworded in place, but not one removed or moved', () => {
    expect([...renamedObjectives(['Meet weekly', 'Listen'], ['Meet every week', 'Listen'])]).toEqual([['Meet weekly', 'Meet every week']]);
    expect([...renamedObjectives(['Meet weekly', 'Listen'], ['Listen'])]).toEqual([]);
    expect([...renamedObjectives(['Meet weekly', 'Listen'], ['Listen', 'Meet weekly'])]).toEqual([]);
  });
});

describe('the review questionnaire', () => {
  it('asks about the purpose, the objectives that matter most, and what should change', () => {
    const { title, questions } = reviewQuestionnaire({ objectives: ['Meet weekly', 'Welcome newcomers', 'Listen well'] }, wording('en').t);
    expect(title).toBe(REVIEW_SURVEY_TITLE);
    expect(questions.map((q) => q.kind)).toEqual(['rating', 'yes_no', 'choice', 'text']);
    expect(questions[2]?.options).toEqual(['Meet weekly', 'Welcome newcomers', 'Listen well']);
    expect(questions[3]?.prompt).toBe('What should change?');
    // One objective is no choice: members write it.
    expect(reviewQuestionnaire({ objectives: ['Meet weekly'] }, wording('en').t).questions[2]?.kind).toBe('text');
  });

  it('is written in the language asked for, the objectives as the group wrote them', () => {
    const es = reviewQuestionnaire({ objectives: ['Vernos cada semana', 'Acoger a quien llega'] }, wording('es').t);
    expect(es.title).toBe('Revisión de nuestro propósito y nuestras metas');
    expect(es.questions.map((q) => q.prompt)).toEqual([
      '¿En qué medida cumple el grupo su propósito? (1 = nada, 5 = del todo)',
      '¿Sigue siendo nuestro propósito el adecuado para nosotros?',
      '¿Cuál de nuestros objetivos es el más importante para ti ahora?',
      '¿Qué debería cambiar?',
    ]);
    expect(es.questions[2]?.options).toEqual(['Vernos cada semana', 'Acoger a quien llega']);
    const ar = reviewQuestionnaire({ objectives: [] }, wording('ar').t);
    expect(ar.title).toBe('مراجعة غايتنا وأهدافنا');
    expect(ar.questions[2]).toEqual({ kind: 'text', prompt: 'ما أهدافنا الأهم لك الآن؟', options: [] });
  });
});
