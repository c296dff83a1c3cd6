import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';
import { ok } from './test-backend';
import { writeV2History } from './storage-support';
import { decryptedRecord, everyFile, openWithVault } from './vault-support';
import { recordFiles } from '../../../electron/backend/vault/reencrypt';

const tempDir = useTempDirs();
const OLD = 'correct horse battery';
const NEW = 'staple orbit lantern';
let script = '';

beforeAll(async () => {
  const out = await tempDir();
  script = join(out, 'reencrypt-and-die.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./support/reencrypt-and-die.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'warning',
  });
});

async function encrypted(dir: string): Promise<void> {
  await writeV2History(dir, 2, 20);
  const backend = await openWithVault(dir);
  await ok(backend, 'vault.enable', { passphrase: OLD, understood: true });
  await backend.close();
}

describe('a real SIGKILL while the passphrase is being changed', () => {
  it(
    'leaves a folder that opens with the old passphrase or the new one, at every file, and the next start finishes the change',
    { timeout: 120_000 },
    async () => {
      const template = await tempDir();
      await encrypted(template);
      const expected = await decryptedRecord(template, OLD);
      const files = (await recordFiles(template)).length;
      expect(files).toBeGreaterThan(4);

      // Stop after the first file, one in the middle, and the last one (the key file is not yet final then).
      for (const killAfter of [1, Math.floor(files / 2), files]) {
        const dir = await tempDir();
        await encrypted(dir);
        const run = spawnSync(process.execPath, [script, dir, OLD, NEW, String(killAfter)], { encoding: 'utf8' });
        expect(run.signal, `after ${String(killAfter)} files: ${run.stderr}`).toBe('SIGKILL');

        // Both passphrases still open every file of the record, and it is the same record.
        expect(await decryptedRecord(dir, OLD), `old passphrase after ${String(killAfter)}`).toEqual(expected);
        expect(await decryptedRecord(dir, NEW), `new passphrase after ${String(killAfter)}`).toEqual(expected);

        // Alternate which passphrase the next start is given: either finishes the change.
        const given = killAfter % 2 === 0 ? OLD : NEW;
        const backend = await openWithVault(dir);
        const status = await ok(backend, 'vault.status', {});
        expect(status).toMatchObject({ state: 'locked', changing: true });
        await ok(backend, 'vault.unlock', { passphrase: given });
        expect((await ok(backend, 'group.list', {})).length).toBeGreaterThan(0);
        await backend.close();

        // Finished: only the new passphrase opens it now, every file sealed with one key.
        await expect(decryptedRecord(dir, OLD)).rejects.toThrow(/did not open/);
        const after = await decryptedRecord(dir, NEW);
        expect(Object.keys(after).sort()).toEqual(Object.keys(expected).sort());
        const keyIds = new Set(
          (await everyFile(dir))
            .filter((f) => f.path.endsWith('.json') && f.path !== 'circlekeeper-key.json')
            .map((f) => f.bytes.subarray(22, 38).toString('latin1')),
        );
        expect(keyIds.size).toBe(1);
      }
    },
  );
});
