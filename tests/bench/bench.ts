import { measureDisplayMemory } from './display-memory';
import { measureTimerDrift } from './drift';
import { measureActionToDisplay } from './latency';
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
