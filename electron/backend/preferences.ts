import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * Preferences are not meeting data: losing them costs a click, not a record.
 * Electron keeps them in electron-store, browser mode in a small JSON file;
 * both sit behind this interface (DESIGN.md, "Persistence").
 */
export const Preferences = z.object({
  consoleBounds: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).optional(),
  displayId: z.number().optional(),
  browserHost: z.object({ port: z.number().int().min(0).max(65535), consoleToken: z.string(), displayToken: z.string() }).optional(),
  /**
   * Electron only: data keys kept for "remember on this computer", per data
   * folder, each encrypted by the operating system's keychain (safeStorage).
   */
  keptKeys: z.record(z.string(), z.string().max(2000)).optional(),
});
export type Preferences = z.infer<typeof Preferences>;

export interface PreferenceStore {
  get<K extends keyof Preferences>(key: K): Preferences[K];
  set<K extends keyof Preferences>(key: K, value: Preferences[K]): void;
}

/** The browser-mode store. An unreadable file just means default preferences. */
export class JsonFilePreferenceStore implements PreferenceStore {
  private values: Preferences;

  constructor(private readonly path: string) {
    this.values = JsonFilePreferenceStore.load(path);
  }

  private static load(path: string): Preferences {
    try {
      const parsed = Preferences.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  get<K extends keyof Preferences>(key: K): Preferences[K] {
    return this.values[key];
  }

  set<K extends keyof Preferences>(key: K, value: Preferences[K]): void {
    this.values = { ...this.values, [key]: value };
    mkdirSync(dirname(this.path), { recursive: true });
    const temp = `${this.path}.tmp`;
    // Tokens live here, so only the user may read the file.
    writeFileSync(temp, JSON.stringify(this.values, null, 2), { mode: 0o600 });
    renameSync(temp, this.path);
  }
}
