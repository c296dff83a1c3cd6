import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { connectApi, meetingUnderWay } from '../support/api-client';
import { startHostProcess } from '../support/browser-host-process';
import { CHROMIUM_ARGS, findChromium } from '../support/find-chromium';

/**
 * The display page in Chromium through three simulated hours: its clock is
 * faked and moved on 5 s per step while the console sends a live change
 * every step (next speaker, raise hand, mode switches). JS heap is read after
 * a forced garbage collection at the start and at the end.
 */
export async function measureDisplayMemory(hours: number): Promise<{ steps: number; startMb: number; endMb: number } | { skipped: string }> {
  const found = findChromium();
  if (!found.found) return { skipped: found.reason };
  const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-bench-'));
  const host = await startHostProcess(dir);
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  try {
    const api = await connectApi(host.consoleUrl);
    const { meeting, members } = await meetingUnderWay(api);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.clock.install();
    await page.goto(host.displayUrl);
    const cdp = await page.context().newCDPSession(page);
    const heapMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 1024 / 1024;
    };
    const steps = Math.round((hours * 3_600_000) / 5_000);
    const commands = [
      { type: 'startRound', mode: 'rotating' },
      { type: 'nextSpeaker' },
      { type: 'pass' },
      { type: 'nextSpeaker' },
      { type: 'endRound' },
      { type: 'raiseHand', participantId: members[0]?.id },
      { type: 'nextSpeaker' },
      { type: 'stopSpeaker' },
    ];
    let startMb = 0;
    for (let i = 0; i < steps; i += 1) {
      if (i === 100) startMb = await heapMb(); // after warm-up
      if (i % 50 === 49) await api.call('room.setMode', { mode: i % 100 === 49 ? 'agenda' : 'auto' });
      else await api.call('live.command', { meetingId: meeting.id, command: commands[i % commands.length] }).catch(() => undefined);
      await page.clock.fastForward(5_000);
    }
    const endMb = await heapMb();
    api.close();
    return { steps, startMb, endMb };
  } finally {
    await browser.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
