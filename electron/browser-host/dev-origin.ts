/**
 * `--dev-origin`: the one extra page origin whose console socket the host
 * accepts, for `npm run dev` only. There the page comes from Vite's dev
 * server (another port, so another origin) and reaches the host through
 * Vite's proxy, so its Origin is never the host's own. Nothing turns this on
 * but the explicit flag: no default, no environment variable.
 *
 * Only a loopback http origin is taken, written exactly as a browser sends
 * it, so a typo cannot quietly open the socket to another site.
 */
export function parseDevOrigin(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const problem = `“${text}” is not a development origin. Give Vite's page address, such as http://127.0.0.1:5173 (http, 127.0.0.1 or localhost, a port, nothing after it).`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(problem);
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  // url.origin drops any path, query or default port, so comparing it with the text refuses all of those.
  if (url.protocol !== 'http:' || !loopback || url.port === '' || url.origin !== text) throw new Error(problem);
  return text;
}
