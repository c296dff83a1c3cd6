import { DomainError } from '#shared/contract/errors';
import { msg, errorOfText } from '#shared/contract/error-message';
import type { VaultStatus } from '#shared/custody/vault-status';
import type { CustodyContext } from './custody-context';
import { changePassphrase, enableEncryption, finishChange, removeEncryption, unlock, type Unlocked } from '../vault/vault';
import { plainState, unlockedState, type KeyKeeper, type OpenVaultState, type VaultState } from '../vault/vault-state';

export interface VaultHost {
  custody: CustodyContext;
  keyKeeper?: KeyKeeper;
  state: () => VaultState;
  adopt: (next: OpenVaultState) => void;
  isOpen: () => boolean;
  /** Opens the record for the first time, after the passphrase was given. */
  openNow: () => Promise<void>;
  reopen: <T>(work: () => Promise<T>, after?: (outcome: T) => void) => Promise<T>;
}

function wrongPassphrase(field: string): DomainError {
  return new DomainError('invalid_input', msg('vault.wrongPassphrase'), field);
}

export function vaultHandlers(host: VaultHost) {
  const { custody, keyKeeper } = host;
  const canRemember = () => keyKeeper?.available() ?? false;
  // At creation the folder is unlocked only if this computer's keychain held its key.
  let remembered = host.state().kind === 'unlocked';

  const status = (): VaultStatus => {
    const state = host.state();
    return {
      state: state.kind,
      changing: state.kind === 'locked' && (state.file?.changing ?? false),
      problem: state.kind === 'locked' ? (state.problem?.english ?? null) : null,
      problemText: state.kind === 'locked' ? (state.problem?.text ?? null) : null,
      canRemember: canRemember(),
      remembered: state.kind === 'unlocked' && remembered,
    };
  };

  async function remember(unlocked: Unlocked | null, wanted: boolean | undefined): Promise<void> {
    if (!keyKeeper || !canRemember()) return;
    if (wanted && unlocked?.current) {
      await keyKeeper.save(custody.dataDir, unlocked.current);
      remembered = true;
    } else if (wanted === false || !unlocked) {
      await keyKeeper.forget(custody.dataDir);
      remembered = false;
    } else if (remembered && unlocked.current) {
      // A new key after a change of passphrase replaces the one kept.
      await keyKeeper.save(custody.dataDir, unlocked.current);
    }
  }

  /** The facilitator's passphrase, checked against the key file before any change. */
  async function checked(passphrase: string, field: string): Promise<Unlocked> {
    const state = host.state();
    if (state.kind !== 'unlocked') throw new DomainError('conflict', msg('vault.notEncrypted'));
    const result = await unlock(state.unlocked.file, passphrase);
    if (!result.ok) throw wrongPassphrase(field);
    return result.unlocked;
  }

  function notDuringMeeting(what: 'encrypt' | 'changePassphrase' | 'decrypt'): void {
    if (custody.meetingLive()) throw new DomainError('conflict', msg('vault.meetingUnderWay', { what }));
  }

  const cost = custody.kdfCost ? { cost: custody.kdfCost } : {};

  return {
    'vault.status': status,

    'vault.unlock': async ({ passphrase, remember: wanted }: { passphrase: string; remember?: boolean | undefined }) => {
      const state = host.state();
      if (state.kind !== 'locked') return status();
      if (!state.file) throw new DomainError('conflict', state.problem === null ? msg('vault.cannotOpen') : errorOfText(state.problem.english));
      const result = await unlock(state.file, passphrase);
      if (!result.ok) {
        if (result.reason === 'wrong_passphrase') throw wrongPassphrase('passphrase');
        throw new DomainError('storage_failed', msg('vault.keyFileDamaged'));
      }
      let unlocked: Unlocked | null = result.unlocked;
      // A change of passphrase that a crash cut short is finished now, before anything reads the files.
      if (state.file.changing) unlocked = await finishChange(custody.dataDir, unlocked);
      host.adopt(unlocked ? unlockedState(unlocked) : plainState());
      await remember(unlocked, wanted);
      await host.openNow();
      return status();
    },

    'vault.enable': async ({ passphrase, remember: wanted }: { passphrase: string; remember?: boolean | undefined }) => {
      if (host.state().kind !== 'plain') throw new DomainError('conflict', msg('vault.alreadyEncrypted'));
      notDuringMeeting('encrypt');
      const unlocked = await host.reopen(
        () => enableEncryption(custody.dataDir, passphrase, cost),
        (done) => host.adopt(unlockedState(done)),
      );
      await remember(unlocked, wanted ?? false);
      return status();
    },

    'vault.change': async ({ current, passphrase }: { current: string; passphrase: string }) => {
      const unlocked = await checked(current, 'current');
      if (current === passphrase) throw new DomainError('invalid_input', msg('vault.samePassphrase'), 'passphrase');
      notDuringMeeting('changePassphrase');
      const next = await host.reopen(
        () => changePassphrase(custody.dataDir, unlocked, current, passphrase, cost),
        (done) => host.adopt(unlockedState(done)),
      );
      await remember(next, undefined);
      return status();
    },

    'vault.disable': async ({ current }: { current: string }) => {
      const unlocked = await checked(current, 'current');
      notDuringMeeting('decrypt');
      await host.reopen(
        () => removeEncryption(custody.dataDir, unlocked, current, cost),
        () => host.adopt(plainState()),
      );
      await remember(null, false);
      return status();
    },

    'vault.forgetOnThisComputer': async () => {
      if (keyKeeper) await keyKeeper.forget(custody.dataDir);
      remembered = false;
      custody.announce('vault.forgetOnThisComputer');
      return status();
    },
  };
}
