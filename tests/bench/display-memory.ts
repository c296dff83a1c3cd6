import { withLiveMeeting } from './live-harness';

/**
 * The display page in Chromium through three simulated hours: its clock is
 * faked and moved on 5 s per step while the console sends a live change
 * every step (next speaker, raise hand, mode switches). JS heap is read after
 * a forced garbage collection at the start and at the end.
 */
export async function measureDisplayMemory(hours: number): Promise<{ steps: number; startMb: number; endMb: number } | { skipped: string }> {
  return withLiveMeeting(async ({ host, browser, api, underWay: { meeting, members } }) => {
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
    return { steps, startMb, endMb };
  });
}
