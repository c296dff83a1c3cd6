import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LOCALES, SOURCE_LOCALE, type Locale } from './locales';

/** Every namespace's messages, per locale, as text (what translators edit). */
export type TextCatalogs = Record<Locale, Record<string, Record<string, string>>>;

export interface CatalogProblem {
  locale: Locale;
  namespace: string;
  id: string;
  problem: 'missing' | 'not_in_english' | 'syntax' | 'placeholders';
  detail: string;
}

/** The arguments a message uses ({name}, {count, plural, …}), through plural and select branches and tags. */
export function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentsOf(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

function parsed(message: string): { ok: true; elements: MessageFormatElement[] } | { ok: false; error: string } {
  try {
    return { ok: true, elements: parse(message) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/**
 * What would ship broken: a message English has and another locale lacks,
 * one a locale has that English does not (a leftover), ICU that does not
 * parse, and a translation whose placeholders differ from English's (a
 * {name} dropped or misspelt would show as nothing, or as the braces).
 */
export function checkCatalogs(catalogs: TextCatalogs): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const source = catalogs[SOURCE_LOCALE];
  for (const locale of LOCALES) {
    const own = catalogs[locale];
    const namespaces = new Set([...Object.keys(source), ...Object.keys(own)]);
    for (const namespace of namespaces) {
      const english = source[namespace] ?? {};
      const translated = own[namespace] ?? {};
      for (const [id, message] of Object.entries(english)) {
        const text = translated[id];
        if (text === undefined) {
          if (locale !== SOURCE_LOCALE) problems.push({ locale, namespace, id, problem: 'missing', detail: `English: “${message}”` });
          continue;
        }
        const mine = parsed(text);
        if (!mine.ok) {
          problems.push({ locale, namespace, id, problem: 'syntax', detail: mine.error });
          continue;
        }
        const theirs = parsed(message);
        if (!theirs.ok || locale === SOURCE_LOCALE) continue;
        const want = [...argumentsOf(theirs.elements)].sort().join(', ');
        const have = [...argumentsOf(mine.elements)].sort().join(', ');
        if (want !== have) problems.push({ locale, namespace, id, problem: 'placeholders', detail: `English uses {${want}}, this uses {${have}}` });
      }
      for (const id of Object.keys(translated)) {
        if (!(id in english)) problems.push({ locale, namespace, id, problem: 'not_in_english', detail: 'English has no such message' });
      }
    }
  }
  return problems;
}
