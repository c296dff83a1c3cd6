import { LOCALES, type Locale } from '#shared/i18n/locales';
import type { ReviewItemWords } from '#shared/sustain/review';
import { backendTranslator } from './backend-messages';

/** The review item's title in every shipped language: one put on an agenda before the room's language changed is still known. */
const titles = new Set(LOCALES.map((locale) => backendTranslator(locale)('content.review.itemTitle')));

export const isReviewItemTitle = (title: string): boolean => titles.has(title);

/** The purpose-review agenda item worded in this language (the room screen's: the room reads it). */
export function reviewItemWords(locale: Locale): ReviewItemWords {
  const t = backendTranslator(locale);
  return { title: t('content.review.itemTitle'), objective: t('content.review.itemObjective'), isReviewItem: isReviewItemTitle };
}
