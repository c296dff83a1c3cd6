import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HOST_ENTRY = fileURLToPath(new URL('../../dist/electron/browser-host.mjs', import.meta.url));

export interface HostProcess {
  consoleUrl: string;
  displayUrl: string;
  origin: string;
  port: number;
  /** The host's process id, e.g. to read its CPU time. */
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
  /** Ends the process at once, as a crash or a pulled plug would: no shutdown code runs. */
  kill: () => Promise<void>;
}

/**
 * Starts the built browser host as a real process, as `npm run start:browser`
 * does, and reads the two URLs it prints.
 */
export async function startHostProcess(dataDir: string, port = 0, extraArgs: string[] = []): Promise<HostProcess> {
  const child: ChildProcess = spawn(process.execPath, [HOST_ENTRY, '--data-dir', dataDir, '--port', String(port), ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CIRCLEKEEPER_DATA_DIR: '' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const urls = await new Promise<{ consoleUrl: string; displayUrl: string }>((resolve, reject) => {
    const onData = () => {
      const consoleUrl = /Console \(facilitator\): (\S+)/.exec(output)?.[1];
      const displayUrl = /Display \(room screen\): (\S+)/.exec(output)?.[1];
      if (consoleUrl && displayUrl) {
        child.stdout?.off('data', onData);
        resolve({ consoleUrl, displayUrl });
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The browser host exited (${String(code)}) before printing its URLs:\n${output}`)));
  });
  const origin = new URL(urls.consoleUrl).origin;
  const endWith = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return {
    ...urls,
    origin,
    port: Number(new URL(origin).port),
    pid: child.pid ?? -1,
    output: () => output,
    stop: () => endWith('SIGTERM'),
    kill: () => endWith('SIGKILL'),
  };
}
