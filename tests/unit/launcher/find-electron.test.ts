import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, realLookupEdges, type LookupEdges } from '../../../electron/launcher/find-electron';

function edges(files: Record<string, string>, packageDir: string | null = '/app/node_modules/electron', env: NodeJS.ProcessEnv = {}): LookupEdges {
  return {
    packageDir: () => packageDir,
    exists: (path) => path in files,
    readText: (path) => files[path] ?? '',
    env,
  };
}

describe('findElectronBinary', () => {
  it('finds the binary that path.txt names', () => {
    const dir = '/app/node_modules/electron';
    const binary = join(dir, 'dist', 'electron');
    expect(findElectronBinary(edges({ [join(dir, 'path.txt')]: 'electron\n', [binary]: '' }))).toEqual({ found: true, binary });
  });

  it('says why when the binary was never downloaded', () => {
    expect(findElectronBinary(edges({}))).toEqual({ found: false, reason: 'the Electron binary was never downloaded for this machine' });
  });

  it('says why when the package is missing or the binary is gone', () => {
    expect(findElectronBinary(edges({}, null))).toMatchObject({ found: false, reason: 'the electron package is not installed' });
    const dir = '/app/node_modules/electron';
    const lookup = findElectronBinary(edges({ [join(dir, 'path.txt')]: 'electron' }));
    expect(lookup.found ? '' : lookup.reason).toContain('binary is missing');
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = '/app/node_modules/electron';
    const lookup = findElectronBinary(
      edges({ [join(dir, 'path.txt')]: 'electron', '/opt/e/electron': '' }, dir, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }),
    );
    expect(lookup).toEqual({ found: true, binary: '/opt/e/electron' });
  });

  it('looks at the real install without requiring electron', () => {
    // Whatever this machine has, the answer is a decision, not a thrown download error.
    const lookup = findElectronBinary(realLookupEdges);
    expect(typeof lookup.found).toBe('boolean');
  });
});
