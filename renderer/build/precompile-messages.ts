import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const MESSAGES = /[\\/]shared[\\/]i18n[\\/]messages[\\/][a-z]{2}[\\/][\w.-]+\.json$/;

/**
 * Message catalogs reach the bundle already parsed into ICU ASTs, and the
 * parser itself is swapped for FormatJS's "no-parser" entry: the room
 * display then carries about 2.5 KB of formatter instead of about 10 KB
 * (see the display bundle figure in `npm run bench`). A message that does
 * not parse fails the build here, with its id.
 */
export function precompileMessages(): Plugin {
  return {
    name: 'circlekeeper-precompile-messages',
    enforce: 'pre',
    config: () => ({
      resolve: { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] },
    }),
    transform(code, id) {
      if (!MESSAGES.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(messages)) {
        if (key.startsWith('_')) continue;
        try {
          compiled[key] = parse(message);
        } catch (error) {
          this.error(`${id}: the message “${key}” is not valid ICU: ${(error as Error).message}`);
        }
      }
      // Still JSON: Vite turns it into a module after this.
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}
