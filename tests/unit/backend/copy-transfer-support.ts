import type { Backend } from '../../../electron/backend/backend';
import { ok } from './test-backend';

/** Reads a saved copy out of the backend, piece by piece, as the console does. */
export async function download(backend: Backend, transferId: string): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const { data, done } = await ok(backend, 'transfer.read', { transferId, offset });
    const piece = Buffer.from(data, 'base64');
    pieces.push(piece);
    offset += piece.length;
    if (done) return Buffer.concat(pieces);
  }
}

/** Sends a file to the backend piece by piece, as the console does; returns its transfer id. */
export async function upload(backend: Backend, bytes: Buffer): Promise<string> {
  const { transferId } = await ok(backend, 'transfer.begin', { bytes: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += 512 * 1024) {
    await ok(backend, 'transfer.append', { transferId, offset, data: bytes.subarray(offset, offset + 512 * 1024).toString('base64') });
  }
  return transferId;
}
