import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronLookup = { found: true; binary: string } | { found: false; reason: string };

export interface LookupEdges {
  /** Where the electron package lives, or null when it is not installed. */
  packageDir: () => string | null;
  exists: (path: string) => boolean;
  readText: (path: string) => string;
  env: NodeJS.ProcessEnv;
}

/**
 * Finds the Electron binary by looking at files only. Requiring 'electron'
 * would try to download the binary when it is missing (Electron 42 and
 * later), which fails offline with a confusing error.
 */
export function findElectronBinary(edges: LookupEdges): ElectronLookup {
  const packageDir = edges.packageDir();
  if (packageDir === null) return { found: false, reason: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  if (!edges.exists(pathFile)) return { found: false, reason: 'the Electron binary was never downloaded for this machine' };
  const relative = edges.readText(pathFile).trim();
  const distDir = edges.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  if (!edges.exists(binary)) return { found: false, reason: `the Electron binary is missing (${binary})` };
  return { found: true, binary };
}

export const realLookupEdges: LookupEdges = {
  packageDir: () => {
    try {
      return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    } catch {
      return null;
    }
  },
  exists: existsSync,
  readText: (path) => readFileSync(path, 'utf8'),
  env: process.env,
};
