import { randomInt, randomUUID } from 'node:crypto';
import { createDraft, finishDraft } from 'immer';
import { contract, type MethodResult, type Notice, type ParsedInput } from '#shared/contract/contract';
import { DomainError, describeInputError, type Envelope } from '#shared/contract/errors';
import { changesOf } from '#shared/contract/effects';
import { mayCall, type AnyEvent, type Audience, type ChangeEvent, type ChangeTopic } from '#shared/contract/events';
import type { Meeting } from '#shared/domain/types';
import { isMethodName, type MethodName } from '#shared/contract/method-names';
import type { DisplaySnapshot } from '#shared/display/display-view';
import { projectDisplayView } from '#shared/display/project-display-view';
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
import { openStore } from './storage/open-store';
import { plainWriteError, StorageHealth } from './storage/storage-health';
import { editBackups } from './storage/backup-scrub';
import { detach } from './detach';

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
  const notices: Notice[] = [];
  let announceNotices = (): void => undefined;
  const health = new StorageHealth(options.dataDir, notices, () => announceNotices());
  const opened = await openStore(options.dataDir, clock(), {
    health,
    ...(options.durable === undefined ? {} : { durable: options.durable }),
    ...(options.storageStep ? { step: options.storageStep } : {}),
    notify: (notice) => {
      notices.push(notice);
      announceNotices();
    },
  });
  const { store } = opened;
  notices.push(...opened.notices);
  const hub = new EventHub();
  const queue = new SerialQueue();
  let version = 0;
  let closed = false;
  let lastDisplayJson = JSON.stringify(projectDisplayView(store.hot(), clock()));

  const displaySnapshot = (): DisplaySnapshot => {
    const now = clock();
    return { version, now, view: projectDisplayView(store.hot(), now) };
  };

  /** The room hears of a change as soon as it is current, before it is written (DESIGN.md: the room first). */
  function tellDisplay(): void {
    const now = clock();
    const view = projectDisplayView(store.hot(), now);
    const json = JSON.stringify(view);
    if (json === lastDisplayJson) return;
    lastDisplayJson = json;
    version += 1;
    hub.emit({ name: 'display', payload: { version, now, view } });
  }

  function announce(topics: ChangeTopic[], meetingsBefore: readonly Meeting[] = store.hot().meetings): void {
    version += 1;
    const payload: ChangeEvent = { version, now: clock(), topics };
    const after = store.hot().meetings;
    if (after !== meetingsBefore) {
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
    read: () => store.hot(),
    view: async (meetingIds) => (await store.workingSet(meetingIds)).data,
    history: (groupId) => store.history(groupId),
    editBackups: async (change) => {
      try {
        await editBackups(options.dataDir, change, options.durable ?? true);
      } catch (error) {
        throw new DomainError(
          'storage_failed',
          `The change was saved, but the backups could not all be brought in line (${plainWriteError(error)}). Try again once the disk is writable.`,
        );
      }
    },
    now: clock,
    newId,
    randomId: () => randomUUID().replace(/-/g, '').slice(0, 24),
    random: options.random ?? (() => randomInt(0, 2 ** 32) / 2 ** 32),
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    dataFile: opened.path,
    notices,
    noticesChanged: () => announce([...changesOf('app.dismissNotice')]),
    mutate: (command, fn, meetingIds = []) =>
      queue.run(async () => {
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
  };

  // Retention runs at every start-up, so old private notes go even if nobody opens the setting.
  if (store.hot().settings.privateNoteRetentionMonths !== null) {
    const cleared = await applyRetention(ctx);
    if (cleared > 0) {
      notices.push({
        id: `retention-${String(clock())}`,
        level: 'info',
        title: 'Old private notes were deleted',
        detail: `Private notes of ${String(cleared)} meeting${cleared === 1 ? '' : 's'} older than ${String(store.hot().settings.privateNoteRetentionMonths)} months were deleted, as the retention setting asks.`,
      });
    }
  }

  // Damage to an archive is found soon after start-up, not only when someone opens an old meeting;
  // a few seconds later, so reading ten years of archives does not compete with the first key presses.
  let verifying: Promise<void> = Promise.resolve();
  const verifyTimer = setTimeout(() => {
    verifying = opened.verifyArchives().catch((error: unknown) => {
      console.error('Could not check the archives', error);
    });
  }, options.verifyArchivesAfterMs ?? 5000);
  verifyTimer.unref();

  async function call(method: string, input: unknown, audience: Audience = 'console'): Promise<Envelope<unknown>> {
    if (closed) return { ok: false, error: { code: 'internal', message: 'Circlekeeper is shutting down; try again after it restarts.' } };
    if (!mayCall(audience)) {
      return { ok: false, error: { code: 'forbidden', message: 'The room display can only show what the console sends it.' } };
    }
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `There is no action called “${method.slice(0, 100)}”.` } };
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeInputError(parsed.error, input) };
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toShape() };
      return { ok: false, error: { code: 'internal', message: `Something went wrong: ${(error as Error).message}` } };
    }
  }

  return {
    dataFile: opened.path,
    call: call,
    subscribe(audience, listener) {
      const unsubscribe = hub.subscribe(audience, listener);
      // A new window sees the room at once rather than waiting for the next change.
      listener({ name: 'display', payload: displaySnapshot() });
      return unsubscribe;
    },
    isMeetingLive: () => store.hot().meetings.some((m) => m.status === 'live'),
    async close() {
      closed = true;
      clearTimeout(verifyTimer);
      await verifying;
      await queue.run(() => Promise.resolve());
    },
  };
}
