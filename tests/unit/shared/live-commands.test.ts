import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '#shared/agenda/agenda';
import { applyLiveCommand, settle, type LiveContext } from '#shared/live/apply-command';
import { meetingProgress } from '#shared/live/agenda-runner';
import type { LiveCommand } from '#shared/live/commands';
import { initialLiveState, type LiveState } from '#shared/live/live-state';
import { roundOrder } from '#shared/live/round-order';
import { orderedQueue, speakingTotals, upNext } from '#shared/live/speaking';
import { elapsedMs } from '#shared/live/timer';

const item = (id: string, kind: AgendaItem['kind'], minutes: number, perSpeakerSeconds: number | null = null): AgendaItem => ({
  id,
  kind,
  title: id,
  minutes,
  objective: '',
  perSpeakerSeconds,
});
const AGENDA = [
  item('welcome', 'welcome', 10),
  item('checkin', 'check_in_round', 15, 90),
  item('talk', 'topic_discussion', 25),
  item('break', 'break', 10),
];
const PEOPLE = ['ana', 'ben', 'cai', 'dee'];

const start = (now = 0): LiveState => initialLiveState(now);

/** Runs commands at given times, as the backend would, and returns the final state. */
function run(steps: [number, LiveCommand][], initial = start(), agenda = AGENDA, present = PEOPLE) {
  let live = initial;
  let items = agenda;
  for (const [now, command] of steps) {
    const ctx: LiveContext = { agenda: items, present, meetingNumber: 0, seed: 7, now };
    const outcome = applyLiveCommand(live, command, ctx);
    live = outcome.live;
    items = outcome.agenda;
  }
  return { live, agenda: items };
}

describe('agenda runner', () => {
  it('banks time per item and moves next, previous and past skipped items', () => {
    const { live } = run([
      [60_000, { type: 'nextItem' }],
      [120_000, { type: 'skipItem' }],
      [150_000, { type: 'previousItem' }],
    ]);
    // Back from 'talk' past the skipped check-in to the welcome.
    expect(live.itemIndex).toBe(0);
    expect(live.itemActualMs).toEqual({ welcome: 60_000, checkin: 60_000, talk: 30_000 });
    expect(live.skippedItemIds).toEqual(['checkin']);
  });

  it('tracks overrun and the projected end as minutes are added', () => {
    const { live, agenda } = run([[0, { type: 'adjustMinutes', itemId: 'talk', deltaMinutes: 5 }]]);
    // 10 + 15 + 30 + 10 = 65 minutes planned for a 60-minute meeting.
    expect(meetingProgress(live, agenda, 60, 0)).toMatchObject({ projectedEndAt: 65 * 60_000, overrunMs: 5 * 60_000 });
    // 12 minutes into a 10-minute welcome: two more minutes over.
    expect(meetingProgress(live, agenda, 60, 12 * 60_000).overrunMs).toBe(7 * 60_000);
  });

  it('reorders only upcoming items', () => {
    const { agenda } = run([[0, { type: 'moveItem', itemId: 'break', toIndex: 1 }]]);
    expect(agenda.map((i) => i.id)).toEqual(['welcome', 'break', 'checkin', 'talk']);
    expect(() => run([[0, { type: 'moveItem', itemId: 'welcome', toIndex: 2 }]])).toThrow('Only upcoming items');
  });
});

