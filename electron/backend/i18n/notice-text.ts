import type { Notice, NoticeText } from '#shared/contract/contract';
import { SOURCE_LOCALE } from '#shared/i18n/locales';
import { backendTranslator } from './backend-messages';

/*
 * Start-up notices are messages of the notices catalog
 * (shared/i18n/messages/<locale>/notices.json). The backend words them in
 * English for logs, tests and an older console, and sends the ids and
 * values beside, so the console says them in its own language
 * (renderer/src/console/translate-notice.ts).
 */

const t = backendTranslator(SOURCE_LOCALE);

/** A sentence of the notices catalog: its key without the namespace ("migrated.title") and its values. */
export interface NoticeLine {
  key: string;
  values?: Readonly<Record<string, string | number>>;
}

function textOf(line: NoticeLine): NoticeText {
  return line.values === undefined ? { id: `notices.${line.key}` } : { id: `notices.${line.key}`, values: line.values };
}

function englishOf(line: NoticeLine): string {
  const id = `notices.${line.key}`;
  const english = t(id, line.values);
  // The translator answers an id no catalog has with the id itself.
  if (english === id) throw new Error(`The notices catalog has no message “${line.key}” (shared/i18n/messages/en/notices.json).`);
  return english;
}

/** A notice whose title and detail are catalog messages: the English sentences, and their ids and values for the console. */
export function notice(id: string, level: Notice['level'], title: NoticeLine, detail: NoticeLine): Notice {
  return { id, level, title: englishOf(title), detail: englishOf(detail), titleText: textOf(title), detailText: textOf(detail) };
}

/** One sentence of the notices catalog on its own (a reason shown elsewhere than the notices): English, and its id and values. */
export function noticeSentence(line: NoticeLine): { english: string; text: NoticeText } {
  return { english: englishOf(line), text: textOf(line) };
}
