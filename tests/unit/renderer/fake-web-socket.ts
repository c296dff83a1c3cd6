/**
 * Stands in for the browser's WebSocket, which the socket client reaches as
 * a global (Node 20 has none). Each instance is one connection attempt; the
 * test plays the host: open() it, receive() frames, drop() it.
 */
export class FakeWebSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  /** Every connection attempt, oldest first. */
  static attempts: FakeWebSocket[] = [];

  readyState = FakeWebSocket.CONNECTING;
  /** What the client sent, parsed. */
  readonly sent: unknown[] = [];
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;

  constructor(readonly url: string) {
    FakeWebSocket.attempts.push(this);
  }

  send(text: string): void {
    if (this.readyState !== FakeWebSocket.OPEN) throw new Error('send() on a socket that is not open');
    this.sent.push(JSON.parse(text));
  }

  close(): void {
    this.drop();
  }

  /** The host accepts the connection. */
  open(): void {
    this.readyState = FakeWebSocket.OPEN;
    this.onopen?.({});
  }

  /** A frame from the host: an object is sent as JSON, a string as it is. */
  receive(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }

  /** The connection ends (host stopped, or it never answered), as a browser reports it. */
  drop(): void {
    if (this.readyState === FakeWebSocket.CLOSED) return;
    this.readyState = FakeWebSocket.CLOSED;
    this.onclose?.({});
  }
}

/** The newest attempt; fails the test plainly when there is none. */
export function latestSocket(): FakeWebSocket {
  const socket = FakeWebSocket.attempts.at(-1);
  if (!socket) throw new Error('The client has not tried to connect.');
  return socket;
}
