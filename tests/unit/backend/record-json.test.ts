import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { jsonChunks, recordJson } from '../../../electron/backend/storage/record-json';
import { generateHistory } from '../../bench/scale/history-generator';

describe('recordJson', () => {
  it('writes exactly what JSON.stringify writes, before and after a change made through a draft', () => {
    const data = generateHistory({ years: 1, members: 50, seed: 11 });
    expect(recordJson(data)).toBe(JSON.stringify(data));
    const changed = produce(data, (draft) => {
      const meeting = draft.meetings.at(-1);
      if (meeting) meeting.notes.shared = 'new "quoted" text\nwith a line break';
      draft.members[0]!.contact = null;
      draft.room.message = 'Tea at the break';
    });
    expect(recordJson(changed)).toBe(JSON.stringify(changed));
    // The untouched records keep their text; the changed ones are written anew.
    expect(recordJson(changed.members.slice(1))).toBe(JSON.stringify(data.members.slice(1)));
  });

  it('writes a file in pieces that join to the same JSON, for an object or a list', () => {
    const data = generateHistory({ years: 1, members: 20, seed: 5 });
    expect(Buffer.concat(jsonChunks(data)).toString()).toBe(JSON.stringify(data));
    expect(Buffer.concat(jsonChunks(data.members)).toString()).toBe(JSON.stringify(data.members));
  });

  it('writes odd values as JSON does', () => {
    const value = { a: undefined, b: [undefined, 1, null], c: { d: NaN }, e: 'ü' };
    expect(recordJson(value)).toBe(JSON.stringify(value));
  });
});
