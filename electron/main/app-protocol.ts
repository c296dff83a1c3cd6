import { readRendererFile, type RendererFileAccess } from '../serving/renderer-files';
import { securityHeaders, type PagePolicy } from '../serving/security-headers';
import { APP_HOST, APP_SCHEME } from './security/app-origin';

/** The app's pages reach the backend over IPC, which needs no socket: they may connect nowhere. */
const APP_PAGE_POLICY: PagePolicy = { connectSrc: "'none'" };

/** Headers sent with every app:// response, whatever the file. */
function responseHeaders(contentType: string): Record<string, string> {
  return { 'Content-Type': contentType, ...securityHeaders(APP_PAGE_POLICY) };
}

export interface AppProtocolOptions extends RendererFileAccess {
  /** The built renderer folder. */
  rootDir: string;
}

function notFound(status = 404): Response {
  return new Response(null, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}

/**
 * The handler for protocol.handle('app', ...): serves the built renderer,
 * read-only, from our host only, always with the CSP header. Which file a
 * path names, and whether it may be read, is decided in renderer-files.ts,
 * the same as for the browser host. `readFile` and `path` are injectable so
 * tests run without a disk and check Windows rules on Linux.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405);
    const file = await readRendererFile(options.rootDir, url.pathname, options);
    if (file === null) return notFound();
    const headers = responseHeaders(file.contentType);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers });
  };
}
