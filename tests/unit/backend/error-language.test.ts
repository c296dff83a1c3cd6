import { describe, expect, it } from 'vitest';
import { translateError } from '../../../renderer/src/common/i18n/translate-error';
import { ApiError } from '../../../renderer/src/api/api-error';
import { consoleTranslator } from '../shared/i18n/console-catalog';
import { useTempDirs } from './temp-dir';
import { ok, openBackend } from './test-backend';

const tempDir = useTempDirs();
const es = consoleTranslator('es', 'errors');
const ar = consoleTranslator('ar', 'errors');

/** The refusal as the console receives it: the envelope's error, made an ApiError as the transports do. */
async function refusal(call: () => Promise<{ ok: boolean; error?: unknown }>): Promise<ApiError> {
  const envelope = await call();
  if (envelope.ok) throw new Error('The backend accepted what it should have refused.');
  // Through JSON, as over the socket or IPC.
  return new ApiError(JSON.parse(JSON.stringify(envelope.error)) as ConstructorParameters<typeof ApiError>[0]);
}

describe('a refusal from the backend in the console’s language', () => {
  it('arrives with its message id and values, English in message, and reads in Spanish and Arabic with the name as typed', async () => {
    const backend = await openBackend(await tempDir());
    await ok(backend, 'group.create', { name: 'Círculo del martes' });
    const error = await refusal(() => backend.call('group.create', { name: 'Círculo del martes' }));
    expect(error).toMatchObject({
      code: 'conflict',
      field: 'name',
      message: 'There is already a group called “Círculo del martes”. Choose another name.',
      messageId: 'errors.group.nameTaken',
      values: { name: 'Círculo del martes' },
    });
    expect(translateError(es, error)).toBe('Ya hay un grupo llamado «Círculo del martes». Elija otro nombre.');
    expect(translateError(ar, error)).toBe('توجد مجموعة باسم «Círculo del martes» بالفعل. اختر اسمًا آخر.');
  });

  it('counts in Arabic with the plural form the number needs', () => {
    const error = new ApiError({
      code: 'conflict',
      message: 'A member can keep at most 10 personal goals; delete one first.',
      messageId: 'errors.goal.tooManyPersonal',
      values: { max: 10 },
    });
    expect(translateError(ar, error)).toContain('10 غايات شخصية');
    const two = new ApiError({ code: 'conflict', message: 'at most 2', messageId: 'errors.goal.tooManyPersonal', values: { max: 2 } });
    expect(translateError(ar, two)).toContain('غايتين شخصيتين');
  });

  it('says that a record is gone in Spanish', async () => {
    const backend = await openBackend(await tempDir());
    const error = await refusal(() => backend.call('meeting.get', { meetingId: 'gone' }));
    expect(error.messageId).toBe('errors.meeting.notFound');
    expect(translateError(es, error)).toBe('Esa reunión ya no existe.');
  });
});

describe('a refusal made on the console’s side, without an id', () => {
  it('is found by its English sentence when the catalog has it', () => {
    const lost = new ApiError({
      code: 'disconnected',
      message: 'Not connected to Circlekeeper right now, so nothing was changed. It reconnects by itself; try again in a moment.',
    });
    expect(lost.messageId).toBeUndefined();
    expect(translateError(es, lost)).toBe(
      'Ahora no hay conexión con Circlekeeper, así que no se cambió nada. Se vuelve a conectar sola; inténtelo de nuevo en un momento.',
    );
  });
});

describe('a refusal the console cannot translate', () => {
  it('shows the English it came with when the id is unknown, a value is missing, or the details are malformed', () => {
    const english = 'Something only a newer backend says.';
    expect(translateError(es, new ApiError({ code: 'conflict', message: english, messageId: 'errors.not.yet.known' }))).toBe(english);
    expect(
      translateError(es, new ApiError({ code: 'conflict', message: 'There is already a group called “X”.', messageId: 'errors.group.nameTaken' })),
    ).toBe('There is already a group called “X”.');
    const forged = new ApiError({
      code: 'conflict',
      message: english,
      messageId: 'errors.group.nameTaken',
      values: { name: { html: '<b>' } },
    } as never);
    expect(forged.messageId).toBeUndefined();
    expect(translateError(es, forged)).toBe(english);
    expect(new ApiError({ code: 'conflict', message: english, messageId: 'console.top.title' }).messageId).toBeUndefined();
  });
});
