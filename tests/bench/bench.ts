import { measureDisplayMemory } from './display-memory';
import { measureTimerDrift } from './drift';
import { measureActionToDisplay } from './latency';
import { measureScale, type ScaleFigures } from './scale/scale';
import { ms } from './stats';

// Figures for the live meeting (issue 4). Targets are printed beside each figure; nothing here fails a build.
const latency = await measureActionToDisplay(1000);
console.log(`console action → display update, 1000 actions over the browser host on loopback: p50 ${ms(latency.p50)}, p99 ${ms(latency.p99)}, max ${ms(latency.max)} (target p99 < 16 ms)`);

const drift = measureTimerDrift(3);
console.log(`speaking timer after 3 simulated hours (${String(drift.toggles)} pauses and resumes): drift ${String(drift.driftMs)} ms (target 0 ms)`);

const memory = await measureDisplayMemory(3);
if ('skipped' in memory) console.log(`display page memory: not measured: ${memory.skipped}`);
else
  console.log(
    `display page JS heap over 3 simulated hours (${String(memory.steps)} live changes): ${memory.startMb.toFixed(2)} MB after warm-up → ${memory.endMb.toFixed(2)} MB at the end (${(memory.endMb - memory.startMb).toFixed(2)} MB; target: no growth beyond noise)`,
  );

// Scale (issue 8): the same meeting night after 1 and after 10 years of weekly meetings.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const figures: ScaleFigures[] = [];
for (const years of [1, 10]) figures.push(await measureScale(years, 1000));
console.log('\nscale: one group, weekly meetings, 300 members (figures side by side: 1 year | 10 years)');
const row = (label: string, show: (f: ScaleFigures) => string, target: string) =>
  console.log(`  ${label.padEnd(48)} ${figures.map(show).join(' | ').padEnd(40)} ${target}`);
row('version 2 single file (before migrating)', (f) => kb(f.v2Bytes), '');
row('migration to the hot file and archives, once', (f) => ms(f.migrateMs), '');
row('open (median of 5, with its backup)', (f) => ms(f.openMs), 'target < 100 ms at 10 years');
row('hot file', (f) => kb(f.hotBytes), 'target < 300 KB at 10 years');
row('archives and digests', (f) => kb(f.archiveBytes), '');
row('live action acknowledged, p50 / p99 (fsync on)', (f) => `${ms(f.ack.p50)} / ${ms(f.ack.p99)}`, 'target p99 < 5 ms at 10 years');
row('live action acknowledged, p50 / p99 (fsync off)', (f) => `${ms(f.ackNoFsync.p50)} / ${ms(f.ackNoFsync.p99)}`, '');
row('fsync cost per write, p50', (f) => ms(f.ack.p50 - f.ackNoFsync.p50), '');
row('console action → display update, p50 / p99', (f) => `${ms(f.display.p50)} / ${ms(f.display.p99)}`, 'target p99 < 16 ms at 10 years');
const [one, ten] = figures as [ScaleFigures, ScaleFigures];
console.log(`  write time 10-year / 1-year ratio (live action p50): ${(ten.ack.p50 / one.ack.p50).toFixed(2)} (target < 1.5; fsync off: ${(ten.ackNoFsync.p50 / one.ackNoFsync.p50).toFixed(2)})`);
