import { describe, expect, it, vi } from 'vitest';
import { latestSocket } from './fake-web-socket';
import { displayEvent, okResult, startClient, track, useFakeSockets } from './socket-client-harness';

useFakeSockets();

/** The display versions a view subscribed to the client gets shown. */
function shownVersions(client: ReturnType<typeof startClient>['client']): number[] {
  const shown: number[] = [];
  client.on('display', (snapshot) => shown.push(snapshot.version));
  return shown;
}

describe('socket client: a backend restart', () => {
  it('shows the restarted host’s first snapshot though its version is lower', () => {
    const { client } = startClient();
    const shown = shownVersions(client);
    latestSocket().open();
    latestSocket().receive(displayEvent(41));
    latestSocket().receive(displayEvent(42));

    latestSocket().drop();
    vi.advanceTimersByTime(250);
    latestSocket().open();
    // A new host process counts versions from the start again.
    latestSocket().receive(displayEvent(1));
    latestSocket().receive(displayEvent(2));
    expect(shown).toEqual([41, 42, 1, 2]);
  });

  it('still drops an older snapshot within the new connection', () => {
    const { client } = startClient();
    const shown = shownVersions(client);
    latestSocket().open();
    latestSocket().receive(displayEvent(9));
    latestSocket().drop();
    vi.advanceTimersByTime(250);
    latestSocket().open();
    latestSocket().receive(displayEvent(3));
    latestSocket().receive(displayEvent(2));
    expect(shown).toEqual([9, 3]);
  });
});

describe('socket client: frames out of order or not understood', () => {
  it('drops a display snapshot older than the one shown', () => {
    const { client } = startClient();
    const shown = shownVersions(client);
    latestSocket().open();
    latestSocket().receive(displayEvent(5));
    latestSocket().receive(displayEvent(4));
    latestSocket().receive(displayEvent(6));
    expect(shown).toEqual([5, 6]);
  });

  it('ignores a result for a call it is not waiting for', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { client } = startClient();
    latestSocket().open();
    const call = track(client.call('group.list', {}));

    latestSocket().receive(okResult(99, ['not ours']));
    await Promise.resolve();
    expect(call.state).toBe('pending');

    latestSocket().receive(okResult(1, ['ours']));
    await Promise.resolve();
    expect(call).toEqual({ state: 'resolved', value: ['ours'] });
    // An answer repeated after the call settled is no one's either.
    expect(() => latestSocket().receive(okResult(1, ['again']))).not.toThrow();
    // Quietly: an answer for no one is routine, not a frame that was not understood.
    expect(errors).not.toHaveBeenCalled();
  });

  it('rejects with the host’s own error when a call fails', async () => {
    const { client } = startClient();
    latestSocket().open();
    const call = client.call('group.list', {});
    latestSocket().receive({
      type: 'result',
      id: 1,
      envelope: { ok: false, error: { code: 'invalid_input', message: 'Name is required.', field: 'name' } },
    });
    await expect(call).rejects.toMatchObject({ code: 'invalid_input', message: 'Name is required.', field: 'name' });
  });

  it('ignores a frame that is not JSON without throwing, and keeps working', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { client, states } = startClient();
    const shown = shownVersions(client);
    latestSocket().open();
    const call = client.call('group.list', {});

    expect(() => latestSocket().receive('{"type":"event", cut short')).not.toThrow();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(client.connection()).toBe('open');

    latestSocket().receive(displayEvent(1));
    latestSocket().receive(okResult(1, []));
    await expect(call).resolves.toEqual([]);
    expect(shown).toEqual([1]);
    expect(states).toEqual(['open']);
  });
});
