import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { jsonChunks } from './record-json';
import { FileLocked, type FileCodec } from './file-codec';

export type ReadJsonOutcome = { kind: 'missing' } | { kind: 'parsed'; value: unknown } | { kind: 'bad'; reason: string };

/** Reads (opening it with the codec) and parses a JSON file, telling a missing file apart from one that is not JSON. */
export async function readJsonFile(path: string, codec: FileCodec): Promise<ReadJsonOutcome> {
  let stored: Buffer;
  try {
    stored = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  let text: string;
  try {
    text = codec.decode(stored).toString('utf8');
  } catch (error) {
    if (error instanceof FileLocked) return { kind: 'bad', reason: error.message };
    throw error;
  }
  // A byte-order mark is what some editors put first; it says nothing about the data.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { kind: 'parsed', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'bad', reason: text.trim() === '' ? 'the file is empty' : 'the file is not complete JSON (it may have been cut short)' };
  }
}

/**
 * Writes a whole file so that a crash leaves the old content or the new,
 * never half of either: a temporary file beside it, flushed when `durable`,
 * then renamed over the old one (and the folder flushed, so the rename
 * itself survives a power cut).
 */
export async function writeFileAtomic(path: string, content: string | readonly Buffer[], durable: boolean, codec: FileCodec): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.tmp`);
  const chunks = codec.encode(typeof content === 'string' ? [Buffer.from(content, 'utf8')] : content);
  const handle = await open(temp, 'w', 0o600);
  try {
    await writeChunks(handle, chunks);
    if (durable) await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (durable) await syncFolder(dirname(path));
}

async function writeChunks(handle: FileHandle, chunks: readonly Buffer[]): Promise<void> {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const { bytesWritten } = await handle.writev([...chunks]);
  // writev may stop short (rarely, for files); the rest goes in one more write.
  if (bytesWritten < total) await handle.write(Buffer.concat([...chunks]).subarray(bytesWritten));
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for flushing; its rename is already durable enough there.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * lowdb's adapter for every file of the record: atomic, flushed writes of
 * the record's remembered JSON (record-json.ts); reading goes through
 * readJsonFile so its outcome can be reported.
 */
export class AtomicJsonFile<T extends object> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly durable: boolean,
    private readonly codec: FileCodec,
  ) {}

  async read(): Promise<T | null> {
    const outcome = await readJsonFile(this.path, this.codec);
    return outcome.kind === 'parsed' ? (outcome.value as T) : null;
  }

  write(data: T): Promise<void> {
    return writeFileAtomic(this.path, jsonChunks(data), this.durable, this.codec);
  }
}
