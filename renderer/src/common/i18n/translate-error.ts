import { readErrorDetails, type ErrorValues } from '#shared/contract/error-details';
import { errorOfText } from '#shared/contract/error-message';
import type { Translate } from '#shared/i18n/translator';
import { sayOrEnglish } from './say-or-english';

/** Anything the console shows as a refusal: an ApiError (or its shape), a zod issue, another Error, or text. */
export type Shown = { readonly message: string } | string;

function detailsOf(shown: Shown, english: string): { id?: string | undefined; values?: ErrorValues | undefined } {
  if (typeof shown === 'object' && 'messageId' in shown) {
    const { messageId, values } = readErrorDetails(shown);
    if (messageId !== undefined) return { id: messageId, values };
  }
  // A form's own check (zod) carries only the English sentence; the id is found again from it.
  const found = errorOfText(english);
  return { id: found.id, values: found.values };
}

/**
 * A refusal in the console's language: the errors catalog's message for its
 * id, with its values (names and dates as they are). A refusal without an
 * id, or with one this console does not know (a newer backend), or whose
 * values do not fit, is shown in the English it came with.
 */
export function translateError(t: Translate, shown: Shown): string {
  const english = typeof shown === 'string' ? shown : shown.message;
  const { id, values } = detailsOf(shown, english);
  return id === undefined ? english : sayOrEnglish(t, id, values, english);
}
