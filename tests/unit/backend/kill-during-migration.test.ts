import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '#shared/storage/database';
import { useTempDirs } from './temp-dir';
import { DATA_FILE_NAME, openAt, recordOnDisk, writeV2History } from './storage-support';

const tempDir = useTempDirs();
const NOW = Date.UTC(2026, 10, 28, 12);
let script = '';

beforeAll(async () => {
  const out = await tempDir();
  script = join(out, 'migrate-and-die.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./support/migrate-and-die.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Everything in one file (the packages too), so it runs from a temporary folder.
    outfile: script,
    logLevel: 'warning',
  });
});

describe('a real SIGKILL during the migration to archives', () => {
  it('leaves the old file or the new layout at every step, and the next start ends with the same record', { timeout: 60_000 }, async () => {
    const clean = await tempDir();
    await writeV2History(clean, 2);
    let steps = 0;
    await (await openAt(clean, NOW, () => (steps += 1))).close();
    const expected = await recordOnDisk(clean);

    for (let step = 1; step <= steps; step += 1) {
      const dir = await tempDir();
      await writeV2History(dir, 2);
      const original = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
      const run = spawnSync(process.execPath, [script, dir, String(step)], { encoding: 'utf8' });
      expect(run.signal, `step ${String(step)}: ${run.stderr}`).toBe('SIGKILL');

      const hot = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
      const version = (JSON.parse(hot) as { schemaVersion: number }).schemaVersion;
      if (version === 2) expect(hot).toBe(original);
      else expect(version).toBe(CURRENT_SCHEMA_VERSION);

      await (await openAt(dir, NOW)).close();
      expect(await recordOnDisk(dir), `after a kill at step ${String(step)}`).toEqual(expected);
    }
  });
});
