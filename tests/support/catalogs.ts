import { readdirSync, readFileSync } from 'node:fs';
import type { Catalog } from '#shared/i18n/catalog';
import { SOURCE_LOCALE, type Locale } from '#shared/i18n/locales';
import { createTranslator, type Translate } from '#shared/i18n/translator';

/*
 * The app's messages read from disk the way the console and the room display
 * merge them, so an e2e test can find a button by its words in any language
 * and can tell when the app's own English is still on screen.
 */
const MESSAGES = new URL('../../shared/i18n/messages/', import.meta.url);

/** The console's messages: console-*.json (prefixed by the part: "live.start"), and the shared namespaces it loads too. */
const SHARED_WITH_CONSOLE = ['common.json', 'content.json', 'exports.json', 'errors.json', 'notices.json'];
const isConsoleFile = (file: string) => file.startsWith('console-') || SHARED_WITH_CONSOLE.includes(file);

function readCatalog(locale: Locale, wanted: (file: string) => boolean, prefixed: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of readdirSync(new URL(`${locale}/`, MESSAGES))) {
    if (!file.endsWith('.json') || !wanted(file)) continue;
    const ns = file.replace(/\.json$/, '').replace(/^console-/, '');
    const messages = JSON.parse(readFileSync(new URL(`${locale}/${file}`, MESSAGES), 'utf8')) as Record<string, string>;
    for (const [key, message] of Object.entries(messages)) if (!key.startsWith('_')) out[prefixed ? `${ns}.${key}` : key] = message;
  }
  return out;
}

const read = new Map<string, Record<string, string>>();
function cached(key: string, load: () => Record<string, string>) {
  let catalog = read.get(key);
  if (!catalog) read.set(key, (catalog = load()));
  return catalog;
}

export const consoleCatalog = (locale: Locale) => cached(`console:${locale}`, () => readCatalog(locale, isConsoleFile, true));
export const displayCatalog = (locale: Locale) => cached(`display:${locale}`, () => readCatalog(locale, (file) => file === 'display.json', false));

function translator(locale: Locale, catalogOf: (l: Locale) => Catalog): Translate {
  const own = catalogOf(locale);
  const t = createTranslator(locale, own, catalogOf(SOURCE_LOCALE));
  return (id, values) => {
    if (own[id] === undefined) throw new Error(`No message “${id}” in ${locale}: the test names a message the app does not have.`);
    return t(id, values);
  };
}

/** What the console says in this language, by message id ("live.start"). */
export const consoleSays = (locale: Locale): Translate => translator(locale, consoleCatalog);
/** What the room's screen says in this language, by message id ("speaker.label"). */
export const displaySays = (locale: Locale): Translate => translator(locale, displayCatalog);

/**
 * The app's own English sentences that must not be seen in another language:
 * every English message of these catalogs with no placeholder, of more than
 * one word, that the language words differently. Single words are left out
 * because they turn up inside names and other languages' words.
 */
export function englishPhrases(locale: Locale, catalogOf: (l: Locale) => Record<string, string>): string[] {
  const english = catalogOf(SOURCE_LOCALE);
  const own = catalogOf(locale);
  const phrases = new Set<string>();
  for (const [id, message] of Object.entries(english)) {
    if (message.includes('{') || !/\S\s+\S/.test(message) || message.length < 8) continue;
    if (own[id] === message) continue;
    phrases.add(message.trim());
  }
  return [...phrases];
}
