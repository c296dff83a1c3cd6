/** How much one socket may cost the host; injectable so tests need not wait or flood. */
export interface SocketLimits {
  /**
   * Bytes a socket may have waiting to go out before it is closed as too far
   * behind. A display that stops reading would otherwise make the host keep
   * every update it missed, for as long as it stays connected.
   */
  maxBufferedBytes: number;
  /** How often each socket is pinged; one that has not answered by the next ping is ended. */
  heartbeatMs: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  maxBufferedBytes: 1024 * 1024,
  heartbeatMs: 15_000,
};

/**
 * The close sent to a socket that fell too far behind. 4000–4999 are for
 * applications; the page's client reconnects after any close, and the first
 * snapshot after reconnecting is the newest state, so nothing is lost but
 * the updates it could not keep up with.
 */
export const CLOSE_TOO_FAR_BEHIND = { code: 4008, reason: 'Too far behind: reconnect for the newest state.' } as const;
