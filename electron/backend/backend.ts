import { randomInt, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createDraft, finishDraft } from 'immer';
import { contract, type MethodResult, type Notice, type ParsedInput } from '#shared/contract/contract';
import { DomainError, describeInputError, type Envelope } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import { changesOf } from '#shared/contract/effects';
import { changeTopics, mayCall, type AnyEvent, type Audience, type ChangeEvent, type ChangeTopic } from '#shared/contract/events';
import type { Meeting } from '#shared/domain/types';
import { isMethodName, type MethodName } from '#shared/contract/method-names';
import type { DisplaySnapshot } from '#shared/display/display-view';
import { projectDisplayView, roomLocaleOf } from '#shared/display/project-display-view';
import { EventHub } from './event-hub';
import { appHandlers } from './handlers/app';
import type { HandlerContext } from './handlers/context';
import { groupHandlers } from './handlers/groups';
import { actionItemHandlers } from './handlers/action-items';
import { attendanceHandlers } from './handlers/attendance';
import { exportHandlers } from './handlers/export';
import { feedbackHandlers } from './handlers/feedback';
import { applyRetention, noteHandlers } from './handlers/notes';
import { calendarHandlers } from './handlers/calendar';
import { liveHandlers } from './handlers/live';
import { meetingHandlers } from './handlers/meetings';
import { memberHandlers } from './handlers/members';
import { reportHandlers } from './handlers/reports';
import { roomHandlers } from './handlers/room';
import { templateHandlers } from './handlers/templates';
import { goalHandlers } from './handlers/goals';
import { partnerHandlers } from './handlers/partners';
import { followUpHandlers } from './handlers/follow-ups';
import { reviewHandlers } from './handlers/reviews';
import { checkInHandlers } from './handlers/check-ins';
import { SerialQueue } from './serial-queue';
import { DATA_FILE_NAME, openStore, type OpenedStore } from './storage/open-store';
import type { DataStore } from './storage/data-store';
import { PLAIN_CODEC, type FileCodec } from './storage/file-codec';
import type { KdfCost } from './crypto/passphrase-key';
import { openVault, type KeyKeeper, type VaultState } from './vault/vault-state';
import { vaultHandlers } from './handlers/vault';
import { backupHandlers } from './handlers/backups';
import { copyHandlers } from './handlers/copies';
import { Transfers } from './custody/transfers';
import type { CustodyContext } from './handlers/custody-context';
import { plainWriteError, StorageHealth } from './storage/storage-health';
import { editBackups } from './storage/backup-scrub';
import { detach } from './detach';
import { isReviewItemTitle } from './i18n/review-item';
import { notice } from './i18n/notice-text';

export interface BackendOptions {
  dataDir: string;
  /** Injected so tests can move time; defaults to the wall clock. */
  clock?: () => number;
  newId?: () => string;
  /** The machine's IANA time zone; injected so tests do not depend on where they run. */
  timeZone?: string;
  /** For shuffling anonymous records; cryptographic by default. */
  random?: () => number;
  /** fsync every write (default). Off only to measure what it costs. */
  durable?: boolean;
  /** When to read every archive once to find damage early (default 5 s after start). */
  verifyArchivesAfterMs?: number;
  /** Crash points of the storage layer, for tests. */
  storageStep?: (name: string) => void;
  /** Electron: keeps the data key with the operating system's keychain (safeStorage), when asked to. */
  keyKeeper?: KeyKeeper;
  /** scrypt's cost for passphrases; lowered only by tests and the bench. */
  kdfCost?: KdfCost;
}

export interface Backend {
  readonly dataFile: string;
  call<M extends MethodName>(method: M, input: unknown, audience?: Audience): Promise<Envelope<MethodResult<M>>>;
  call(method: string, input: unknown, audience?: Audience): Promise<Envelope<unknown>>;
  subscribe(audience: Audience, listener: (event: AnyEvent) => void): () => void;
  /** True while a meeting is under way: the Electron host keeps the display awake then. */
  isMeetingLive(): boolean;
  /** Waits for writes under way; nothing is accepted afterwards. */
  close(): Promise<void>;
}

type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => MethodResult<M> | Promise<MethodResult<M>> };

