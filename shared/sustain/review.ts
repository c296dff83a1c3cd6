import type { AgendaItem } from '../agenda/agenda';
import { AGENDA_ITEMS_MAX } from '../agenda/agenda';
import type { Group, MeetingStatus } from '../domain/types';
import type { QuestionKind } from '../feedback/surveys';
import type { Translate } from '../i18n/translator';
import type { Review } from './purpose';

export const REVIEW_ITEM_MINUTES = 15;

/**
 * The review item's words, in the room screen's language (content.review.item*),
 * and how to know the item again: by its title in any shipped language, since
 * the room's language may have changed since it was put on the agenda.
 */
export interface ReviewItemWords {
  title: string;
  objective: string;
  isReviewItem: (title: string) => boolean;
}

type ReviewFacts = Pick<Group, 'reviewEveryMeetings' | 'reviews' | 'reviewOffered'>;

/** The date of the group's latest review, or null before the first. */
export function lastReviewDate(reviews: readonly Review[]): string | null {
  return reviews.reduce<string | null>((latest, r) => (latest === null || r.date > latest ? r.date : latest), null);
}

export interface ReviewStatus {
  every: number;
  lastReview: string | null;
  /** Meetings held since the last review (from its day on: the meeting it was held in counts), or since the group began. */
  heldSince: number;
  /** The review is due: the next meeting should hold it. */
  due: boolean;
  /** Held meetings still to go before it falls due (0 when due). */
  meetingsUntilDue: number;
  /** Every review held, oldest first: the reports mark these dates. */
  reviews: Review[];
}

/**
 * A review falls due once the group has held `reviewEveryMeetings` meetings
 * since the last one (or since it began): with a review every 4 meetings,
 * the 5th meeting holds the first, and a review held in the 5th makes the
 * 9th hold the next. `heldDates` are the dates of the meetings held.
 */
export function reviewStatus(group: ReviewFacts, heldDates: readonly string[]): ReviewStatus {
  const lastReview = lastReviewDate(group.reviews);
  const heldSince = heldDates.filter((date) => lastReview === null || date >= lastReview).length;
  const every = group.reviewEveryMeetings;
  return {
    every,
    lastReview,
    heldSince,
    due: heldSince >= every,
    meetingsUntilDue: Math.max(0, every - heldSince),
    reviews: [...group.reviews].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/**
 * Whether a meeting about to be planned or started should get the review
 * item: the review is due, and the item has not yet been put on a meeting
 * since the last review (unless that meeting was called off). Once offered
 * it is never added again that time round, so a facilitator who drops it
 * does not see it come back.
 */
export function shouldOfferReview(
  group: ReviewFacts,
  heldDates: readonly string[],
  statusOf: (meetingId: string) => MeetingStatus | undefined,
): boolean {
  if (!reviewStatus(group, heldDates).due) return false;
  const offer = group.reviewOffered;
  if (offer === null || offer.sinceReview !== lastReviewDate(group.reviews)) return true;
  const status = statusOf(offer.meetingId);
  return status === undefined || status === 'cancelled';
}

export function reviewAgendaItem(id: string, words: ReviewItemWords): AgendaItem {
  return { id, kind: 'topic_discussion', title: words.title, minutes: REVIEW_ITEM_MINUTES, objective: words.objective, perSpeakerSeconds: null };
}

/** The agenda with the review item before its closing item (a check-out, usually); never twice, never past the limit. */
export function withReviewItem(agenda: readonly AgendaItem[], id: string, words: ReviewItemWords): AgendaItem[] {
  if (agenda.some((item) => words.isReviewItem(item.title)) || agenda.length >= AGENDA_ITEMS_MAX) return [...agenda];
  const at = agenda.length >= 2 ? agenda.length - 1 : agenda.length;
  return [...agenda.slice(0, at), reviewAgendaItem(id, words), ...agenda.slice(at)];
}

/** The review questionnaire's title in English; in another language it is content.review.surveyTitle. */
export const REVIEW_SURVEY_TITLE = 'Review of our purpose and goals';
const OPTION_MAX = 80;

export interface TemplateQuestion {
  kind: QuestionKind;
  prompt: string;
  options: string[];
}

/**
 * The built-in review questionnaire, in the language of `t` (content.review.*):
 * is the group still meeting its purpose, which objectives matter most now,
 * what should change. The objectives become the options of a choice when they
 * fit one (2 to 8, each short enough to read as an option); otherwise members
 * write their answer.
 */
export function reviewQuestionnaire(group: Pick<Group, 'objectives'>, t: Translate): { title: string; questions: TemplateQuestion[] } {
  const objectives = group.objectives;
  const fitsChoice = objectives.length >= 2 && objectives.length <= 8 && objectives.every((o) => o.length <= OPTION_MAX);
  return {
    title: t('content.review.surveyTitle'),
    questions: [
      { kind: 'rating', prompt: t('content.review.howWell'), options: [] },
      { kind: 'yes_no', prompt: t('content.review.stillRight'), options: [] },
      fitsChoice
        ? { kind: 'choice', prompt: t('content.review.objectiveMost'), options: [...objectives] }
        : { kind: 'text', prompt: t('content.review.objectivesMost'), options: [] },
      { kind: 'text', prompt: t('content.review.change'), options: [] },
    ],
  };
}
