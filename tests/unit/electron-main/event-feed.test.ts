import { describe, expect, it } from 'vitest';
import type { AnyEvent, Audience } from '#shared/contract/events';
import { EventFeed } from '../../../electron/main/event-feed';

function fakeBackend() {
  const subscribers = new Set<{ audience: Audience; listener: (event: AnyEvent) => void }>();
  return {
    subscribers,
    subscribe: (audience: Audience, listener: (event: AnyEvent) => void) => {
      const entry = { audience, listener };
      subscribers.add(entry);
      return () => subscribers.delete(entry);
    },
    emit: (event: AnyEvent) => subscribers.forEach((s) => s.listener(event)),
  };
}

const changed: AnyEvent = { name: 'changed', payload: { version: 1, now: 0, topics: ['groups'] } };

describe('EventFeed', () => {
  it('subscribes with its own audience', () => {
    const backend = fakeBackend();
    new EventFeed(backend.subscribe, 'display').connect(() => undefined);
    expect([...backend.subscribers].map((s) => s.audience)).toEqual(['display']);
  });

  it('never doubles up after a reload', () => {
    const backend = fakeBackend();
    const feed = new EventFeed(backend.subscribe, 'console');
    const sent: AnyEvent[] = [];
    feed.connect((e) => sent.push(e));
    feed.connect((e) => sent.push(e));
    backend.emit(changed);
    expect(sent).toHaveLength(1);
    expect(backend.subscribers.size).toBe(1);
  });

  it('stops sending once disconnected', () => {
    const backend = fakeBackend();
    const feed = new EventFeed(backend.subscribe, 'console');
    const sent: AnyEvent[] = [];
    feed.connect((e) => sent.push(e));
    feed.disconnect();
    feed.disconnect();
    backend.emit(changed);
    expect(sent).toEqual([]);
    expect(backend.subscribers.size).toBe(0);
  });
});
