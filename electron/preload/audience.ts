import type { Audience } from '#shared/contract/events';

/** How main tells a window's preload which audience it serves. */
const AUDIENCE_FLAG = '--circle-audience';

export function audienceArgument(audience: Audience): string {
  return `${AUDIENCE_FLAG}=${audience}`;
}

/**
 * Reads the audience from the preload's argv. Anything missing or unknown
 * means 'display', the audience that can do least: a window that was not
 * told it is the console gets no way to call the backend.
 */
export function readAudience(argv: readonly string[]): Audience {
  const prefix = `${AUDIENCE_FLAG}=`;
  const values = argv.filter((arg) => arg.startsWith(prefix)).map((arg) => arg.slice(prefix.length));
  return values.length === 1 && values[0] === 'console' ? 'console' : 'display';
}
