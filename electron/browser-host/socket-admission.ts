import type { Audience } from '#shared/contract/events';
import { audienceOf, type HostTokens } from './tokens';

export interface UpgradeFacts {
  /** The Host header, already one of ours when the caller checked it. */
  host: string | undefined;
  origin: string | undefined;
  pathname: string;
  token: string | null;
}

export type Admission = { audience: Audience } | { refuse: '401 Unauthorized' | '403 Forbidden' };

/**
 * Who may open the socket. The token says which audience; the Origin says
 * which page is asking. A browser always sends the Origin of the page, and
 * only our own page (the address it was opened on, which is the Host it
 * connects to) may use a token: a page of any other site, or of another
 * server on this machine (another port is another origin), is refused.
 *
 * The console must show its page's Origin; a client without one is not the
 * console page, and the console token grants every method. The display may
 * come without one: it only ever hears the public display view.
 *
 * devOrigin (dev-origin.ts, `npm run dev` only) names one more page origin
 * allowed in: Vite's, whose proxy passes the page's socket on to us.
 */
export function admitSocket(facts: UpgradeFacts, tokens: HostTokens, allowedHosts: readonly string[], devOrigin?: string): Admission {
  const { host, origin } = facts;
  if (host === undefined || !allowedHosts.includes(host) || facts.pathname !== '/ws') return { refuse: '403 Forbidden' };
  const ownOrigin = `http://${host}`;
  if (origin !== undefined && origin !== ownOrigin && (devOrigin === undefined || origin !== devOrigin)) return { refuse: '403 Forbidden' };
  const audience = audienceOf(tokens, facts.token);
  if (audience === null) return { refuse: '401 Unauthorized' };
  if (audience === 'console' && origin === undefined) return { refuse: '403 Forbidden' };
  return { audience };
}
