import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { DATA_FILE_NAME } from '../../electron/backend/storage/open-store';
import { generateHistory } from './scale/history-generator';
import { describe } from './stats';

export interface CustodyFigures {
  files: number;
  plainOpenMs: number;
  /** Opening an encrypted folder: the locked start plus vault.unlock (scrypt at the app's cost, then the record). */
  encryptedOpenMs: number;
  /** scrypt alone at the app's cost, once. */
  kdfMs: number;
  enableMs: number;
  changeMs: number;
  plainAck: { p50: number; p99: number };
  encryptedAck: { p50: number; p99: number };
  handoverMs: number;
  handoverBytes: number;
  openHandoverMs: number;
  backupListMs: number;
}

const PASS = 'bench passphrase here';

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const envelope = await backend.call(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function liveAcks(backend: Backend, meetingId: string, count: number): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    await call(backend, 'live.command', { meetingId, command: { type: i % 2 === 0 ? 'nextItem' : 'previousItem' } });
    samples.push(performance.now() - started);
  }
  const { p50, p99 } = describe(samples);
  return { p50, p99 };
}

async function countFiles(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) total += entry.isDirectory() ? await countFiles(join(folder, entry.name)) : 1;
  return total;
}

async function download(backend: Backend, transferId: string): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for (let offset = 0; ;) {
    const { data, done } = await call<{ data: string; done: boolean }>(backend, 'transfer.read', { transferId, offset });
    const piece = Buffer.from(data, 'base64');
    pieces.push(piece);
    offset += piece.length;
    if (done) return Buffer.concat(pieces);
  }
}

/**
 * What custody costs at the bench's ten-year scale (one group, weekly,
 * 300 members), at the app's real scrypt cost: opening and writing in clear
 * and encrypted, turning encryption on and changing the passphrase (every
 * file of the folder, backups included), and a handover file both ways.
 */
export async function measureCustody(years: number, actions: number): Promise<CustodyFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-custody-'));
  const empty = await mkdtemp(join(tmpdir(), 'circlekeeper-custody-new-'));
  try {
    const history = generateHistory({ years, members: 300 });
    await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(history));
    await (await createBackend({ dataDir: dir })).close();
    const planned = history.meetings.find((m) => m.status === 'planned');
    const groupId = history.groups[0]?.id ?? '';
    if (!planned) throw new Error('The generated history has no planned meeting.');

    const plainOpens: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const opened = await timed(() => createBackend({ dataDir: dir }));
      plainOpens.push(opened.ms);
      await opened.value.close();
    }
    let backend = await createBackend({ dataDir: dir });
    await call(backend, 'live.start', { meetingId: planned.id });
    const plainAck = await liveAcks(backend, planned.id, actions);
    await call(backend, 'live.end', { meetingId: planned.id });
    const backupList = await timed(() => call(backend, 'backup.list', {}));
    const handover = await timed(async () => {
      const saved = await call<{ transferId: string }>(backend, 'copy.save', { kind: 'handover', groupId, passphrase: PASS });
      return download(backend, saved.transferId);
    });
    await backend.close();

    backend = await createBackend({ dataDir: dir });
    const files = await countFiles(dir);
    const enable = await timed(() => call(backend, 'vault.enable', { passphrase: PASS, understood: true }));
    await backend.close();

    const encryptedOpens: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const opened = await timed(async () => {
        const locked = await createBackend({ dataDir: dir });
        await call(locked, 'vault.unlock', { passphrase: PASS });
        return locked;
      });
      encryptedOpens.push(opened.ms);
      await opened.value.close();
    }
    const kdf = await timed(async () => {
      const { deriveKey, newKdfParams } = await import('../../electron/backend/crypto/passphrase-key');
      return deriveKey(PASS, newKdfParams());
    });
    backend = await createBackend({ dataDir: dir });
    await call(backend, 'vault.unlock', { passphrase: PASS });
    const change = await timed(() => call(backend, 'vault.change', { current: PASS, passphrase: `${PASS} two` }));
    const [date] = await call<{ date: string }[]>(backend, 'meeting.upcomingDates', { groupId, count: 1 });
    const [template] = await call<{ id: string }[]>(backend, 'template.list', { groupId });
    const meeting = await call<{ id: string }>(backend, 'meeting.plan', { groupId, date: date?.date, templateId: template?.id ?? null });
    await call(backend, 'live.start', { meetingId: meeting.id });
    const encryptedAck = await liveAcks(backend, meeting.id, actions);
    await backend.close();

    const next = await createBackend({ dataDir: empty });
    const openHandover = await timed(async () => {
      const { transferId } = await call<{ transferId: string }>(next, 'transfer.begin', { bytes: handover.value.length });
      for (let offset = 0; offset < handover.value.length; offset += 512 * 1024) {
        await call(next, 'transfer.append', { transferId, offset, data: handover.value.subarray(offset, offset + 512 * 1024).toString('base64') });
      }
      const preview = await call<{ groups: { fileGroupId: string }[] }>(next, 'copy.inspect', { transferId, passphrase: PASS });
      await call(next, 'copy.open', {
        transferId,
        passphrase: PASS,
        choices: preview.groups.map((g) => ({ fileGroupId: g.fileGroupId, action: 'add' })),
      });
    });
    await next.close();

    return {
      files,
      plainOpenMs: describe(plainOpens).p50,
      encryptedOpenMs: describe(encryptedOpens).p50,
      kdfMs: kdf.ms,
      enableMs: enable.ms,
      changeMs: change.ms,
      plainAck,
      encryptedAck,
      handoverMs: handover.ms,
      handoverBytes: handover.value.length,
      openHandoverMs: openHandover.ms,
      backupListMs: backupList.ms,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(empty, { recursive: true, force: true });
  }
}
