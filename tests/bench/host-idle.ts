import { withLiveMeeting } from './live-harness';
import { readFile } from 'node:fs/promises';

/** CPU seconds a process has used, from /proc (Linux; elsewhere the figure is skipped). */
async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${String(pid)}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  // utime and stime, in clock ticks (100 a second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * The host process's CPU while a meeting is live, a speaker's timer runs and
 * the room display is connected, over `seconds` of nobody touching anything
 * (after 30 s of settling): clocks run in the windows, so the host should be
 * all but idle.
 */
export async function measureHostIdle(seconds: number): Promise<{ percent: number; seconds: number } | { skipped: string }> {
  if (process.platform !== 'linux') return { skipped: 'reads /proc, so only on Linux' };
  return withLiveMeeting(async ({ host, browser, api, underWay: { meeting } }) => {
    await api.call('live.command', { meetingId: meeting.id, command: { type: 'startRound', mode: 'seating' } });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(host.displayUrl);
    await page.waitForSelector('[data-screen="speaker"]');
    // V8 shrinks a freshly started process's heap in the first half-minute of quiet; that is start-up, not rest.
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    const before = await cpuSeconds(host.pid);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const used = (await cpuSeconds(host.pid)) - before;
    return { percent: (used / seconds) * 100, seconds };
  });
}
