import { TRANSFER_CHUNK_BYTES } from '#shared/custody/transfer-limits';
import type { ApiClient } from '../../api/api-client';

/** Base64 of bytes without building one huge string argument (spreading a large array overflows the stack). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Sends a chosen file to the backend in pieces (the browser host's socket carries at most 1 MB a message). */
export async function uploadFile(api: ApiClient, file: Blob): Promise<string> {
  const { transferId } = await api.call('transfer.begin', { bytes: file.size });
  for (let offset = 0; offset < file.size; offset += TRANSFER_CHUNK_BYTES) {
    const piece = new Uint8Array(await file.slice(offset, offset + TRANSFER_CHUNK_BYTES).arrayBuffer());
    await api.call('transfer.append', { transferId, offset, data: toBase64(piece) });
  }
  return transferId;
}

/** Reads a file the backend made, piece by piece, and offers it as a download (Electron asks where to save it). */
export async function downloadTransfer(api: ApiClient, transferId: string, fileName: string): Promise<void> {
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const { data, done } = await api.call('transfer.read', { transferId, offset });
    const piece = fromBase64(data);
    pieces.push(piece);
    offset += piece.length;
    if (done) break;
  }
  const url = URL.createObjectURL(new Blob(pieces, { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
