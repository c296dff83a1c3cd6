import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '../../../renderer/src/api/api-client';
import { syncCache } from '../../../renderer/src/console/data/sync-cache';
import type { ChangeEvent } from '#shared/contract/events';
import type { Meeting } from '#shared/domain/types';

/** An API that only pushes: events and connection changes, by hand. */
function pushingApi() {
  let onChanged: (event: ChangeEvent) => void = () => undefined;
  let onConnection: (state: ConnectionState) => void = () => undefined;
  let state: ConnectionState = 'open';
  return {
    api: {
      on: ((_name: 'changed', listener: (event: ChangeEvent) => void) => {
        onChanged = listener;
        return () => undefined;
      }) as never,
      connection: () => state,
      onConnection: (listener: (s: ConnectionState) => void) => {
        onConnection = listener;
        return () => undefined;
      },
    },
    changed: (event: Partial<ChangeEvent>) => onChanged({ version: 1, now: 0, topics: [], ...event }),
    connect: (next: ConnectionState) => {
      state = next;
      onConnection(next);
    },
  };
}

const meeting = (id: string, status: Meeting['status'] = 'planned') => ({ id, groupId: 'g1', startsAt: 1, status }) as Meeting;

function cacheWith(entries: [string, unknown, unknown][]): QueryClient {
  const client = new QueryClient();
  for (const [method, input, data] of entries) client.setQueryData([method, input], data);
  return client;
}
const invalidated = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => String(q.queryKey[0]))
    .sort();

describe('syncCache', () => {
  it('refetches exactly the queries that read a changed topic, as declared', () => {
    const push = pushingApi();
    const client = cacheWith([
      ['member.list', { groupId: 'g1' }, []],
      ['group.list', {}, []],
      ['meeting.suggestRoles', { meetingId: 'm1' }, {}],
      ['room.get', {}, {}],
    ]);
    syncCache(push.api, client);
    push.changed({ topics: ['members'] });
    expect(invalidated(client)).toEqual(['meeting.suggestRoles', 'member.list']);
  });

  it('takes the meetings an event carries without refetching anything for a live key press', () => {
    const push = pushingApi();
    const client = cacheWith([
      ['meeting.list', { groupId: 'g1' }, [meeting('a'), meeting('b')]],
      ['meeting.history', { groupId: 'g1' }, []],
    ]);
    syncCache(push.api, client);
    const live = meeting('a', 'live');
    push.changed({ topics: ['live'], meetings: [live] });
    expect(invalidated(client)).toEqual([]);
    expect(client.getQueryData(['meeting.list', { groupId: 'g1' }])).toEqual([live, meeting('b')]);
    expect(client.getQueryData(['meeting.get', { meetingId: 'a' }])).toEqual(live);
    // A meeting that ended leaves the list of those not yet held.
    push.changed({ topics: ['meetings', 'history'], leftMeetingIds: ['a'] });
    expect(client.getQueryData(['meeting.list', { groupId: 'g1' }])).toEqual([meeting('b')]);
    expect(invalidated(client)).toContain('meeting.history');
  });

  it('refetches everything after a reconnect, since changes may have been missed', () => {
    const push = pushingApi();
    const client = cacheWith([
      ['group.list', {}, []],
      ['room.get', {}, {}],
    ]);
    syncCache(push.api, client);
    push.connect('reconnecting');
    expect(invalidated(client)).toEqual([]);
    push.connect('open');
    expect(invalidated(client)).toEqual(['group.list', 'room.get']);
  });
});
