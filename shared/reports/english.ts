import type { Catalog } from '../i18n/catalog';
import { createTranslator, type Translate } from '../i18n/translator';
import agendas from '../i18n/messages/en/console-agendas.json' with { type: 'json' };
import members from '../i18n/messages/en/console-members.json' with { type: 'json' };
import reports from '../i18n/messages/en/console-reports.json' with { type: 'json' };

/**
 * The reports' words in English, with the ids the console uses ("reports.…",
 * and the member and agenda words the reports borrow): what a CSV is written
 * in when no language is asked for, and what the tests read the lines in.
 */
function prefixed(namespace: string, messages: Catalog): Catalog {
  return Object.fromEntries(Object.entries(messages).map(([key, message]) => [`${namespace}.${key}`, message]));
}

const catalog: Catalog = { ...prefixed('reports', reports), ...prefixed('members', members), ...prefixed('agendas', agendas) };

export const englishReports: Translate = createTranslator('en', catalog, catalog);
