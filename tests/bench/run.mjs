// `npm run bench`: bundles the benchmark with esbuild (Node 20 cannot run
// TypeScript by itself) and runs it. Figures are printed, never asserted.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = `${root}dist/bench/bench.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ['tests/bench/bench.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
process.exit(result.status ?? 1);
