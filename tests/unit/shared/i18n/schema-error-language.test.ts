import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeInputError } from '#shared/contract/errors';
import { contract } from '#shared/contract/contract';
import { DisplayName } from '#shared/domain/names';
import { calendarTooBigMessage } from '#shared/partners/partners';
import { RoomMessage } from '#shared/domain/types';
import { translateError } from '../../../../renderer/src/common/i18n/translate-error';
import { consoleTranslator } from './console-catalog';

const es = consoleTranslator('es', 'errors');
const ar = consoleTranslator('ar', 'errors');

/** The first issue, as a console form reads it from its own check. */
function issueOf(schema: z.ZodType, value: unknown): z.core.$ZodIssue {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error(`Accepted ${JSON.stringify(value)}`);
  return parsed.error.issues[0] as z.core.$ZodIssue;
}

describe('a form’s own check in the console’s language', () => {
  it('says an empty display name in Spanish and Arabic, and in English as before', () => {
    const issue = issueOf(DisplayName, '   ');
    expect(issue.message).toBe('A display name (a first name or an alias is enough) is needed.');
    expect(translateError(es, issue)).toBe('Escriba el nombre visible (basta con un nombre de pila o un alias).');
    expect(translateError(ar, issue)).toBe('اكتب الاسم الظاهر (يكفي اسم أول أو اسم مستعار).');
  });

  it('carries the length of a room message that is too long into the translation', () => {
    const issue = issueOf(RoomMessage, 'x'.repeat(150));
    expect(issue.message).toBe('A room message can be at most 140 characters, to stay readable (this has 150).');
    expect(translateError(es, issue)).toBe('Un mensaje de la sala puede tener como máximo 140 caracteres, para que se lea bien (este tiene 150).');
    expect(translateError(ar, issue)).toContain('(طولها الآن 150)');
  });

  it('shows a sentence no catalog has in the English it came with', () => {
    expect(translateError(es, { message: 'A sentence from a schema added later.' })).toBe('A sentence from a schema added later.');
  });
});

describe('a refusal of the contract’s input, as it leaves the backend', () => {
  it('carries the id and values of the sentence the schema gave', () => {
    const input = { groupId: 'g1', date: '1969-12-31', templateId: null };
    const parsed = contract['meeting.plan'].input.safeParse(input);
    if (parsed.success) throw new Error('A date before 1970 was accepted.');
    const shape = describeInputError(parsed.error, input);
    expect(shape).toEqual({
      code: 'invalid_input',
      field: 'date',
      message: 'The meeting date must be from 1970 to 9999; check the year.',
      messageId: 'errors.date.yearRange',
      values: { date: 'meetingDate' },
    });
    expect(translateError(es, shape)).toBe('La fecha de la reunión debe estar entre 1970 y 9999; revise el año.');
    expect(translateError(ar, shape)).toBe('يجب أن يقع تاريخ الاجتماع بين 1970 و9999؛ تحقّق من السنة.');
  });
});

describe('a calendar file that is too big', () => {
  it('is refused with its size in the console’s number format', () => {
    const english = calendarTooBigMessage(7_250_000);
    expect(english).toBe(
      "This calendar file is too big to import: at most 5.0 MB of text (this one has 7.3 MB). Export fewer months from the partner's calendar.",
    );
    expect(translateError(consoleTranslator('de', 'errors'), english)).toBe(
      'Diese Kalenderdatei ist zu groß zum Importieren: höchstens 5,0 MB Text (diese hat 7,3 MB). Exportieren Sie weniger Monate aus dem Kalender des Partners.',
    );
  });
});

describe('a schema that words nothing itself (the plain fallback)', () => {
  it('still reaches the console as a catalog message, the field named in its language when the catalog knows it', () => {
    const schema = z.strictObject({ groupId: z.string(), durationMinutes: z.number() });
    const known = { groupId: 5, durationMinutes: 90 };
    const wrongGroup = describeInputError(schema.safeParse(known).error as z.ZodError, known);
    expect(wrongGroup).toMatchObject({ message: 'The group must be text.', messageId: 'errors.plain.wrongType' });
    expect(translateError(es, wrongGroup)).toBe('El grupo debe ser texto.');
    expect(translateError(ar, wrongGroup)).toBe('يجب أن تكون قيمة المجموعة نصًا.');

    const unknown = { groupId: 'g1', durationMinutes: 'long' };
    const wrongLength = describeInputError(schema.safeParse(unknown).error as z.ZodError, unknown);
    expect(wrongLength.message).toBe('The duration minutes must be a number.');
    // A field the catalog has no words for is named as English names it, quoted.
    expect(translateError(es, wrongLength)).toBe('El campo «The duration minutes» debe ser un número.');
  });
});
