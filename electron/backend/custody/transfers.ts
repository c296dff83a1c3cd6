import { randomUUID } from 'node:crypto';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
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
      throw new DomainError('invalid_input', msg('transfer.tooLarge', { megabytes: Math.round(size / 1_000_000) }));
    }
    return this.keep({ bytes: Buffer.alloc(size), filled: 0, touched: this.now() });
  }

  append(id: string, offset: number, piece: Buffer): number {
    const transfer = this.get(id);
    if (offset !== transfer.filled) throw new DomainError('conflict', msg('transfer.outOfOrder'));
    if (offset + piece.length > transfer.bytes.length) throw new DomainError('invalid_input', msg('transfer.tooLong'));
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
    if (transfer.filled !== transfer.bytes.length) throw new DomainError('conflict', msg('transfer.incomplete'));
    return transfer.bytes;
  }

  drop(id: string): void {
    this.held.delete(id);
  }

  private get(id: string): Transfer {
    this.expire();
    const transfer = this.held.get(id);
    if (!transfer) throw new DomainError('not_found', msg('transfer.expired'));
    transfer.touched = this.now();
    return transfer;
  }

  private keep(transfer: Transfer): string {
    this.expire();
    const total = [...this.held.values()].reduce((sum, t) => sum + t.bytes.length, 0);
    if (total + transfer.bytes.length > ALL_TRANSFERS_MAX_BYTES) {
      throw new DomainError('conflict', msg('transfer.tooMany'));
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
