// esbuild in watch mode for the Node side of browser mode: the host and the
// backend and shared code it bundles. Each good build calls onBuilt (the dev
// loop restarts the host); a failed one leaves the running host alone.
import { context } from 'esbuild';

export async function watchHost(root, outfile, onBuilt) {
  const ctx = await context({
    absWorkingDir: root,
    entryPoints: ['electron/browser-host/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    // Unlike the shipped build (electron/build.mjs), packages stay in
    // node_modules: rebuilds are quicker, and start-up time matters less here.
    packages: 'external',
    logLevel: 'warning',
    plugins: [
      {
        name: 'restart-host',
        setup(build) {
          build.onEnd((result) => {
            if (result.errors.length === 0) onBuilt();
            else console.log('[dev] The host did not build; the running one stays until the next good build.');
          });
        },
      },
    ],
  });
  await ctx.watch();
  return ctx;
}
