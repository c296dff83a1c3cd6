export interface AutosaveTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: AutosaveTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The logic of a field that saves itself: a save a moment after typing stops,
 * at once on flush (blur, page hidden or closed), only the newest text, and a
 * failed save's text kept for the next try unless newer text came meanwhile.
 * Plain TypeScript with injected timers, so it is tested without a browser.
 */
export class AutosaveQueue {
  private pending: string | null = null;
  private timer: unknown = null;

  constructor(
    private save: (text: string) => Promise<unknown>,
    private readonly delayMs = 400,
    private readonly timers: AutosaveTimers = realTimers,
  ) {}

  changed(text: string): void {
    this.pending = text;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    if (this.pending === null) return;
    const text = this.pending;
    this.pending = null;
    this.save(text).catch(() => {
      // Kept for the next try (typing again, leaving the box), unless something newer is waiting.
      if (this.pending === null) this.pending = text;
    });
  }

  /** Saves from now on with this function (a component's newest props). */
  useSave(save: (text: string) => Promise<unknown>): void {
    this.save = save;
  }

  /** Text typed but not yet saved, or null. */
  unsaved(): string | null {
    return this.pending;
  }
}
