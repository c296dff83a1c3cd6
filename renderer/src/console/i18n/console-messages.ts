import type { Catalog } from '#shared/i18n/catalog';
import type { Locale } from '#shared/i18n/locales';

/**
 * The console's messages: every shared/i18n/messages/<locale>/console-*.json,
 * common.json, content.json (the built-in ground rules and agenda), exports.json
 * (the schedule in words, member-list refusals, file names), errors.json
 * (refusals, see translate-error.ts) and notices.json (the backend's start-up
 * notices, see translate-notice.ts), merged with the namespace as prefix
 * ("console-live.json" key "next" → "live.next"). English is in the bundle;
 * another language is a chunk of its own, fetched when chosen.
 */
type Module = { default: Catalog };

const english = import.meta.glob<Module>(
  [
    '../../../../shared/i18n/messages/en/console-*.json',
    '../../../../shared/i18n/messages/en/common.json',
    '../../../../shared/i18n/messages/en/content.json',
    '../../../../shared/i18n/messages/en/exports.json',
    '../../../../shared/i18n/messages/en/errors.json',
    '../../../../shared/i18n/messages/en/notices.json',
  ],
  { eager: true },
);
const others = import.meta.glob<Module>([
  '../../../../shared/i18n/messages/*/console-*.json',
  '../../../../shared/i18n/messages/*/common.json',
  '../../../../shared/i18n/messages/*/content.json',
  '../../../../shared/i18n/messages/*/exports.json',
  '../../../../shared/i18n/messages/*/errors.json',
  '../../../../shared/i18n/messages/*/notices.json',
  // English is in the bundle already.
  '!../../../../shared/i18n/messages/en/**',
]);

function namespaceOf(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
  return file.replace(/^console-/, '');
}

function merge(modules: [string, Module][]): Catalog {
  const out: Record<string, Catalog[string]> = {};
  for (const [path, module] of modules) {
    const ns = namespaceOf(path);
    for (const [key, message] of Object.entries(module.default)) out[`${ns}.${key}`] = message;
  }
  return out;
}

export const CONSOLE_SOURCE: Catalog = merge(Object.entries(english));

export async function loadConsoleMessages(locale: Locale): Promise<Catalog> {
  const paths = Object.keys(others).filter((path) => path.includes(`/messages/${locale}/`));
  const modules = await Promise.all(paths.map(async (path) => [path, await (others[path] as () => Promise<Module>)()] as [string, Module]));
  return merge(modules);
}
