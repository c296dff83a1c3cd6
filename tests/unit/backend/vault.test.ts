import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';
import { ok, currentDisplay, WEEKLY_TUESDAY } from './test-backend';
import { writeV2History } from './storage-support';
import { CHEAP_KDF, decryptedRecord, everyFile, openWithVault } from './vault-support';
import { recordOnDisk } from './storage-support';
import { isSealed } from '../../../electron/backend/storage/file-codec';
import { translateNoticeText } from '../../../renderer/src/console/translate-notice';
import { consoleTranslator } from '../shared/i18n/console-catalog';
import type { DatabaseV2 } from '#shared/storage/database';

const tempDir = useTempDirs();
const PASS = 'correct horse battery';
const NEXT = 'staple orbit lantern';

/** Words only the record holds: member names, contacts, private notes. */
function secretsOf(data: DatabaseV2): string[] {
  const words = new Set<string>();
  for (const m of data.members) {
    if (m.displayName.length >= 4) words.add(m.displayName);
    if (m.contact) words.add(m.contact);
    if (m.fullName) words.add(m.fullName);
  }
  for (const meeting of data.meetings) if (meeting.notes.private) words.add(meeting.notes.private.slice(0, 30));
  return [...words];
}

async function clearTextFound(dir: string, secrets: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of await everyFile(dir)) {
    const text = file.bytes.toString('latin1');
    for (const secret of secrets) if (text.includes(secret)) found.push(`${file.path}: ${secret}`);
  }
  return found;
}

async function encryptedFolder(): Promise<{ dir: string; data: DatabaseV2 }> {
  const dir = await tempDir();
  const data = await writeV2History(dir, 2, 30);
  const backend = await openWithVault(dir);
  await ok(backend, 'vault.enable', { passphrase: PASS, understood: true });
  await backend.close();
  return { dir, data };
}

