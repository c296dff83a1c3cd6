import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runBrowserMode } from '../browser-host/run-browser-mode';
import { findElectronBinary, realLookupEdges } from './find-electron';

/**
 * `npm start`: the desktop app when an Electron runtime is installed,
 * otherwise browser mode, said in one plain line.
 */
const args = process.argv.slice(2);
const lookup =
  process.env.CIRCLEKEEPER_BROWSER_MODE === '1'
    ? { found: false as const, reason: 'CIRCLEKEEPER_BROWSER_MODE=1 asks for it' }
    : findElectronBinary(realLookupEdges);

if (lookup.found) {
  const mainEntry = fileURLToPath(new URL('./main.mjs', import.meta.url));
  const child = spawn(lookup.binary, [mainEntry, ...args], { stdio: 'inherit' });
  child.on('error', (error) => {
    console.error(`Could not start Electron (${error.message}); try \`npm run start:browser\`.`);
    process.exit(1);
  });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`No Electron runtime here (${lookup.reason}), so Circlekeeper starts in browser mode instead.`);
  runBrowserMode(args, process.env).catch((error: unknown) => {
    console.error(`Circlekeeper could not start: ${(error as Error).message}`);
    process.exit(1);
  });
}
