import type { Catalog } from '#shared/i18n/catalog';
import type { Locale } from '#shared/i18n/locales';
import english from '../../../../shared/i18n/messages/en/display.json';

/**
 * The room screen's messages: shared/i18n/messages/<locale>/display.json
 * and nothing else (the console's words are not the room's). English is in
 * the bundle; another language is a chunk of its own, fetched when the
 * room's group is set to it.
 */
type Module = { default: Catalog };

const others = import.meta.glob<Module>(['../../../../shared/i18n/messages/*/display.json', '!../../../../shared/i18n/messages/en/display.json']);

export const DISPLAY_SOURCE: Catalog = english;

export async function loadDisplayMessages(locale: Locale): Promise<Catalog> {
  const path = Object.keys(others).find((candidate) => candidate.includes(`/messages/${locale}/`));
  return path ? (await (others[path] as () => Promise<Module>)()).default : DISPLAY_SOURCE;
}
