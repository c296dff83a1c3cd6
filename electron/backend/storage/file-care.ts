import { chmod, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files set aside as unreadable (or records set aside) are kept this long, then deleted. */
export const SET_ASIDE_KEPT_DAYS = 30;
const SET_ASIDE = /\.(unreadable|set-aside)-[0-9TZ-]+\.json$/;

async function entries(folder: string) {
  try {
    return await readdir(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * Only this account may read the record: folders 0700, files 0600, whatever
 * made them (an older version, browser mode, a copy from elsewhere). POSIX
 * only; Windows keeps a user's application data private by its own rules.
 */
export async function tightenPermissions(dataDir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const walk = async (folder: string, depth: number): Promise<void> => {
    await chmod(folder, 0o700).catch(() => undefined);
    for (const entry of await entries(folder)) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && depth < 5) await walk(path, depth + 1);
      else if (entry.isFile()) await chmod(path, 0o600).catch(() => undefined);
    }
  };
  await walk(dataDir, 0);
}

/**
 * Deletes files set aside more than SET_ASIDE_KEPT_DAYS ago: they may hold
 * what a member asked to have erased, so they are not kept for ever. The
 * notice that set them aside says how long they stay.
 */
export async function pruneSetAside(dataDir: string, now: number): Promise<void> {
  const cutoff = now - SET_ASIDE_KEPT_DAYS * 86_400_000;
  const visit = async (folder: string, depth: number): Promise<void> => {
    for (const entry of await entries(folder)) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && depth < 2 && entry.name !== 'backups') await visit(path, depth + 1);
      else if (entry.isFile() && SET_ASIDE.test(entry.name) && (await stat(path)).mtimeMs < cutoff) await rm(path, { force: true });
    }
  };
  await visit(dataDir, 0);
}
