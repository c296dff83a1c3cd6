import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonFilePreferenceStore } from '../../../electron/backend/preferences';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('JsonFilePreferenceStore', () => {
  it('remembers values across instances, in a file only the user can read', async () => {
    const path = join(await tempDir(), 'prefs.json');
    new JsonFilePreferenceStore(path).set('displayId', 2779098405);
    expect(new JsonFilePreferenceStore(path).get('displayId')).toBe(2779098405);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ displayId: 2779098405 });
  });

  it('falls back to defaults when the file is broken or invalid', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'broken.json'), '{');
    expect(new JsonFilePreferenceStore(join(dir, 'broken.json')).get('displayId')).toBeUndefined();
    await writeFile(join(dir, 'invalid.json'), JSON.stringify({ displayId: 'projector' }));
    expect(new JsonFilePreferenceStore(join(dir, 'invalid.json')).get('displayId')).toBeUndefined();
  });
});
