// Run as its own process by kill-during-migration.test.ts: opens a data
// folder (which migrates it) and kills itself with SIGKILL at the given
// storage step, exactly as a power cut or a force-quit would stop it.
import { createBackend } from '../../../../electron/backend/backend';

const [dataDir = '', stepText = '0'] = process.argv.slice(2);
const killAt = Number(stepText);
let seen = 0;
await createBackend({
  dataDir,
  clock: () => Date.UTC(2026, 10, 28, 12),
  timeZone: 'Europe/London',
  storageStep: () => {
    seen += 1;
    if (seen === killAt) process.kill(process.pid, 'SIGKILL');
  },
});
// Reaching here means the step was never reached.
process.exit(3);
