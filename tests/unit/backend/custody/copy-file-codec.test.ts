import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { copyOfEverything, copyOfGroup, handoverOf, type CopyContent } from '#shared/custody/copy-file';
import type { GroupBundle } from '#shared/custody/group-bundle';
import { CURRENT_SCHEMA_VERSION } from '#shared/storage/database';
import {
  decodeCopy,
  DECODE_MESSAGES,
  encodeCopy,
  MAX_UNPACKED_BYTES,
  type DecodeOutcome,
} from '../../../../electron/backend/custody/copy-file-codec';
import { headerBytes, MAGIC, readFraming, type CopyHeader } from '../../../../electron/backend/custody/copy-header';
import { PRIVATE_TEXTS, realisticRecord } from '../../shared/custody/record-fixture';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASS = 'blue kettle morning';
const NOW = 1_800_000_000_000;
/** A display name long enough that finding it in random bytes by chance is out of the question. */
const LONG_NAME = 'Wilhelmina';

function fixture() {
  const { record, ids } = realisticRecord();
  const ana = record.members.find((m) => m.id === ids.membersA[0]);
  if (ana) ana.displayName = LONG_NAME;
  return { record, ids };
}

function contentOf(outcome: DecodeOutcome): CopyContent {
  if (!outcome.ok) throw new Error(`expected a copy, got ${outcome.reason}`);
  return outcome.content;
}

/** Field by field, so a failure names the collection that differs. */
function expectSameCopy(actual: CopyContent, expected: CopyContent): void {
  const { groups: actualGroups, ...actualRest } = actual;
  const { groups: expectedGroups, ...expectedRest } = expected;
  expect(actualRest).toEqual(expectedRest);
  expect(actualGroups).toHaveLength(expectedGroups.length);
  expectedGroups.forEach((bundle, i) => {
    for (const key of Object.keys(bundle) as (keyof GroupBundle)[]) expect(actualGroups[i]?.[key], `group ${String(i)} ${key}`).toEqual(bundle[key]);
  });
}

function headerOf(bytes: Buffer): CopyHeader {
  const framing = readFraming(bytes);
  if (!framing.ok) throw new Error(framing.reason);
  return framing.header;
}

