import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { CopyContent, COPY_FORMAT } from '#shared/custody/copy-file';
import { migrateCopy } from '#shared/custody/migrate-copy';
import { CURRENT_SCHEMA_VERSION } from '#shared/storage/database';
import { deriveKey, kdfParamsAreSane, keyCheck, keyMatches, newKdfParams, DEFAULT_COST, type KdfCost } from '../crypto/passphrase-key';
import { open, seal, SealBroken, SEAL_OVERHEAD } from '../crypto/sealing';
import { headerBytes, readFraming, type CopyHeader } from './copy-header';

/**
 * Copy files ("save a copy", "handover file") to and from bytes: see
 * copy-header.ts for the layout. The passphrase is used to derive a key and
 * then dropped: it is never stored, logged or put in an error.
 */

/** The most a copy may unpack to: far above ten years of a busy group, far below what would exhaust memory. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export type DecodeFailure = 'not_a_copy' | 'needs_passphrase' | 'wrong_passphrase' | 'damaged' | 'truncated' | 'newer_version' | 'too_large';
export type DecodeOutcome = { ok: true; content: CopyContent } | { ok: false; reason: DecodeFailure; message: string };

/** What the facilitator reads for each refusal: what happened and what to do next. */
export const DECODE_MESSAGES: Record<DecodeFailure, string> = {
  not_a_copy: 'This file is not a Circlekeeper copy. Choose a file that Circlekeeper saved with “Save a copy” or as a handover file.',
  needs_passphrase: 'This copy is locked with a passphrase. Type the passphrase that was chosen when the copy was saved.',
  wrong_passphrase:
    'That passphrase does not open this copy. Check its spelling, capital letters and spaces, and try again; whoever saved the copy knows the passphrase.',
  damaged:
    'This copy is damaged: some of it changed after it was saved, so it cannot be opened safely. Save a fresh copy on the original computer and use that one.',
  truncated: 'This file was cut short — it may not have finished copying to the USB stick. Copy it again from the original computer.',
  newer_version: 'This copy was saved by a newer version of Circlekeeper. Update Circlekeeper on this computer, then open the copy again.',
  too_large: 'This file is far bigger than any copy Circlekeeper makes, so it was not opened. Check that you chose the right file.',
};

const refuse = (reason: DecodeFailure): DecodeOutcome => ({ ok: false, reason, message: DECODE_MESSAGES[reason] });

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface EncodeOptions {
  /** Locks the copy; without it the body is only compressed. An empty passphrase counts as none. */
  passphrase?: string;
  /** Tests pass a cheap cost; everything shipped uses DEFAULT_COST. */
  cost?: KdfCost;
}

export async function encodeCopy(content: CopyContent, options: EncodeOptions = {}): Promise<Buffer> {
  const packed = await gzipAsync(Buffer.from(JSON.stringify(content), 'utf8'));
  const base = { kind: content.kind, createdAt: content.createdAt, schemaVersion: content.schemaVersion };
  if (!options.passphrase) {
    const header: CopyHeader = { ...base, encrypted: false, bodyBytes: packed.length, bodySha256: sha256(packed) };
    return Buffer.concat([headerBytes(header), packed]);
  }
  const kdf = newKdfParams(options.cost ?? DEFAULT_COST);
  const key = await deriveKey(options.passphrase, kdf);
  // The sealed length is known before sealing, so the header (the seal's associated data) can say it.
  const header: CopyHeader = { ...base, encrypted: true, kdf, keyCheck: keyCheck(key), bodyBytes: packed.length + SEAL_OVERHEAD };
  const associated = headerBytes(header);
  return Buffer.concat([associated, seal(key, packed, associated)]);
}

/** The gzip inside the body, checked against the header: decrypted when it is sealed. */
async function unsealed(header: CopyHeader, associated: Buffer, body: Buffer, passphrase: string | undefined): Promise<Buffer | DecodeFailure> {
  if (!header.encrypted) return sha256(body) === header.bodySha256 ? body : 'damaged';
  if (!passphrase) return 'needs_passphrase';
  if (!header.kdf || !header.keyCheck || !kdfParamsAreSane(header.kdf)) return 'damaged';
  let key: Buffer;
  try {
    key = await deriveKey(passphrase, header.kdf);
  } catch {
    // Key settings within bounds that scrypt still refuses: nothing the facilitator can type will open it.
    return 'damaged';
  }
  if (!keyMatches(key, header.keyCheck)) return 'wrong_passphrase';
  try {
    return open(key, body, associated);
  } catch (error) {
    if (error instanceof SealBroken) return 'damaged';
    throw error;
  }
}

async function unpacked(packed: Buffer): Promise<Buffer | DecodeFailure> {
  try {
    return await gunzipAsync(packed, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : 'damaged';
  }
}

/** The content, checked against its header and brought to the current data version. */
function contentOf(json: Buffer, header: CopyHeader): CopyContent | DecodeFailure {
  let raw: unknown;
  try {
    raw = JSON.parse(json.toString('utf8'));
  } catch {
    return 'damaged';
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'damaged';
  const fields = raw as Record<string, unknown>;
  // The header is what was shown before opening; a body that disagrees with it was tampered with.
  if (
    fields.format !== COPY_FORMAT ||
    fields.kind !== header.kind ||
    fields.createdAt !== header.createdAt ||
    fields.schemaVersion !== header.schemaVersion
  ) {
    return 'damaged';
  }
  if (header.schemaVersion < CURRENT_SCHEMA_VERSION) return migrateCopy(fields) ?? 'damaged';
  const parsed = CopyContent.safeParse(raw);
  return parsed.success ? parsed.data : 'damaged';
}

/** Opens a copy file's bytes, or says in plain words why it cannot. Never throws for anything the file holds. */
export async function decodeCopy(bytes: Buffer, passphrase?: string): Promise<DecodeOutcome> {
  // A sealed, compressed body is never bigger than what it unpacks to (bar a few bytes), so this is a cheap first fence.
  if (bytes.length > MAX_UNPACKED_BYTES) return refuse('too_large');
  const framing = readFraming(bytes);
  if (!framing.ok) return refuse(framing.reason);
  const { header, associated, body } = framing;
  if (header.schemaVersion > CURRENT_SCHEMA_VERSION) return refuse('newer_version');
  const packed = await unsealed(header, associated, body, passphrase);
  if (typeof packed === 'string') return refuse(packed);
  const json = await unpacked(packed);
  if (typeof json === 'string') return refuse(json);
  const content = contentOf(json, header);
  return typeof content === 'string' ? refuse(content) : { ok: true, content };
}