describe('encryption at rest', () => {
  it('leaves no member name, contact or private note in clear anywhere in the data folder, backups included', async () => {
    const { dir, data } = await encryptedFolder();
    const secrets = secretsOf(data);
    expect(secrets.length).toBeGreaterThan(20);
    expect(await clearTextFound(dir, secrets)).toEqual([]);
    const files = (await everyFile(dir)).filter((f) => f.path.endsWith('.json') && f.path !== 'circlekeeper-key.json');
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => !isSealed(f.bytes)).map((f) => f.path)).toEqual([]);
    // Every file of the record only this account may read.
    for (const f of await everyFile(dir)) expect(((await stat(join(dir, f.path))).mode & 0o777).toString(8), f.path).toBe('600');
  });

  it('starts locked: the console may only unlock, the room sees "Getting ready", and a wrong passphrase changes nothing', async () => {
    const { dir, data } = await encryptedFolder();
    const backend = await openWithVault(dir);
    expect(currentDisplay(backend).view).toEqual({ screen: 'getting_ready' });
    expect((await ok(backend, 'vault.status', {})).state).toBe('locked');
    const refused = await backend.call('group.list', {});
    expect(refused.ok ? null : refused.error.code).toBe('locked');
    const wrong = await backend.call('vault.unlock', { passphrase: 'correct horse batterY' });
    expect(wrong.ok ? null : wrong.error).toMatchObject({
      code: 'invalid_input',
      field: 'passphrase',
      message: expect.stringMatching(/does not open/) as unknown,
    });
    expect((await ok(backend, 'vault.status', {})).state).toBe('locked');

    let events = 0;
    backend.subscribe('console', (e) => (e.name === 'changed' ? (events += 1) : undefined));
    expect((await ok(backend, 'vault.unlock', { passphrase: PASS })).state).toBe('unlocked');
    expect(events).toBeGreaterThan(0);
    const groups = await ok(backend, 'group.list', {});
    expect(groups.map((g) => g.name)).toEqual(data.groups.map((g) => g.name));
    const members = await ok(backend, 'member.list', { groupId: groups[0]?.id });
    expect(members.length).toBe(data.members.filter((m) => m.groupId === groups[0]?.id).length);
    expect(currentDisplay(backend).view.screen).not.toBe('getting_ready');
    await backend.close();
  });

  it('writes made after unlocking are sealed too', async () => {
    const { dir } = await encryptedFolder();
    const backend = await openWithVault(dir);
    await ok(backend, 'vault.unlock', { passphrase: PASS });
    const [group] = await ok(backend, 'group.list', {});
    await ok(backend, 'member.add', { groupId: group?.id, displayName: 'Zephyrine', contact: 'zephyrine@example.org' });
    await backend.close();
    expect(await clearTextFound(dir, ['Zephyrine', 'zephyrine@example.org'])).toEqual([]);
  });

  it('changes the passphrase: afterwards only the new one opens it, with the same record', async () => {
    const { dir } = await encryptedFolder();
    const before = await decryptedRecord(dir, PASS);
    const backend = await openWithVault(dir);
    await ok(backend, 'vault.unlock', { passphrase: PASS });
    const wrong = await backend.call('vault.change', { current: 'not it at all', passphrase: NEXT });
    expect(wrong.ok ? null : wrong.error.field).toBe('current');
    await ok(backend, 'vault.change', { current: PASS, passphrase: NEXT });
    await backend.close();
    await expect(decryptedRecord(dir, PASS)).rejects.toThrow(/did not open/);
    expect(await decryptedRecord(dir, NEXT)).toEqual(before);

    const again = await openWithVault(dir);
    const old = await again.call('vault.unlock', { passphrase: PASS });
    expect(old.ok).toBe(false);
    await ok(again, 'vault.unlock', { passphrase: NEXT });
    expect((await ok(again, 'group.list', {})).length).toBeGreaterThan(0);
    await again.close();
  });

  it('removes encryption: files are in clear again, the key file is gone, and nothing asks for a passphrase', async () => {
    const dir = await tempDir();
    await writeV2History(dir, 1, 10);
    const first = await openWithVault(dir);
    await first.close();
    const plain = await recordOnDisk(dir);
    const backend = await openWithVault(dir);
    await ok(backend, 'vault.enable', { passphrase: PASS, understood: true });
    await ok(backend, 'vault.disable', { current: PASS });
    expect((await ok(backend, 'vault.status', {})).state).toBe('plain');
    await backend.close();
    expect((await everyFile(dir)).some((f) => f.path === 'circlekeeper-key.json' || isSealed(f.bytes))).toBe(false);
    const after = await recordOnDisk(dir);
    expect(Object.keys(after).sort()).toEqual(Object.keys(plain).sort());
    const reopened = await openWithVault(dir);
    expect((await ok(reopened, 'vault.status', {})).state).toBe('plain');
    await reopened.close();
  });

  it('refuses to encrypt without the acknowledgement, a short passphrase, or while a meeting is under way', async () => {
    const dir = await tempDir();
    const backend = await openWithVault(dir);
    const unticked = await backend.call('vault.enable', { passphrase: PASS, understood: false });
    expect(unticked.ok ? null : unticked.error.message).toMatch(/cannot be recovered/);
    const short = await backend.call('vault.enable', { passphrase: 'abc', understood: true });
    expect(short.ok ? null : short.error.message).toMatch(/at least 8 characters/);
    const group = await ok(backend, 'group.create', { name: 'Tuesday circle', withDefaults: true });
    await ok(backend, 'group.update', { groupId: group.id, schedule: WEEKLY_TUESDAY });
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template?.id });
    await ok(backend, 'live.start', { meetingId: meeting.id });
    const live = await backend.call('vault.enable', { passphrase: PASS, understood: true });
    expect(live.ok ? null : live.error.message).toMatch(/End the meeting under way first/);
    expect((await ok(backend, 'vault.status', {})).state).toBe('plain');
    await backend.close();
  });

  it('stays shut, changing nothing, when the data is encrypted but the key file is missing', async () => {
    const { dir } = await encryptedFolder();
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'circlekeeper-key.json'));
    const before = (await everyFile(dir)).map((f) => f.path).sort();
    const backend = await openWithVault(dir);
    const status = await ok(backend, 'vault.status', {});
    expect(status.state).toBe('locked');
    expect(status.problem).toMatch(/key file .* is missing/);
    // The console says it in its own language, the paths as they are.
    expect(status.problemText?.id).toBe('notices.vault.keyFileMissing');
    const inSpanish = translateNoticeText(consoleTranslator('es', 'notices'), status.problemText, status.problem ?? '');
    expect(inSpanish).toBe(
      `Los datos de ${dir} están cifrados, pero falta su archivo de clave (${join(dir, 'circlekeeper-key.json')}). Vuelva a ponerlo junto a los datos; sin él, los datos no se pueden abrir. Circlekeeper no ha cambiado nada.`,
    );
    expect(currentDisplay(backend).view).toEqual({ screen: 'getting_ready' });
    await backend.close();
    expect((await everyFile(dir)).map((f) => f.path).sort()).toEqual(before);
  });

  it('keeps the key with the computer when asked (Electron), and opens without the passphrase next time', async () => {
    const { dir } = await encryptedFolder();
    const kept = new Map<string, { id: string; key: Buffer }>();
    const keeper = {
      available: () => true,
      load: (d: string) => Promise.resolve(kept.get(d) ?? null),
      save: (d: string, key: { id: string; key: Buffer }) => Promise.resolve(void kept.set(d, key)),
      forget: (d: string) => Promise.resolve(void kept.delete(d)),
    };
    const { createBackend } = await import('../../../electron/backend/backend');
    const open = () => createBackend({ dataDir: dir, timeZone: 'Europe/London', kdfCost: CHEAP_KDF, keyKeeper: keeper });
    const first = await open();
    expect((await ok(first, 'vault.status', {})).canRemember).toBe(true);
    await ok(first, 'vault.unlock', { passphrase: PASS, remember: true });
    await first.close();
    const second = await open();
    expect(await ok(second, 'vault.status', {})).toMatchObject({ state: 'unlocked', remembered: true });
    await ok(second, 'vault.forgetOnThisComputer', {});
    await second.close();
    const third = await open();
    expect((await ok(third, 'vault.status', {})).state).toBe('locked');
    await third.close();
  });
});