describe('round-robin', () => {
  it('records each turn, offers passes at the end, and a second pass is final', () => {
    const { live } = run([
      [0, { type: 'nextItem' }],
      [0, { type: 'startRound', mode: 'seating' }],
      [40_000, { type: 'pass' }], // ana passes
      [100_000, { type: 'nextSpeaker' }], // ben spoke 60 s
      [130_000, { type: 'nextSpeaker' }], // cai 30 s
      [150_000, { type: 'nextSpeaker' }], // dee 20 s → ana is offered her turn
    ]);
    expect(live.speaker?.participantId).toBe('ana');
    expect(live.speaker?.limitMs).toBe(90_000);
    expect(live.round?.offeringPasses).toBe(true);
    expect(live.turns.map((t) => [t.participantId, t.durationMs, t.passed])).toEqual([
      ['ana', 0, true],
      ['ben', 60_000, false],
      ['cai', 30_000, false],
      ['dee', 20_000, false],
    ]);
    const after = run([[160_000, { type: 'pass' }]], live).live;
    expect(after.speaker).toBeNull();
    expect(after.round?.remaining).toEqual([]);
    expect(after.turns.at(-1)).toMatchObject({ participantId: 'ana', passed: true });
  });

  it('adds a late arrival to the end, and refuses someone already in the round', () => {
    const state = run([[0, { type: 'startRound', mode: 'seating' }]], start(), AGENDA, PEOPLE).live;
    const late = run([[1, { type: 'addToRound', participantId: 'eli' }]], state, AGENDA, [...PEOPLE, 'eli']).live;
    expect(late.round?.remaining).toEqual(['ben', 'cai', 'dee', 'eli']);
    expect(() => run([[1, { type: 'addToRound', participantId: 'ben' }]], state)).toThrow('already have a place');
    expect(upNext(late, 1, 2)).toEqual(['ben', 'cai']);
  });

  it('rotates the starting person and alternates direction from one meeting to the next', () => {
    expect(roundOrder(PEOPLE, 'rotating', 0, 1)).toEqual(['ana', 'ben', 'cai', 'dee']);
    expect(roundOrder(PEOPLE, 'rotating', 1, 1)).toEqual(['ben', 'ana', 'dee', 'cai']);
    expect(roundOrder(PEOPLE, 'rotating', 2, 1)).toEqual(['cai', 'dee', 'ana', 'ben']);
    const shuffled = roundOrder(PEOPLE, 'random', 0, 42);
    expect([...shuffled].sort()).toEqual(PEOPLE);
    expect(roundOrder(PEOPLE, 'random', 0, 42)).toEqual(shuffled);
  });
});

describe('open discussion queue', () => {
  it('gives priority to whoever has spoken least, then to who raised a hand first', () => {
    let { live } = run([
      [0, { type: 'raiseHand', participantId: 'ana' }],
      [0, { type: 'nextSpeaker' }],
      [120_000, { type: 'stopSpeaker' }], // ana spoke 2 minutes
      [121_000, { type: 'raiseHand', participantId: 'ana' }],
      [122_000, { type: 'raiseHand', participantId: 'ben' }],
      [123_000, { type: 'raiseHand', participantId: 'cai' }],
    ]);
    expect(orderedQueue(live, 124_000).map((e) => e.participantId)).toEqual(['ben', 'cai', 'ana']);
    live = run([[124_000, { type: 'setQueuePolicy', policy: 'first_come' }]], live).live;
    expect(orderedQueue(live, 124_000).map((e) => e.participantId)).toEqual(['ana', 'ben', 'cai']);
    live = run(
      [
        [125_000, { type: 'lowerHand', participantId: 'ana' }],
        [126_000, { type: 'nextSpeaker' }],
      ],
      live,
    ).live;
    expect(live.speaker?.participantId).toBe('ben');
    expect(() => run([[0, { type: 'raiseHand', participantId: 'stranger' }]])).toThrow('marked present');
    expect(speakingTotals(live, 186_000).get('ben')).toBe(60_000);
  });
});

describe('resume after restart', () => {
  it('needs nothing but the stored state and the clock: JSON round trip mid-meeting', () => {
    const { live } = run([
      [0, { type: 'nextItem' }],
      [0, { type: 'startRound', mode: 'seating' }],
      [30_000, { type: 'toggleTimer' }], // paused after 30 s
    ]);
    const restored = JSON.parse(JSON.stringify(live)) as LiveState;
    // Restarted ten minutes later: the paused speaker still has 30 s, the item kept counting.
    expect(elapsedMs(restored.speaker!.timer, 630_000)).toBe(30_000);
    expect(elapsedMs(restored.itemTimer, 630_000)).toBe(630_000);
    const resumed = run(
      [
        [630_000, { type: 'toggleTimer' }],
        [650_000, { type: 'nextSpeaker' }],
      ],
      restored,
    ).live;
    expect(resumed.turns.at(-1)).toMatchObject({ participantId: 'ana', durationMs: 50_000 });
    expect(resumed.speaker?.participantId).toBe('ben');
  });

  it('settles the last turn and item when the meeting ends', () => {
    const { live, agenda } = run([
      [0, { type: 'raiseHand', participantId: 'dee' }],
      [0, { type: 'nextSpeaker' }],
    ]);
    const settled = settle(live, agenda, 45_000);
    expect(settled.turns).toEqual([{ participantId: 'dee', itemId: 'welcome', source: 'queue', durationMs: 45_000, passed: false }]);
    expect(settled.itemActualMs.welcome).toBe(45_000);
  });
});
