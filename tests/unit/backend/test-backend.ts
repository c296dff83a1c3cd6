import { createBackend, type Backend } from '../../../electron/backend/backend';
import type { MethodResult } from '#shared/contract/contract';
import type { DisplaySnapshot } from '#shared/display/display-view';
import type { MethodName } from '#shared/contract/method-names';

/** A clock that only moves when told to, and ids that say what order they were made in. */
export function fixedEdges(start = Date.UTC(2026, 10, 25, 18, 0)) {
  let now = start;
  let id = 0;
  return {
    clock: () => now,
    advance: (ms: number) => {
      now += ms;
    },
    newId: () => `id${String(++id)}`,
  };
}

export async function openBackend(dataDir: string, edges = fixedEdges()): Promise<Backend> {
  return createBackend({ dataDir, clock: edges.clock, newId: edges.newId, timeZone: 'Europe/London' });
}

/** Calls and unwraps, failing the test with the backend's message when it refuses. */
export async function ok<M extends MethodName>(backend: Backend, method: M, input: unknown): Promise<MethodResult<M>> {
  const envelope = await backend.call(method, input);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

/** The schedule most backend tests plan with. */
export { TEST_SCHEDULE as WEEKLY_TUESDAY } from '../../support/test-schedule';

/** What the room display shows now: a new subscriber is sent the current snapshot at once. */
export function currentDisplay(backend: Backend): DisplaySnapshot {
  let snapshot: DisplaySnapshot | null = null;
  const stop = backend.subscribe('display', (event) => {
    if (event.name === 'display') snapshot ??= event.payload;
  });
  stop();
  if (!snapshot) throw new Error('The backend sent no display snapshot to a new subscriber.');
  return snapshot;
}
