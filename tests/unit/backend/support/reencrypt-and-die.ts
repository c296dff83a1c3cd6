// Run as its own process by vault-kill.test.ts: changes the passphrase of
// an encrypted data folder and kills itself with SIGKILL after the given
// number of files were rewritten, as a power cut or a force-quit would.
import { readKeyFile } from '../../../../electron/backend/vault/key-file';
import { changePassphrase, unlock } from '../../../../electron/backend/vault/vault';

const [dataDir = '', oldPassphrase = '', newPassphrase = '', killText = '0'] = process.argv.slice(2);
const killAfter = Number(killText);
const read = await readKeyFile(dataDir);
if (read.kind !== 'good') process.exit(4);
const opened = await unlock(read.file, oldPassphrase);
if (!opened.ok) process.exit(5);
await changePassphrase(dataDir, opened.unlocked, oldPassphrase, newPassphrase, {
  cost: { N: 2 ** 10, r: 8, p: 1 },
  afterEachFile: (done) => {
    if (done === killAfter) process.kill(process.pid, 'SIGKILL');
  },
});
// Reaching here means there were fewer files than killAfter.
process.exit(3);
