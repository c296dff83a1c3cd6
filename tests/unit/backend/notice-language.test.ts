import { describe, expect, it } from 'vitest';
import type { Notice } from '#shared/contract/contract';
import { notice } from '../../../electron/backend/i18n/notice-text';
import { translateNotice } from '../../../renderer/src/console/translate-notice';
import { consoleTranslator } from '../shared/i18n/console-catalog';
import { useTempDirs } from './temp-dir';
import { ok } from './test-backend';
import { openAt, writeV2History } from './storage-support';

const tempDir = useTempDirs();
const NOW = Date.UTC(2026, 10, 28, 12);
const es = consoleTranslator('es', 'notices');
const ar = consoleTranslator('ar', 'notices');
const en = consoleTranslator('en', 'notices');

describe('a start-up notice in the console’s language', () => {
  it('comes from a backend opened on older data with its ids, and reads in Spanish and Arabic', async () => {
    const dir = await tempDir();
    await writeV2History(dir, 1, 5);
    const backend = await openAt(dir, NOW);
    const { notices } = await ok(backend, 'app.status', {});
    await backend.close();
    const migrated = notices.find((n) => n.id.startsWith('migrated-'));
    expect(migrated).toMatchObject({
      title: 'Your data was updated to this version of Circlekeeper',
      detail: 'It was stored in data version 2; a copy of the old file is in the backups folder.',
      titleText: { id: 'notices.migrated.title' },
      detailText: { id: 'notices.migrated.detail', values: { version: '2' } },
    });
    const shown = migrated as Notice;

    expect(translateNotice(es, shown)).toEqual({
      title: 'Sus datos se actualizaron a esta versión de Circlekeeper',
      detail: 'Estaban guardados en la versión de datos 2; hay una copia del archivo anterior en la carpeta de copias de seguridad.',
    });
    expect(translateNotice(ar, shown)).toEqual({
      title: 'حُدِّثت بياناتك إلى هذا الإصدار من Circlekeeper',
      detail: 'كانت محفوظة بإصدار البيانات 2؛ توجد نسخة من الملف القديم في مجلد النسخ الاحتياطية.',
    });
    // The English catalog words it exactly as the backend did.
    expect(translateNotice(en, shown)).toEqual({ title: shown.title, detail: shown.detail });
  });

  it('counts with each language’s plural forms, Arabic’s dual among them', () => {
    const twoMeetings = notice('retention-1', 'info', { key: 'retention.title' }, { key: 'retention.detail', values: { count: 2, months: 1 } });
    expect(twoMeetings.detail).toBe('Private notes of 2 meetings older than 1 month were deleted, as the retention setting asks.');
    expect(translateNotice(es, twoMeetings).detail).toBe(
      'Se borraron las notas privadas de 2 reuniones de hace más de 1 mes, como pide el ajuste de conservación.',
    );
    expect(translateNotice(ar, twoMeetings).detail).toContain('اجتماعين');
    expect(translateNotice(ar, twoMeetings).detail).toContain('شهر واحد');
  });

  it('words a disk that is full in the console’s language, and passes another reason as the system gave it', () => {
    const full = notice(
      'u',
      'warning',
      { key: 'unwritable.title' },
      { key: 'unwritable.detail', values: { folder: '/d', why: 'full', reason: 'the disk is full' } },
    );
    expect(translateNotice(es, full).detail).toContain('Circlekeeper no puede escribir en /d (el disco está lleno).');
    const other = notice(
      'u',
      'warning',
      { key: 'unwritable.title' },
      { key: 'unwritable.detail', values: { folder: '/d', why: 'other', reason: 'EIO: i/o error' } },
    );
    expect(translateNotice(es, other).detail).toContain('(EIO: i/o error)');
  });

  it('falls back to English for an unknown id, values that do not fit, an id of another catalog, or an older backend', () => {
    const english = { id: 'n', level: 'info' as const, title: 'A title from a newer backend', detail: 'Its detail.' };
    expect(
      translateNotice(es, { ...english, titleText: { id: 'notices.fromTheFuture.title' }, detailText: { id: 'notices.fromTheFuture.detail' } }),
    ).toEqual({
      title: english.title,
      detail: english.detail,
    });
    // A value that is not text or a number, and a message missing the value it needs.
    const badValues = {
      ...english,
      titleText: { id: 'notices.migrated.title', values: { version: { nested: 1 } } as never },
      detailText: { id: 'notices.migrated.detail' },
    };
    expect(translateNotice(es, badValues)).toEqual({ title: english.title, detail: english.detail });
    // Only ids of the notices catalog are read, even by a translator that knows the errors.
    expect(translateNotice(consoleTranslator('es', 'errors'), { ...english, titleText: { id: 'errors.meeting.notFound' } }).title).toBe(
      english.title,
    );
    expect(translateNotice(es, english)).toEqual({ title: english.title, detail: english.detail });
  });
});
