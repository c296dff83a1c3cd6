import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Audience } from '#shared/contract/events';

export interface HostTokens {
  consoleToken: string;
  displayToken: string;
}

export function newTokens(): HostTokens {
  return { consoleToken: randomBytes(24).toString('base64url'), displayToken: randomBytes(24).toString('base64url') };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Which audience a token speaks for, or null when it is no token of ours. */
export function audienceOf(tokens: HostTokens, token: string | null | undefined): Audience | null {
  if (!token) return null;
  if (sameSecret(token, tokens.consoleToken)) return 'console';
  if (sameSecret(token, tokens.displayToken)) return 'display';
  return null;
}