function flipped(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

/** A plain copy file around any body, with a correct header: for bodies the encoder would never write. */
function plainFile(body: Buffer, header: Partial<CopyHeader> = {}): Buffer {
  const full: CopyHeader = {
    kind: 'group',
    createdAt: NOW,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    encrypted: false,
    bodyBytes: body.length,
    bodySha256: createHash('sha256').update(body).digest('hex'),
    ...header,
  };
  return Buffer.concat([headerBytes(full), body]);
}

describe('round trips', () => {
  it('a copy of everything, plain and locked, comes back field by field', async () => {
    const { record } = fixture();
    const copy = copyOfEverything(record, NOW);
    expectSameCopy(contentOf(await decodeCopy(await encodeCopy(copy))), copy);
    const locked = await encodeCopy(copy, { passphrase: PASS, cost: CHEAP });
    expectSameCopy(contentOf(await decodeCopy(locked, PASS)), copy);
    expect(headerOf(locked)).toMatchObject({ kind: 'everything', createdAt: NOW, encrypted: true, schemaVersion: CURRENT_SCHEMA_VERSION });
  });

  it('one group comes back alone', async () => {
    const { record, ids } = fixture();
    const copy = copyOfGroup(record, ids.groupB, NOW);
    const back = contentOf(await decodeCopy(await encodeCopy(copy, { passphrase: PASS, cost: CHEAP }), PASS));
    expectSameCopy(back, copy);
    expect(back.groups[0]?.group.id).toBe(ids.groupB);
  });

  it('a handover with private fields keeps them', async () => {
    const { record, ids } = fixture();
    const copy = handoverOf(record, ids.groupA, NOW, { privateNotes: true, contacts: true });
    const back = contentOf(await decodeCopy(await encodeCopy(copy, { passphrase: PASS, cost: CHEAP }), PASS));
    expectSameCopy(back, copy);
    const text = JSON.stringify(back);
    for (const word of Object.values(PRIVATE_TEXTS)) expect(text).toContain(word);
  });

  it('a handover without private fields has none of them anywhere, and its locked bytes show no name', async () => {
    const { record, ids } = fixture();
    const copy = handoverOf(record, ids.groupA, NOW);
    const locked = await encodeCopy(copy, { passphrase: PASS, cost: CHEAP });
    const back = contentOf(await decodeCopy(locked, PASS));
    expectSameCopy(back, copy);
    const text = JSON.stringify(back);
    for (const word of Object.values(PRIVATE_TEXTS)) expect(text).not.toContain(word);
    expect(back.groups[0]?.members.every((m) => m.fullName === null && m.contact === null)).toBe(true);
    expect(back.groups[0]?.meetings.every((m) => m.notes.private === '' && Object.keys(m.notes.items).length === 0)).toBe(true);
    expect(text).toContain(LONG_NAME);
    for (const clear of [LONG_NAME, 'Tuesday Circle', 'Themes: sleep', PASS]) {
      expect(locked.includes(Buffer.from(clear, 'utf8')), clear).toBe(false);
      expect(locked.includes(Buffer.from(clear, 'utf16le')), clear).toBe(false);
    }
  });

  it('the header says what the file is and nothing private', async () => {
    const { record, ids } = fixture();
    const bytes = await encodeCopy(copyOfGroup(record, ids.groupA, NOW));
    expect(bytes.subarray(0, MAGIC.length).toString()).toBe('CIRCLEKEEPER-COPY 1\n');
    const headerLine = bytes.subarray(MAGIC.length, bytes.indexOf(0x0a, MAGIC.length)).toString();
    expect(headerLine).not.toMatch(/Tuesday|Wilhelmina|PRIVATE/);
    expect(headerOf(bytes)).toMatchObject({ kind: 'group', encrypted: false });
  });

  it('uses the full key cost unless told otherwise', async () => {
    const { record, ids } = fixture();
    const bytes = await encodeCopy(copyOfGroup(record, ids.groupC, NOW), { passphrase: PASS });
    expect(headerOf(bytes).kdf).toMatchObject({ algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
  });

  it('an empty passphrase makes a plain copy rather than one nobody can open', async () => {
    const { record, ids } = fixture();
    const bytes = await encodeCopy(copyOfGroup(record, ids.groupC, NOW), { passphrase: '' });
    expect(headerOf(bytes).encrypted).toBe(false);
  });
});

describe('refusals', () => {
  async function lockedGroup(): Promise<Buffer> {
    const { record, ids } = fixture();
    return encodeCopy(copyOfGroup(record, ids.groupA, NOW), { passphrase: PASS, cost: CHEAP });
  }
  async function plainGroup(): Promise<Buffer> {
    const { record, ids } = fixture();
    return encodeCopy(copyOfGroup(record, ids.groupA, NOW));
  }
  const bodyStart = (bytes: Buffer) => bytes.indexOf(0x0a, MAGIC.length) + 1;

  it('asks for the passphrase of a locked copy, and tells a wrong one apart', async () => {
    const bytes = await lockedGroup();
    expect(await decodeCopy(bytes)).toEqual({ ok: false, reason: 'needs_passphrase', message: DECODE_MESSAGES.needs_passphrase });
    expect(await decodeCopy(bytes, '')).toMatchObject({ reason: 'needs_passphrase' });
    const wrong = await decodeCopy(bytes, 'blue kettle evening');
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong_passphrase' });
    if (!wrong.ok) expect(wrong.message).not.toContain('blue kettle');
  });

  it('calls a flipped byte in the body damaged, locked or plain', async () => {
    for (const bytes of [await lockedGroup(), await plainGroup()]) {
      const start = bodyStart(bytes);
      for (const at of [start, start + 5, Math.floor((start + bytes.length) / 2), bytes.length - 1]) {
        expect(await decodeCopy(flipped(bytes, at), PASS), `byte ${String(at)}`).toMatchObject({ ok: false, reason: 'damaged' });
      }
    }
  });

  it('never opens a copy with any byte of its header flipped', async () => {
    for (const bytes of [await lockedGroup(), await plainGroup()]) {
      const end = bodyStart(bytes);
      for (let at = 0; at < end; at += 1) {
        const outcome = await decodeCopy(flipped(bytes, at), PASS);
        expect(outcome.ok, `byte ${String(at)}: ${bytes.subarray(at, at + 12).toString()}`).toBe(false);
      }
    }
  });

  it('calls an edited date or kind in the header damaged, even when the edit is valid JSON', async () => {
    for (const bytes of [await lockedGroup(), await plainGroup()]) {
      const text = bytes.toString('latin1');
      const edited = Buffer.from(text.replace(`"createdAt":${String(NOW)}`, `"createdAt":${String(NOW + 1)}`), 'latin1');
      expect(await decodeCopy(edited, PASS)).toMatchObject({ reason: 'damaged' });
      const kind = Buffer.from(text.replace('"kind":"group"', '"kind":"handover"'), 'latin1');
      expect(await decodeCopy(kind, PASS)).toMatchObject({ reason: 'damaged' });
    }
  });

  it('calls a file cut short truncated, wherever it was cut', async () => {
    for (const bytes of [await lockedGroup(), await plainGroup()]) {
      const start = bodyStart(bytes);
      for (const length of [0, 5, MAGIC.length, MAGIC.length + 10, start - 1, start, start + 100, bytes.length - 1]) {
        const outcome = await decodeCopy(bytes.subarray(0, length), PASS);
        expect(outcome, `cut at ${String(length)}`).toEqual({ ok: false, reason: 'truncated', message: DECODE_MESSAGES.truncated });
      }
    }
    expect(DECODE_MESSAGES.truncated).toBe(
      'This file was cut short — it may not have finished copying to the USB stick. Copy it again from the original computer.',
    );
  });

  it('calls bytes added at the end damaged', async () => {
    const bytes = await plainGroup();
    expect(await decodeCopy(Buffer.concat([bytes, Buffer.from('x')]))).toMatchObject({ reason: 'damaged' });
  });

  it('says a random file, a text file, a data file or a picture is not a copy', async () => {
    const { record } = fixture();
    const others = [
      randomBytes(5000),
      Buffer.from('Dear group,\nsee you on Tuesday.\n'),
      Buffer.from(JSON.stringify(record)),
      Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'),
      Buffer.from('CIRCLEKEEPER-COPY one\n{}\n'),
    ];
    for (const bytes of others) expect(await decodeCopy(bytes)).toMatchObject({ ok: false, reason: 'not_a_copy' });
  });

  it('says a copy from a newer Circlekeeper needs an update, before asking for anything', async () => {
    const newerFraming = Buffer.from(`CIRCLEKEEPER-COPY 2\n{"anything":"new"}\n`);
    expect(await decodeCopy(newerFraming)).toMatchObject({ reason: 'newer_version' });
    const newerData = plainFile(gzipSync('{}'), { schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(await decodeCopy(newerData)).toEqual({ ok: false, reason: 'newer_version', message: DECODE_MESSAGES.newer_version });
  });

  it('stops unpacking a zip bomb at the limit', async () => {
    // Gzip members may be strung together; 210 of a megabyte of zeros unpack past the 200 MB cap from a few kilobytes.
    const megabyte = gzipSync(Buffer.alloc(1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: Math.ceil(MAX_UNPACKED_BYTES / (1024 * 1024)) + 10 }, () => megabyte));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await decodeCopy(plainFile(bomb))).toMatchObject({ ok: false, reason: 'too_large' });
  });

  it('calls a body that is not a valid copy damaged', async () => {
    expect(await decodeCopy(plainFile(Buffer.from('not gzip at all')))).toMatchObject({ reason: 'damaged' });
    expect(await decodeCopy(plainFile(gzipSync('{not json')))).toMatchObject({ reason: 'damaged' });
    const wrongShape = {
      format: 'circlekeeper-copy',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      kind: 'group',
      createdAt: NOW,
      include: {},
      groups: 'x',
    };
    expect(await decodeCopy(plainFile(gzipSync(JSON.stringify(wrongShape))))).toMatchObject({ reason: 'damaged' });
  });

  it('gives every refusal a message a facilitator can act on', () => {
    for (const message of Object.values(DECODE_MESSAGES)) {
      expect(message.length).toBeGreaterThan(40);
      expect(message).toMatch(/\.$/);
      expect(message).not.toMatch(/gzip|JSON|AES|scrypt|header|undefined/i);
    }
  });
});

describe('older copies', () => {
  it('brings a copy written at data version 5 (no partners yet) up to date', async () => {
    const { record, ids } = fixture();
    const copy = copyOfGroup(record, ids.groupA, NOW);
    const old = {
      ...copy,
      schemaVersion: 5,
      groups: copy.groups.map((bundle) => {
        const { partners: _p, events: _e, partnerEvents: _pe, ...rest } = bundle;
        return rest;
      }),
    };
    const bytes = await encodeCopy(old as unknown as CopyContent, { passphrase: PASS, cost: CHEAP });
    const back = contentOf(await decodeCopy(bytes, PASS));
    expect(back.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const bundle = back.groups[0];
    expect(bundle?.partners).toEqual([]);
    expect(bundle?.events).toEqual([]);
    expect(bundle?.members).toEqual(copy.groups[0]?.members);
    expect(bundle?.meetings).toEqual(copy.groups[0]?.meetings);
    expect(bundle?.surveyResponses).toEqual(copy.groups[0]?.surveyResponses);
  });

  it('calls an old copy damaged when a record would not survive the migration', async () => {
    const { record, ids } = fixture();
    const copy = copyOfGroup(record, ids.groupA, NOW);
    const broken = { ...copy, schemaVersion: 5, groups: [{ ...copy.groups[0], members: [{ id: 'x' }] }] };
    expect(await decodeCopy(await encodeCopy(broken as unknown as CopyContent))).toMatchObject({ reason: 'damaged' });
  });
});
