// The browser host as a child process that can be replaced: stop the old one
// (it closes the backend, so every write is on disk) before the new one takes
// the same port. The page's socket client reconnects by itself.
import { spawn } from 'node:child_process';

const STOP_GRACE_MS = 5000;

export function hostProcess(entry, args) {
  let child = null;
  // Restarts one after another: a second rebuild waits for the first restart.
  let queue = Promise.resolve();

  function stopChild() {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      // The host closes cleanly on SIGTERM; a host stuck on a bug must not block the loop.
      const force = setTimeout(() => running.kill('SIGKILL'), STOP_GRACE_MS);
      running.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      running.kill('SIGTERM');
    });
  }

  function startChild() {
    // Its own process group: Ctrl+C reaches only the dev loop, which then stops
    // the host once. A second signal would cut short the host's clean close.
    const started = spawn(process.execPath, ['--enable-source-maps', entry, ...args], { stdio: 'inherit', detached: true });
    started.once('exit', (code, signal) => {
      if (child !== started) return; // stopped on purpose
      child = null;
      console.log(
        `[dev] The host stopped by itself (${signal ?? `exit code ${String(code)}`}). Save a file under electron/ or shared/ to start it again (a port already taken: choose another with --host-port).`,
      );
    });
    child = started;
  }

  return {
    restart: () => (queue = queue.then(stopChild).then(startChild)),
    stop: () => (queue = queue.then(stopChild)),
    /** Last resort when the dev loop exits without stop(): no orphan keeps the port. */
    killNow: () => child?.kill('SIGTERM'),
  };
}
