import { randomInt, randomUUID } from 'node:crypto';
import { contract, type MethodResult, type Notice, type ParsedInput } from '../../shared/contract/contract';
import { DomainError, describeInputError, type Envelope } from '../../shared/contract/errors';
import { mayCall, type AnyEvent, type Audience, type ChangeTopic } from '../../shared/contract/events';
import { isMethodName, type MethodName } from '../../shared/contract/method-names';
import type { DisplaySnapshot } from '../../shared/display/display-view';
import { projectDisplayView } from '../../shared/display/project-display-view';
import { Database } from '../../shared/storage/database';
import { EventHub } from './event-hub';
import { appHandlers } from './handlers/app';
import type { HandlerContext } from './handlers/context';
import { groupHandlers } from './handlers/groups';
import { actionItemHandlers } from './handlers/action-items';
import { attendanceHandlers } from './handlers/attendance';
import { exportHandlers } from './handlers/export';
import { feedbackHandlers } from './handlers/feedback';
import { today } from './handlers/lookup';
import { applyNoteRetention, noteHandlers } from './handlers/notes';
import { calendarHandlers } from './handlers/calendar';
import { liveHandlers } from './handlers/live';
import { meetingHandlers } from './handlers/meetings';
import { memberHandlers } from './handlers/members';
import { roomHandlers } from './handlers/room';
import { templateHandlers } from './handlers/templates';
import { SerialQueue } from './serial-queue';
import { openDataFile } from './storage/open-data-file';

export interface BackendOptions {
  dataDir: string;
  /** Injected so tests can move time; defaults to the wall clock. */
  clock?: () => number;
  newId?: () => string;
  /** The machine's IANA time zone; injected so tests do not depend on where they run. */
  timeZone?: string;
  /** For shuffling anonymous records; cryptographic by default. */
  random?: () => number;
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
  const opened = await openDataFile(options.dataDir, clock());
  const { db } = opened;
  const notices: Notice[] = opened.notices;
  const hub = new EventHub();
  const queue = new SerialQueue();
  let version = 0;
  let closed = false;
  let lastDisplayJson = JSON.stringify(projectDisplayView(db.data, clock()));

  const displaySnapshot = (): DisplaySnapshot => {
    const now = clock();
    return { version, now, view: projectDisplayView(db.data, now) };
  };

  function announce(topics: ChangeTopic[]): void {
    version += 1;
    hub.emit({ name: 'changed', payload: { version, now: clock(), topics } });
    const snapshot = displaySnapshot();
    const json = JSON.stringify(snapshot.view);
    if (json !== lastDisplayJson) {
      lastDisplayJson = json;
      hub.emit({ name: 'display', payload: snapshot });
    }
  }

  const ctx: HandlerContext = {
    read: () => db.data,
    now: clock,
    newId,
    randomId: () => randomUUID().replace(/-/g, '').slice(0, 24),
    random: options.random ?? (() => randomInt(0, 2 ** 32) / 2 ** 32),
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    dataFile: opened.path,
    notices,
    noticesChanged: () => announce(['notices']),
    mutate: (topics, fn) =>
      queue.run(async () => {
        const before = db.data;
        const draft = structuredClone(before);
        const result = fn(draft);
        // Domain code should never produce invalid data; if it does, refuse to write it.
        const checked = Database.safeParse(draft);
        if (!checked.success) throw new DomainError('internal', 'That change would have stored invalid data, so it was not saved.');
        db.data = checked.data;
        try {
          await db.write();
        } catch (error) {
          db.data = before;
          throw new DomainError(
            'storage_failed',
            `Could not save to ${opened.path} (${(error as Error).message}). Nothing was changed; check the disk has space and the folder is writable.`,
          );
        }
        announce(topics);
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
    ...calendarHandlers(ctx),
    ...roomHandlers(ctx),
    'display.current': displaySnapshot,
  };

  // Retention runs at every start-up, so old private notes go even if nobody opens the setting.
  if (db.data.settings.privateNoteRetentionMonths !== null) {
    const cleared = await ctx.mutate(['meetings'], (draft) => applyNoteRetention(draft, today(undefined, clock(), ctx.timeZone)));
    if (cleared > 0) {
      notices.push({
        id: `retention-${String(clock())}`,
        level: 'info',
        title: 'Old private notes were deleted',
        detail: `Private notes of ${String(cleared)} meeting${cleared === 1 ? '' : 's'} older than ${String(db.data.settings.privateNoteRetentionMonths)} months were deleted, as the retention setting asks.`,
      });
    }
  }

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
    call: call as Backend['call'],
    subscribe(audience, listener) {
      const unsubscribe = hub.subscribe(audience, listener);
      // A new window sees the room at once rather than waiting for the next change.
      listener({ name: 'display', payload: displaySnapshot() });
      return unsubscribe;
    },
    isMeetingLive: () => db.data.meetings.some((m) => m.status === 'live'),
    async close() {
      closed = true;
      await queue.run(async () => undefined);
    },
  };
}
