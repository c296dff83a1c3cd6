import { useEffect, useState } from 'react';

/**
 * The backend's clock, read on this machine: the offset to the newest
 * snapshot's `now` is kept, and the value is refreshed each animation frame
 * but only re-rendered when the shown second changes, so a timer costs
 * one render a second, not sixty.
 */
export function useBackendSecond(offsetMs: number, enabled = true): number {
  const [second, setSecond] = useState(() => Math.floor((Date.now() + offsetMs) / 1000));
  useEffect(() => {
    if (!enabled) return undefined;
    let frame = 0;
    const tick = () => {
      const next = Math.floor((Date.now() + offsetMs) / 1000);
      setSecond((current) => (current === next ? current : next));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [offsetMs, enabled]);
  return second * 1000;
}

/** The offset from this machine's clock to the backend's, from a snapshot's `now`. */
export function offsetFrom(backendNow: number | undefined, receivedAt: number): number {
  return backendNow === undefined ? 0 : backendNow - receivedAt;
}
