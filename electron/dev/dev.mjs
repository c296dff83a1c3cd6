// `npm run dev`: the renderer from Vite's dev server (hot reload) and the
// browser host rebuilt by esbuild and restarted on every change under
// electron/ or shared/. Vite proxies the page's socket (/ws) to the host,
// which accepts Vite's origin because it is started with --dev-origin.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, createServer } from 'vite';
import { devOptions } from './dev-options.mjs';
import { hostProcess } from './host-process.mjs';
import { watchHost } from './watch-host.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let options;
try {
  options = devOptions(process.argv.slice(2), root);
} catch (error) {
  console.error(`npm run dev: ${error.message}`);
  process.exit(2);
}
const viteOrigin = `http://127.0.0.1:${String(options.vitePort)}`;
const hostOrigin = `http://127.0.0.1:${String(options.hostPort)}`;

const hostArgs = ['--data-dir', options.dataDir, '--port', String(options.hostPort), '--dev-origin', viteOrigin];
if (options.newTokens) hostArgs.push('--new-tokens');
const host = hostProcess(join(root, 'dist/dev/browser-host.mjs'), hostArgs);
process.on('exit', () => host.killNow());

// While the host restarts, the page's reconnect attempts find its port closed
// and Vite would print a stack trace for each. That gap is expected; a host
// that stays down says so itself (host-process.mjs).
const logger = createLogger();
const logError = logger.error.bind(logger);
logger.error = (message, logOptions) => {
  if (logOptions?.error?.code !== 'ECONNREFUSED') logError(message, logOptions);
};

// Vite ends the process on SIGTERM once it has closed itself, before the
// host is stopped; the dev loop takes SIGTERM over (shutdown() below).
const sigtermBefore = new Set(process.listeners('SIGTERM'));
const vite = await createServer({
  configFile: join(root, 'renderer/vite.config.ts'),
  customLogger: logger,
  // The host's links are printed in the same terminal; keep them on screen.
  clearScreen: false,
  server: {
    host: '127.0.0.1',
    port: options.vitePort,
    strictPort: true,
    proxy: {
      '^/ws(\\?|$)': {
        target: hostOrigin,
        ws: true,
        // The host refuses a Host header other than its own (DNS rebinding).
        // The Origin is left as the page's: the host checks it against --dev-origin.
        changeOrigin: true,
      },
    },
  },
});
for (const listener of process.listeners('SIGTERM')) if (!sigtermBefore.has(listener)) process.off('SIGTERM', listener);
await vite.listen();
console.log(`[dev] Vite serves the renderer on ${viteOrigin} with hot reload; open the links the host prints (they carry the tokens).`);

let builds = 0;
const watcher = await watchHost(root, 'dist/dev/browser-host.mjs', () => {
  builds += 1;
  if (builds > 1) console.log('[dev] The host was rebuilt; restarting it.');
  void host.restart();
});

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await watcher.dispose();
  await host.stop();
  await vite.close();
  console.log('[dev] Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
