import type { MessageValues, Translate } from '#shared/i18n/translator';

/**
 * A message that came from the backend (a refusal, a notice) in this
 * surface's language, or the English it came with: when the id is one this
 * console does not know (a newer backend) or a value it needs is missing.
 */
export function sayOrEnglish(t: Translate, id: string, values: MessageValues | undefined, english: string): string {
  try {
    const out = t(id, values);
    // The translator answers an id no catalog has with the id itself.
    return out === id ? english : out;
  } catch {
    // A value the message needs is missing: the English sentence is whole.
    return english;
  }
}