/** Short, URL-safe ids; a UUID's randomness without its length on screen and disk. */
function defaultNewId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 20);
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? Date.now;
  const newId = options.newId ?? defaultNewId;
  const durable = options.durable ?? true;
  const notices: Notice[] = [];
  let announceNotices = (): void => undefined;
  const health = new StorageHealth(options.dataDir, notices, () => announceNotices());
  const hub = new EventHub();
  const queue = new SerialQueue();
  let version = 0;
  let closed = false;

  /** The open record; null while an encrypted folder waits for its passphrase. */
  let opened: OpenedStore | null = null;
  let codec: FileCodec = PLAIN_CODEC;
  let vault: VaultState = await openVault(options.dataDir, options.keyKeeper);

  const current = (): DataStore => {
    if (!opened) throw new DomainError('locked', msg('vault.locked'));
    return opened.store;
  };

  async function openRecord(backUp = true): Promise<void> {
    const fresh = await openStore(options.dataDir, clock(), {
      health,
      durable,
      codec,
      backUp,
      ...(options.storageStep ? { step: options.storageStep } : {}),
      notify: (notice) => {
        notices.push(notice);
        announceNotices();
      },
    });
    notices.push(...fresh.notices);
    opened = fresh;
  }

  const displaySnapshot = (): DisplaySnapshot => {
    const now = clock();
    if (!opened) return { version, now, locale: 'en', view: { screen: 'getting_ready' } };
    const data = opened.store.hot();
    return { version, now, locale: roomLocaleOf(data), view: projectDisplayView(data, now, isReviewItemTitle) };
  };
  let lastDisplayJson = '';

  /** The room hears of a change as soon as it is current, before it is written (DESIGN.md: the room first). */
  function tellDisplay(): void {
    const snapshot = displaySnapshot();
    // A change of the room's language alone is a change the room must see.
    const json = JSON.stringify([snapshot.locale, snapshot.view]);
    if (json === lastDisplayJson) return;
    lastDisplayJson = json;
    version += 1;
    hub.emit({ name: 'display', payload: { ...snapshot, version } });
  }

  function announce(topics: readonly ChangeTopic[], meetingsBefore: readonly Meeting[] | null = opened?.store.hot().meetings ?? null): void {
    version += 1;
    const payload: ChangeEvent = { version, now: clock(), topics: [...topics] };
    const after = opened?.store.hot().meetings ?? null;
    if (after && meetingsBefore && after !== meetingsBefore) {
      const known = new Set(meetingsBefore);
      const changed = after.filter((m) => !known.has(m));
      const stillHot = new Set(after.map((m) => m.id));
      const left = meetingsBefore.filter((m) => !stillHot.has(m.id)).map((m) => m.id);
      if (changed.length > 0) payload.meetings = changed;
      if (left.length > 0) payload.leftMeetingIds = left;
    }
    hub.emit({ name: 'changed', payload });
    tellDisplay();
  }
  announceNotices = () => announce(['notices']);

  const ctx: HandlerContext = {
    read: () => current().hot(),
    view: async (meetingIds) => (await current().workingSet(meetingIds)).data,
    history: (groupId) => current().history(groupId),
    editBackups: async (change) => {
      try {
        await editBackups(options.dataDir, change, durable, codec);
      } catch (error) {
        throw new DomainError('storage_failed', msg('storage.backupsBehind', { detail: plainWriteError(error) }));
      }
    },
    now: clock,
    newId,
    randomId: () => randomUUID().replace(/-/g, '').slice(0, 24),
    random: options.random ?? (() => randomInt(0, 2 ** 32) / 2 ** 32),
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    get dataFile() {
      return join(options.dataDir, DATA_FILE_NAME);
    },
    notices,
    noticesChanged: () => announce([...changesOf('app.dismissNotice')]),
    mutate: (command, fn, meetingIds = []) =>
      queue.run(async () => {
        const store = current();
        const topics = [...changesOf(command)];
        const meetingsBefore = store.hot().meetings;
        const working = await store.workingSet(meetingIds);
        // Structural sharing: only what fn touches is copied, so a change costs what it changed.
        const draft = createDraft(working.data);
        const result = detach(fn(draft));
        let written: { history: boolean };
        try {
          written = await store.commit(working, finishDraft(draft), tellDisplay);
        } catch (error) {
          // Not saved, so not shown: the room goes back to what is on disk.
          tellDisplay();
          throw error;
        }
        // The console's acknowledgement waits for the disk, as it always has.
        announce(written.history && !topics.includes('history') ? [...topics, 'history'] : topics, meetingsBefore);
        return result;
      }),
  };

  // Damage to an archive is found soon after start-up, not only when someone opens an old meeting;
  // a few seconds later, so reading ten years of archives does not compete with the first key presses.
  let verifying: Promise<void> = Promise.resolve();
  let verifyTimer: NodeJS.Timeout | null = null;
  function scheduleVerify(): void {
    if (verifyTimer) clearTimeout(verifyTimer);
    const record = opened;
    verifyTimer = setTimeout(() => {
      verifying = (record?.verifyArchives() ?? Promise.resolve()).catch((error: unknown) => {
        console.error('Could not check the archives', error);
      });
    }, options.verifyArchivesAfterMs ?? 5000);
    verifyTimer.unref();
  }

  /** What follows every opening of the record: retention, then the check of the archives. */
  async function afterOpening(): Promise<void> {
    // Retention runs at every opening, so old private notes go even if nobody opens the setting.
    if (current().hot().settings.privateNoteRetentionMonths !== null) {
      const cleared = await applyRetention(ctx);
      if (cleared > 0) {
        const months = current().hot().settings.privateNoteRetentionMonths ?? 0;
        notices.push(
          notice(`retention-${String(clock())}`, 'info', { key: 'retention.title' }, { key: 'retention.detail', values: { count: cleared, months } }),
        );
      }
    }
    scheduleVerify();
  }

  /**
   * Runs work on the data folder's files with the record closed (after any
   * write under way), then opens it again and tells every window that
   * everything may have changed.
   */
  async function reopen<T>(work: () => Promise<T>, after?: (outcome: T) => void): Promise<T> {
    const outcome = await queue.run(async () => {
      await verifying;
      const result = await work();
      after?.(result);
      await openRecord(false);
      return result;
    });
    await afterOpening();
    announce(changeTopics);
    return outcome;
  }

  const custody: CustodyContext = {
    dataDir: options.dataDir,
    now: clock,
    codec: () => codec,
    store: current,
    hot: () => current().hot(),
    history: (groupId) => current().history(groupId),
    reopen: (work) => reopen(work),
    announce: (command) => announce([...changesOf(command)]),
    meetingLive: () => opened?.store.hot().meetings.some((m) => m.status === 'live') ?? false,
    durable,
    ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
  };

  const handlers: Handlers = {
    ...appHandlers(ctx),
    ...groupHandlers(ctx),
    ...memberHandlers(ctx),
    ...templateHandlers(ctx),
    ...meetingHandlers(ctx),
    ...attendanceHandlers(ctx),
    ...liveHandlers(ctx),
    ...noteHandlers(ctx),
    ...actionItemHandlers(ctx),
    ...feedbackHandlers(ctx),
    ...exportHandlers(ctx),
    ...reportHandlers(ctx),
    ...calendarHandlers(ctx),
    ...roomHandlers(ctx),
    ...goalHandlers(ctx),
    ...followUpHandlers(ctx),
    ...reviewHandlers(ctx),
    ...checkInHandlers(ctx),
    ...partnerHandlers(ctx),
    ...backupHandlers(custody),
    ...copyHandlers(custody, new Transfers(clock), newId),
    ...vaultHandlers({
      custody,
      ...(options.keyKeeper ? { keyKeeper: options.keyKeeper } : {}),
      state: () => vault,
      /** A new state of the vault: files are read and written with its codec from the next opening on. */
      adopt: (next) => {
        vault = next;
        codec = next.codec;
      },
      isOpen: () => opened !== null,
      openNow: async () => {
        await queue.run(() => openRecord());
        await afterOpening();
        announce(changeTopics);
      },
      reopen,
    }),
  };

  const atStart = vault;
  if (atStart.kind !== 'locked') {
    codec = atStart.codec;
    await openRecord();
    await afterOpening();
  }
  const first = displaySnapshot();
  lastDisplayJson = JSON.stringify([first.locale, first.view]);

  /** Before the passphrase is given, only these may be called: everything else needs the record. */
  const callableLocked = new Set<MethodName>(['vault.status', 'vault.unlock', 'app.status']);

  async function call(method: string, input: unknown, audience: Audience = 'console'): Promise<Envelope<unknown>> {
    if (closed) return { ok: false, error: { code: 'internal', message: 'Circlekeeper is shutting down; try again after it restarts.' } };
    if (!mayCall(audience)) {
      return { ok: false, error: { code: 'forbidden', message: 'The room display can only show what the console sends it.' } };
    }
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `There is no action called “${method.slice(0, 100)}”.` } };
    }
    if (!opened && !callableLocked.has(method)) {
      return { ok: false, error: { code: 'locked', message: 'The data is encrypted: type its passphrase in the console first.' } };
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeInputError(parsed.error, input) };
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toShape() };
      return { ok: false, error: new DomainError('internal', msg('internal', { detail: (error as Error).message })).toShape() };
    }
  }

  return {
    dataFile: join(options.dataDir, DATA_FILE_NAME),
    call: call,
    subscribe(audience, listener) {
      const unsubscribe = hub.subscribe(audience, listener);
      // A new window sees the room at once rather than waiting for the next change.
      listener({ name: 'display', payload: displaySnapshot() });
      return unsubscribe;
    },
    isMeetingLive: () => custody.meetingLive(),
    async close() {
      closed = true;
      if (verifyTimer) clearTimeout(verifyTimer);
      await verifying;
      await queue.run(() => Promise.resolve());
    },
  };
}
