import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { readKeyFile } from '../../../electron/backend/vault/key-file';
import { codecOf, unlock } from '../../../electron/backend/vault/vault';

/** scrypt at a cost that keeps tests quick; the app's default is far higher. */
export const CHEAP_KDF = { N: 2 ** 10, r: 8, p: 1 };
export const NOW = Date.UTC(2026, 10, 28, 12);

export function openWithVault(dataDir: string): Promise<Backend> {
  return createBackend({ dataDir, clock: () => NOW, timeZone: 'Europe/London', kdfCost: CHEAP_KDF, verifyArchivesAfterMs: 60_000 });
}

/** Every file under the folder, as bytes, with its path (backups and set-aside files included). */
export async function everyFile(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const out: { path: string; bytes: Buffer }[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.push({ path: relative(dir, path), bytes: await readFile(path) });
    }
  };
  await walk(dir);
  return out;
}

/** The record's files (not backups), opened with the passphrase: what "the same data" means for an encrypted folder. */
export async function decryptedRecord(dir: string, passphrase: string): Promise<Record<string, unknown>> {
  const read = await readKeyFile(dir);
  if (read.kind !== 'good') throw new Error(`no key file: ${read.kind}`);
  const opened = await unlock(read.file, passphrase);
  if (!opened.ok) throw new Error(`the passphrase did not open the key file: ${opened.reason}`);
  const codec = codecOf(opened.unlocked);
  const out: Record<string, unknown> = {};
  for (const file of await everyFile(dir)) {
    if (!file.path.endsWith('.json') || file.path.startsWith('backups') || file.path.includes('.unreadable-')) continue;
    if (file.path === 'circlekeeper-key.json' || file.path === 'browser-preferences.json') continue;
    out[file.path] = JSON.parse(codec.decode(file.bytes).toString('utf8')) as unknown;
  }
  return out;
}
