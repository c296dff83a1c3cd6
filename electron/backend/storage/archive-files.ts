import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { ArchiveFile, DigestFile, parseArchiveKey, type ArchiveKey } from '#shared/storage/layout';
import { Low } from 'lowdb';
import { AtomicJsonFile, readJsonFile } from './json-file';
import type { FileCodec } from './file-codec';

/** Where the past lives: archive/<groupId>/<year>.json and archive/<groupId>/digests.json. */
export const ARCHIVE_DIR = 'archive';
export const DIGEST_FILE_NAME = 'digests.json';
const YEAR_FILE = /^(\d{4})\.json$/;
const GROUP_DIR = /^[A-Za-z0-9_-]{1,64}$/;

export function archivePath(dataDir: string, key: ArchiveKey): string {
  const { groupId, year } = parseArchiveKey(key);
  return join(dataDir, ARCHIVE_DIR, groupId, `${String(year)}.json`);
}

export function digestPath(dataDir: string, groupId: string): string {
  return join(dataDir, ARCHIVE_DIR, groupId, DIGEST_FILE_NAME);
}

async function names(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function listArchiveGroups(dataDir: string): Promise<string[]> {
  return (await names(join(dataDir, ARCHIVE_DIR))).filter((name) => GROUP_DIR.test(name)).sort();
}

export async function listArchiveKeys(dataDir: string, groupId: string): Promise<ArchiveKey[]> {
  return (await names(join(dataDir, ARCHIVE_DIR, groupId)))
    .map((name) => YEAR_FILE.exec(name)?.[1])
    .filter((year): year is string => year !== undefined)
    .sort()
    .map((year) => `${groupId}/${year}`);
}

export type FileRead<T> = { kind: 'missing' } | { kind: 'good'; value: T } | { kind: 'bad'; reason: string };

async function readValidated<T>(path: string, codec: FileCodec, schema: z.ZodType<T>, fits: (value: T) => boolean): Promise<FileRead<T>> {
  const outcome = await readJsonFile(path, codec);
  if (outcome.kind !== 'parsed') return outcome;
  const parsed = schema.safeParse(outcome.value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { kind: 'bad', reason: `the data does not validate (${first?.path.join('.') || 'the top level'}: ${first?.message ?? 'invalid'})` };
  }
  return fits(parsed.data) ? { kind: 'good', value: parsed.data } : { kind: 'bad', reason: 'the file belongs to another group or year' };
}

export function readArchive(path: string, key: ArchiveKey, codec: FileCodec): Promise<FileRead<ArchiveFile>> {
  const { groupId, year } = parseArchiveKey(key);
  return readValidated(path, codec, ArchiveFile, (a) => a.groupId === groupId && a.year === year && a.meetings.every((m) => m.groupId === groupId));
}

export function readDigestFile(path: string, groupId: string, codec: FileCodec): Promise<FileRead<DigestFile>> {
  return readValidated(path, codec, DigestFile, (d) => d.groupId === groupId);
}

/** Writes one file of the record through lowdb (DESIGN.md, "Persistence"), making its folder first if need be. */
export async function writeJson(path: string, value: object, durable: boolean, codec: FileCodec): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  await new Low(new AtomicJsonFile(path, durable, codec), value).write();
}
