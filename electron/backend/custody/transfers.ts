import { randomUUID } from 'node:crypto';
import { DomainError } from '#shared/contract/errors';
import { TRANSFER_CHUNK_BYTES, TRANSFER_MAX_BYTES } from '#shared/custody/transfer-limits';

/**
 * Files on their way between the console and the backend, in pieces: the
 * browser host's socket carries at most 1 MB a message (and a display that
 * falls behind is cut off at 1 MB), while a copy of ten years can be larger.
 * Held in memory only, for a short while, and never written to disk here.
 */
const ALL_TRANSFERS_MAX_BYTES = 400 * 1024 * 1024;
const KEPT_MS = 15 * 60_000;

interface Transfer {
  bytes: Buffer;
  /** How much of an upload has arrived. */
  filled: number;
  touched: number;
}

export class Transfers {
  private readonly held = new Map<string, Transfer>();

  constructor(private readonly now: () => number) {}

  /** A file the backend made, for the console to read in pieces. */
  offer(bytes: Buffer): string {
    return this.keep({ bytes, filled: bytes.length, touched: this.now() });
  }

  /** Space for a file the console will send in pieces. */
  begin(size: number): string {
    if (size > TRANSFER_MAX_BYTES) {
      throw new DomainError(
        'invalid_input',
        `This file has ${(size / 1_000_000).toFixed(0)} MB; a Circlekeeper copy is never that large. Check that you chose the right file.`,
      );
    }
    return this.keep({ bytes: Buffer.alloc(size), filled: 0, touched: this.now() });
  }

  append(id: string, offset: number, piece: Buffer): number {
    const transfer = this.get(id);
    if (offset !== transfer.filled) throw new DomainError('conflict', 'A piece of the file arrived out of order; choose the file again.');
    if (offset + piece.length > transfer.bytes.length)
      throw new DomainError('invalid_input', 'The file is longer than announced; choose the file again.');
    piece.copy(transfer.bytes, offset);
    transfer.filled += piece.length;
    return transfer.filled;
  }

  read(id: string, offset: number): { piece: Buffer; done: boolean } {
    const transfer = this.get(id);
    const piece = transfer.bytes.subarray(offset, offset + TRANSFER_CHUNK_BYTES);
    const done = offset + piece.length >= transfer.bytes.length;
    if (done) this.held.delete(id);
    return { piece, done };
  }

  /** The whole of an upload; refused while pieces are missing. */
  complete(id: string): Buffer {
    const transfer = this.get(id);
    if (transfer.filled !== transfer.bytes.length) throw new DomainError('conflict', 'Not all of the file arrived; choose the file again.');
    return transfer.bytes;
  }

  drop(id: string): void {
    this.held.delete(id);
  }

  private get(id: string): Transfer {
    this.expire();
    const transfer = this.held.get(id);
    if (!transfer) throw new DomainError('not_found', 'That file is no longer waiting (it waits 15 minutes); choose it again.');
    transfer.touched = this.now();
    return transfer;
  }

  private keep(transfer: Transfer): string {
    this.expire();
    const total = [...this.held.values()].reduce((sum, t) => sum + t.bytes.length, 0);
    if (total + transfer.bytes.length > ALL_TRANSFERS_MAX_BYTES) {
      throw new DomainError('conflict', 'Too many files are waiting to be saved or opened; finish or cancel those first.');
    }
    const id = randomUUID();
    this.held.set(id, transfer);
    return id;
  }

  private expire(): void {
    const cutoff = this.now() - KEPT_MS;
    for (const [id, transfer] of this.held) if (transfer.touched < cutoff) this.held.delete(id);
  }
}
