// What `npm run dev -- …` accepts. Ports are fixed (not "any free one") so
// Vite's proxy knows where the host is and the printed links stay the same
// from one run to the next.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

function port(text, flag) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${flag} ${text}: use a port number from 1 to 65535.`);
  return value;
}

/**
 * Development never opens a facilitator's real data by accident: without
 * --data-dir it uses dist/dev/data in the checkout (CIRCLEKEEPER_DATA_DIR is
 * not consulted either, since it may point at the real folder). dist/ is
 * git-ignored, allowed at the top level (DESIGN.md), and packaging takes
 * only named files from it.
 */
export function devOptions(argv, root) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '5173' },
      'host-port': { type: 'string', default: '5174' },
      'new-tokens': { type: 'boolean', default: false },
    },
  });
  const options = {
    // A given folder is read as `npm start` reads it (from where npm runs: the checkout).
    dataDir: values['data-dir'] === undefined ? join(root, 'dist', 'dev', 'data') : resolve(values['data-dir']),
    vitePort: port(values.port, '--port'),
    hostPort: port(values['host-port'], '--host-port'),
    newTokens: values['new-tokens'],
  };
  if (options.vitePort === options.hostPort) throw new Error('--port and --host-port must differ: Vite and the host each need their own.');
  return options;
}
