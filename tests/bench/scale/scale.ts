import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { DATA_FILE_NAME } from '../../../electron/backend/storage/open-store';
import { measureActionToDisplay } from '../latency';
import { measureReports, type ReportFigures } from '../reports';
import { describe } from '../stats';
import { generateHistory } from './history-generator';

export interface ScaleFigures {
  years: number;
  v2Bytes: number;
  migrateMs: number;
  openMs: number;
  hotBytes: number;
  archiveBytes: number;
  /** live.command acknowledged by the backend, fsync on. */
  ack: { p50: number; p99: number; max: number };
  /** The same with fsync off: the difference is what flushing costs per write. */
  ackNoFsync: { p50: number; p99: number; max: number };
  /** Console action → display update through the browser host on loopback, and the console's acknowledgement. */
  display: { p50: number; p99: number; max: number };
  hostAck: { p50: number; p99: number; max: number };
  /** report.compute over the whole history, every section and per-member figures (issue 12). */
  reports: ReportFigures;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

/** Live key presses that always apply: the agenda steps forward and back. */
async function liveAcks(backend: Backend, meetingId: string, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const envelope = await backend.call('live.command', { meetingId, command: { type: i % 2 === 0 ? 'nextItem' : 'previousItem' } });
    samples.push(performance.now() - started);
    if (!envelope.ok) throw new Error(envelope.error.message);
  }
  return samples;
}

async function openTimed(dataDir: string, durable: boolean): Promise<{ backend: Backend; ms: number }> {
  const started = performance.now();
  const backend = await createBackend({ dataDir, durable });
  return { backend, ms: performance.now() - started };
}

/**
 * A group that met weekly for `years` years (300 members), written as the
 * version 2 single file a long-standing user would have, migrated once,
 * then measured as it is used on a meeting night.
 */
export async function measureScale(years: number, actions: number): Promise<ScaleFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-scale-'));
  try {
    const history = generateHistory({ years, members: 300 });
    const v2Text = JSON.stringify(history);
    await writeFile(join(dir, DATA_FILE_NAME), v2Text);
    const migrated = await openTimed(dir, true);
    await migrated.backend.close();

    const opens: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const opened = await openTimed(dir, true);
      opens.push(opened.ms);
      await opened.backend.close();
    }

    const planned = history.meetings.find((m) => m.status === 'planned');
    if (!planned) throw new Error('The generated history has no planned meeting.');
    const { backend } = await openTimed(dir, true);
    const reports = await measureReports(backend, history.groups[0]?.id ?? '', 21);
    const live = await backend.call('live.start', { meetingId: planned.id });
    if (!live.ok) throw new Error(live.error.message);
    const ack = describe(await liveAcks(backend, planned.id, actions));
    await backend.close();
    const { backend: loose } = await openTimed(dir, false);
    const ackNoFsync = describe(await liveAcks(loose, planned.id, actions));
    await loose.close();

    const { display, ack: hostAck } = await measureActionToDisplay(actions, dir);
    return {
      years,
      v2Bytes: Buffer.byteLength(v2Text),
      migrateMs: migrated.ms,
      openMs: describe(opens).p50,
      hotBytes: (await stat(join(dir, DATA_FILE_NAME))).size,
      archiveBytes: await folderBytes(join(dir, 'archive')),
      ack,
      ackNoFsync,
      display,
      hostAck,
      reports,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
