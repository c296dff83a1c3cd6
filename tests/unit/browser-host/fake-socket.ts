import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';

/**
 * Stands in for a server-side ws socket where a test must set what the
 * network cannot be made to do on cue, such as how much waits to be sent.
 */
export class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  readonly sent: {
    type: string;
    name?: string;
    id?: number;
    envelope?: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  }[] = [];
  readonly closes: { code: number | undefined; reason: string | undefined }[] = [];
  terminated = false;

  send(text: string): void {
    const message = JSON.parse(text) as FakeSocket['sent'][number];
    this.sent.push(message);
    this.emit('sent', message);
  }

  /** What the session sends next; ask before making it send. */
  nextSent(): Promise<FakeSocket['sent'][number]> {
    return new Promise((resolve) => this.once('sent', resolve));
  }

  /** Delivers a text frame from the client, as ws does. */
  receive(text: string): void {
    this.emit('message', Buffer.from(text), false);
  }

  close(code?: number, reason?: string): void {
    this.closes.push({ code, reason });
    this.readyState = 2;
  }

  terminate(): void {
    this.terminated = true;
    this.readyState = 3;
  }

  asWebSocket(): WebSocket {
    return this as unknown as WebSocket;
  }
}
