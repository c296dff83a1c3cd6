import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextCatalogs } from '#shared/i18n/check-catalogs';
import { LOCALES } from '#shared/i18n/locales';

const ROOT = fileURLToPath(new URL('../../../../shared/i18n/messages/', import.meta.url));

/** Every shipped catalog as translators edit it: messages/<locale>/<namespace>.json, keys starting "_" being notes. */
export function readCatalogs(): TextCatalogs {
  const out = {} as TextCatalogs;
  for (const locale of LOCALES) {
    out[locale] = {};
    for (const file of readdirSync(`${ROOT}${locale}`).filter((f) => f.endsWith('.json'))) {
      const raw = JSON.parse(readFileSync(`${ROOT}${locale}/${file}`, 'utf8')) as Record<string, string>;
      out[locale][file.replace(/\.json$/, '')] = Object.fromEntries(Object.entries(raw).filter(([key]) => !key.startsWith('_')));
    }
  }
  return out;
}
