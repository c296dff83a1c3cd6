import { z } from 'zod';
import { CopyKind } from '#shared/custody/copy-file';
import { EpochMs } from '#shared/domain/types';

/**
 * The framing of a copy file, read before anything is decrypted or
 * unpacked:
 *
 *   CIRCLEKEEPER-COPY 1\n        magic and framing version
 *   {"kind":...,"bodyBytes":...}\n   the header, one line of JSON
 *   <body>                        gzip(JSON of CopyContent), sealed when encrypted
 *
 * The header says enough to preview the file and to ask for a passphrase
 * (kind, date, data version) and nothing private. Everything up to and
 * including the header's newline is the associated data of the seal, so an
 * edited header fails to open; an unencrypted body carries its SHA-256 in
 * the header instead, so a changed byte is still caught.
 */
export const FRAMING_VERSION = 1;
export const MAGIC_WORD = 'CIRCLEKEEPER-COPY';
export const MAGIC = `${MAGIC_WORD} ${String(FRAMING_VERSION)}\n`;
/** Far more than a header needs; a file without a newline by then is not ours. */
export const HEADER_MAX_BYTES = 4096;

const KdfParamsSchema = z.strictObject({
  algorithm: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: z.string().min(1).max(100),
});

export const CopyHeader = z
  .strictObject({
    kind: CopyKind,
    createdAt: EpochMs,
    schemaVersion: z.number().int().min(1),
    encrypted: z.boolean(),
    kdf: KdfParamsSchema.optional(),
    keyCheck: z.string().min(1).max(100).optional(),
    bodyBytes: z.number().int().nonnegative(),
    /** hex; only when not encrypted (the seal's tag guards an encrypted body). */
    bodySha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .refine((h) =>
    h.encrypted
      ? h.kdf !== undefined && h.keyCheck !== undefined && h.bodySha256 === undefined
      : h.kdf === undefined && h.keyCheck === undefined && h.bodySha256 !== undefined,
  );
export type CopyHeader = z.infer<typeof CopyHeader>;

/** The magic line and the header line, exactly as written and as sealed over. */
export function headerBytes(header: CopyHeader): Buffer {
  return Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8');
}

export type Framing =
  | { ok: true; header: CopyHeader; associated: Buffer; body: Buffer }
  | { ok: false; reason: 'not_a_copy' | 'truncated' | 'damaged' | 'newer_version' };

/** Reads the magic and the header. Says 'truncated' only when the file ends where more was due. */
export function readFraming(bytes: Buffer): Framing {
  // An empty file is most often a copy that never got its bytes written (a USB stick pulled out early).
  if (bytes.length === 0) return { ok: false, reason: 'truncated' };
  const firstNewline = bytes.indexOf(0x0a);
  const firstLine = bytes.subarray(0, firstNewline < 0 ? Math.min(bytes.length, MAGIC.length) : firstNewline).toString('latin1');
  if (firstNewline < 0 || firstNewline > MAGIC.length + 8) {
    // A file that stops partway through the magic line is one of ours cut short.
    const prefix = bytes.subarray(0, MAGIC.length).toString('latin1');
    return bytes.length < MAGIC.length && MAGIC.startsWith(prefix) ? { ok: false, reason: 'truncated' } : { ok: false, reason: 'not_a_copy' };
  }
  const match = new RegExp(`^${MAGIC_WORD} (\\d{1,6})$`).exec(firstLine);
  if (!match) return { ok: false, reason: 'not_a_copy' };
  if (Number(match[1]) > FRAMING_VERSION) return { ok: false, reason: 'newer_version' };
  if (Number(match[1]) !== FRAMING_VERSION) return { ok: false, reason: 'damaged' };

  const headerStart = firstNewline + 1;
  const headerEnd = bytes.indexOf(0x0a, headerStart);
  if (headerEnd < 0) return { ok: false, reason: bytes.length - headerStart < HEADER_MAX_BYTES ? 'truncated' : 'damaged' };
  if (headerEnd - headerStart > HEADER_MAX_BYTES) return { ok: false, reason: 'damaged' };
  let json: unknown;
  try {
    json = JSON.parse(bytes.subarray(headerStart, headerEnd).toString('utf8'));
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const parsed = CopyHeader.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'damaged' };
  const associated = bytes.subarray(0, headerEnd + 1);
  const body = bytes.subarray(headerEnd + 1);
  if (body.length < parsed.data.bodyBytes) return { ok: false, reason: 'truncated' };
  if (body.length > parsed.data.bodyBytes) return { ok: false, reason: 'damaged' };
  return { ok: true, header: parsed.data, associated, body };
}
