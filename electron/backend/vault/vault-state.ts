import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PLAIN_CODEC, isSealed, type DataKey, type FileCodec } from '../storage/file-codec';
import type { NoticeText } from '#shared/contract/contract';
import { noticeSentence } from '../i18n/notice-text';
import { keyFilePath, type KeyFile } from './key-file';
import { codecOf, unlockWithKey, vaultOpening, type Unlocked } from './vault';

/**
 * Keeps a data key with the operating system's keychain (Electron's
 * safeStorage), so "remember on this computer" opens the folder without the
 * passphrase. Injected by electron/main; browser mode has none.
 */
export interface KeyKeeper {
  available(): boolean;
  load(dataDir: string): Promise<DataKey | null>;
  save(dataDir: string, key: DataKey): Promise<void>;
  forget(dataDir: string): Promise<void>;
}

export type VaultState =
  | { kind: 'plain'; codec: FileCodec }
  | { kind: 'locked'; file: KeyFile | null; problem: { english: string; text: NoticeText } | null }
  | { kind: 'unlocked'; unlocked: Unlocked; codec: FileCodec };

export type OpenVaultState = Exclude<VaultState, { kind: 'locked' }>;

export function plainState(): OpenVaultState {
  return { kind: 'plain', codec: PLAIN_CODEC };
}

export function unlockedState(unlocked: Unlocked): OpenVaultState {
  return { kind: 'unlocked', unlocked, codec: codecOf(unlocked) };
}

async function hotFileIsSealed(dataDir: string): Promise<boolean> {
  try {
    const start = await readFile(join(dataDir, 'circlekeeper.json'));
    return isSealed(start);
  } catch {
    return false;
  }
}

/**
 * The folder's state at start: in clear, encrypted and waiting for the
 * passphrase, or opened with a key this computer kept. A folder whose data
 * is encrypted but whose key file is missing or unreadable stays shut, with
 * the reason: opening it as empty would set the data aside as unreadable.
 */
export async function openVault(dataDir: string, keeper?: KeyKeeper): Promise<VaultState> {
  const opening = await vaultOpening(dataDir);
  if (opening.kind === 'bad') {
    return {
      kind: 'locked',
      file: null,
      problem: noticeSentence({ key: 'vault.keyFileUnreadable', values: { path: keyFilePath(dataDir), reason: opening.reason } }),
    };
  }
  if (opening.kind === 'plain') {
    if (!(await hotFileIsSealed(dataDir))) return plainState();
    return {
      kind: 'locked',
      file: null,
      problem: noticeSentence({ key: 'vault.keyFileMissing', values: { dataDir, path: keyFilePath(dataDir) } }),
    };
  }
  if (keeper?.available()) {
    const kept = await keeper.load(dataDir).catch(() => null);
    const unlocked = kept ? unlockWithKey(opening.file, kept) : null;
    if (unlocked) return unlockedState(unlocked);
  }
  return { kind: 'locked', file: opening.file, problem: null };
}
