/**
 * Holds the first quit until the backend has finished its writes
 * (DESIGN.md: "flushed on quit"), then quits for real. Later quit requests
 * while it waits are held too, and quitting still happens if closing fails:
 * a stuck write must not leave an app that cannot be closed.
 */
export interface QuitGuardDeps {
  closeBackend(): Promise<void>;
  /** Runs once before closing: save window bounds, release the power blocker. */
  beforeClose(): void;
  quit(): void;
  onError(error: unknown): void;
}

export function createQuitGuard(deps: QuitGuardDeps): (event: { preventDefault(): void }) => void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    Promise.resolve()
      .then(() => deps.beforeClose())
      .then(() => deps.closeBackend())
      .catch((error: unknown) => deps.onError(error))
      .finally(() => {
        state = 'closed';
        deps.quit();
      });
  };
}
