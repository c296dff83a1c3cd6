import type { Notice } from '#shared/contract/contract';
import { readNoticeText } from '#shared/contract/notice-details';
import type { Translate } from '#shared/i18n/translator';
import { sayOrEnglish } from '../common/i18n/say-or-english';

/** One sentence of the notices catalog in the console's language, or the English it came with when its id or values do not fit. */
export function translateNoticeText(t: Translate, text: unknown, english: string): string {
  const read = readNoticeText(text);
  return read === null ? english : sayOrEnglish(t, read.id, read.values, english);
}

/**
 * A start-up notice's title and detail in the console's language, from the
 * notices catalog; paths, counts and years are inserted as the backend gave
 * them. translateError's sibling: same fallback to English.
 */
export function translateNotice(t: Translate, notice: Notice): { title: string; detail: string } {
  return { title: translateNoticeText(t, notice.titleText, notice.title), detail: translateNoticeText(t, notice.detailText, notice.detail) };
}
