import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend/backend';
import { readFlag, resolveDataDir } from '../backend/data-dir';
import { JsonFilePreferenceStore } from '../backend/preferences';
import { startBrowserHost, type RunningBrowserHost } from './browser-host';
import { parseDevOrigin } from './dev-origin';
import { listenOnChosenPort } from './port-choice';
import { newTokens } from './tokens';

const PORT_ENV = 'CIRCLEKEEPER_PORT';

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`“${text}” is not a port number. Use a number from 1 to 65535, or 0 for the port used last time.`);
  }
  return port;
}

/**
 * Browser mode: the backend over HTTP + WebSocket, for when no Electron
 * runtime is installed, for end-to-end tests, and for anyone who prefers a
 * browser. Tokens and the port are remembered per data directory so an open
 * console and display reconnect by themselves after a restart, also when it
 * is started with `--port 0` (see port-choice.ts).
 */
export async function runBrowserMode(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<RunningBrowserHost> {
  const dataDir = resolveDataDir(argv, env, process.platform);
  const chosenPort = parsePort(readFlag(argv, '--port') ?? env[PORT_ENV]);
  const devOrigin = parseDevOrigin(readFlag(argv, '--dev-origin'));
  const preferences = new JsonFilePreferenceStore(join(dataDir, 'browser-preferences.json'));
  const remembered = preferences.get('browserHost');
  const tokens = remembered && !argv.includes('--new-tokens') ? remembered : newTokens();
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  const backend = await createBackend({ dataDir });

  const devOption = devOrigin === undefined ? {} : { devOrigin };
  let host: RunningBrowserHost;
  let notice: string | undefined;
  try {
    ({ listening: host, notice } = await listenOnChosenPort(chosenPort, remembered?.port, (port) =>
      startBrowserHost({ backend, tokens, rendererDir, port, ...devOption }),
    ));
  } catch (error) {
    await backend.close();
    throw error;
  }
  preferences.set('browserHost', { port: host.port, ...tokens });

  // Under `npm run dev` the pages to open are Vite's (hot reload); its proxy brings their sockets here.
  const shown = (url: string) => (devOrigin === undefined ? url : devOrigin + url.slice(host.origin.length));
  if (notice !== undefined) console.log(notice);
  console.log(
    `Circlekeeper is running in browser mode${devOrigin === undefined ? '' : ` for development (pages from ${devOrigin})`}. Data: ${dataDir}`,
  );
  console.log(`  Console (facilitator): ${shown(host.consoleUrl)}`);
  console.log(`  Display (room screen): ${shown(host.displayUrl)}`);
  console.log('Open the display link on the screen the room sees. Press Ctrl+C to stop.');

  const stop = () => {
    void host
      .close()
      .then(() => backend.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return {
    ...host,
    close: async () => {
      await host.close();
      await backend.close();
    },
  };
}
