import WebSocket from 'ws';
import type { MethodResult } from '#shared/contract/contract';
import type { MethodName } from '#shared/contract/method-names';

export interface TestApi {
  call<M extends MethodName>(method: M, input: unknown): Promise<MethodResult<M>>;
  close(): void;
}

/**
 * Talks to a running browser host the way the console page does, over its
 * WebSocket with the console token, so a test can set the scene quickly and
 * then drive the part under test through the real UI.
 */
export async function connectApi(consoleUrl: string): Promise<TestApi> {
  const url = new URL(consoleUrl);
  // The host lets the console token in only from the console page's own origin, as a browser sends it.
  const socket = new WebSocket(`ws://${url.host}/ws?token=${url.searchParams.get('token') ?? ''}`, { origin: url.origin });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const waiting = new Map<number, (envelope: { ok: boolean; value?: unknown; error?: { message: string } }) => void>();
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as {
      type: string;
      id?: number;
      envelope?: { ok: boolean; value?: unknown; error?: { message: string } };
    };
    if (message.type === 'result' && message.id !== undefined && message.envelope) waiting.get(message.id)?.(message.envelope);
  });
  let nextId = 1;
  return {
    call: (method, input) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, (envelope) => {
          waiting.delete(id);
          if (envelope.ok) resolve(envelope.value as never);
          else reject(new Error(`${method}: ${envelope.error?.message ?? 'failed'}`));
        });
        socket.send(JSON.stringify({ type: 'call', id, method, input }));
      }),
    close: () => socket.close(),
  };
}

import { TEST_SCHEDULE } from './test-schedule';

export { TEST_SCHEDULE };

export const SIX = ['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay'];

/** A group with six members (each with private details), a schedule and one planned meeting from the default template. */
export async function groupWithPlannedMeeting(api: TestApi) {
  const group = await api.call('group.create', { name: 'Tuesday Circle' });
  await api.call('group.update', { groupId: group.id, schedule: TEST_SCHEDULE, venue: 'St Mary’s Hall' });
  const members = [];
  for (const name of SIX) {
    members.push(
      await api.call('member.add', {
        groupId: group.id,
        displayName: name,
        fullName: `${name} Confidential-Surname`,
        contact: `${name.toLowerCase()}@private.example`,
      }),
    );
  }
  const [template] = await api.call('template.list', { groupId: group.id });
  const [slot] = await api.call('meeting.upcomingDates', { groupId: group.id, count: 1 });
  const meeting = await api.call('meeting.plan', { groupId: group.id, date: slot?.date ?? '2027-01-05', templateId: template?.id ?? null });
  return { group, members, meeting };
}

/** The planned meeting started with everyone present and moved on to its check-in round: a meeting night under way. */
export async function meetingUnderWay(api: TestApi) {
  const planned = await groupWithPlannedMeeting(api);
  const { meeting, members } = planned;
  for (const m of members) await api.call('attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
  await api.call('live.start', { meetingId: meeting.id });
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'nextItem' } });
  return planned;
}
