// Builds the Node side with esbuild: the main process, the browser host and
// the launcher as ESM, the preload as one CommonJS file (sandboxed preloads
// cannot load ES modules). The renderer is built by Vite (renderer/vite.config.ts).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  outdir: 'dist/electron',
};

await Promise.all([
  build({
    ...common,
    format: 'esm',
    // npm packages stay in node_modules; electron is provided by the runtime.
    packages: 'external',
    entryPoints: { main: 'electron/main/main.ts' },
    outExtension: { '.js': '.mjs' },
  }),
  build({
    ...common,
    format: 'esm',
    // Browser mode's host, and the launcher that falls back to it, carry
    // their packages in the one file: loading a single module instead of a
    // few hundred is most of their start-up time. ws's optional native
    // helpers stay out (it works without them).
    external: ['bufferutil', 'utf-8-validate'],
    // Some bundled packages are CommonJS and call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    entryPoints: { 'browser-host': 'electron/browser-host/main.ts', start: 'electron/launcher/start.ts' },
    outExtension: { '.js': '.mjs' },
  }),
  build({
    ...common,
    format: 'cjs',
    external: ['electron'],
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outExtension: { '.js': '.cjs' },
  }),
]);
