/**
 * Keeps the projector from going to sleep while a meeting is live, and only
 * then: an idle laptop should still save power. start/stop are
 * powerSaveBlocker.start('prevent-display-sleep') and powerSaveBlocker.stop.
 */
export interface PowerSaveBlockerLike {
  start(): number;
  stop(id: number): void;
}

export class PowerSaveController {
  private blockerId: number | null = null;

  constructor(private readonly blocker: PowerSaveBlockerLike) {}

  /** Idempotent: calling it twice with the same value does nothing the second time. */
  setLive(live: boolean): void {
    if (live && this.blockerId === null) {
      this.blockerId = this.blocker.start();
    } else if (!live && this.blockerId !== null) {
      const id = this.blockerId;
      this.blockerId = null;
      this.blocker.stop(id);
    }
  }

  dispose(): void {
    this.setLive(false);
  }
}

export interface MeetingSource {
  isMeetingLive(): boolean;
  subscribe(audience: 'console', listener: (event: { name: string; payload: unknown }) => void): () => void;
}

/**
 * Keeps the controller in step with the backend: set once now (a meeting may
 * have been resumed after a restart), then after every change to meetings.
 */
export function followLiveMeetings(source: MeetingSource, controller: PowerSaveController): () => void {
  controller.setLive(source.isMeetingLive());
  return source.subscribe('console', (event) => {
    const topics = (event.payload as { topics?: unknown } | null)?.topics;
    if (event.name === 'changed' && Array.isArray(topics) && topics.includes('meetings')) controller.setLive(source.isMeetingLive());
  });
}
