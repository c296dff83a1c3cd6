import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract } from '#shared/contract/contract';
import { describeInputError } from '#shared/contract/errors';
import { methodNames } from '#shared/contract/method-names';
import { isZodDefaultWording } from '#shared/contract/zod-wording';

/*
 * Every refusal the console can show for bad input is a sentence for the
 * facilitator, never zod's programmer wording. The walk below finds every
 * field each method declares, sends bad values of every kind there, and
 * reads every issue: as the schema words it, and as describeInputError
 * passes it on.
 */

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A place in a method's input, and how to build an input with a given value there. */
interface Site {
  path: string;
  place: (value: unknown) => unknown;
}

const pathTo = (path: string, key: string) => (path ? `${path}.${key}` : key);

function collectSites(schema: z.ZodType, path: string, place: (value: unknown) => unknown, out: Site[]): Site[] {
  const def = defOf(schema);
  if (['optional', 'nullable', 'default', 'readonly'].includes(def.type) && def.innerType) return collectSites(def.innerType, path, place, out);
  // A pipe's later stages see only what its first stage let through.
  if (def.type === 'pipe' && def.in) return collectSites(def.in, path, place, out);
  out.push({ path, place });
  const visitShape = (shape: Record<string, z.ZodType>, base: Record<string, unknown>) => {
    for (const [key, inner] of Object.entries(shape)) collectSites(inner, pathTo(path, key), (value) => place({ ...base, [key]: value }), out);
  };
  if (def.type === 'object') visitShape(def.shape ?? {}, {});
  if (def.type === 'array' && def.element) collectSites(def.element, `${path}[]`, (value) => place([value]), out);
  if (def.type === 'record' && def.valueType) collectSites(def.valueType, `${path}{}`, (value) => place({ q1: value }), out);
  if (def.type === 'union' && def.discriminator) {
    // Reach each variant's fields with its own discriminator set, so its checks run.
    const key = def.discriminator;
    for (const option of def.options ?? []) {
      const shape = defOf(option).shape ?? {};
      const tag = shape[key] ? defOf(shape[key]).values?.[0] : undefined;
      visitShape(shape, { [key]: tag });
    }
  }
  return out;
}

/** Wrong types, empty, too long, out of range, fractions, unknown options and fields, null, lists and objects: tried at every site. */
const badValues: [string, unknown][] = [
  ['nothing', undefined],
  ['null', null],
  ['empty text', ''],
  ['spaces', '   '],
  ['an unknown option', 'no-such-option'],
  ['far too long text', 'x'.repeat(100_001)],
  ['a control character', 'Bell\u0007'],
  ['a date before 1970', '1969-12-31'],
  ['a date after 9999', '10000-01-01'],
  ['a date that does not exist', '2026-02-30'],
  ['a time that does not exist', '25:00'],
  ['an unknown time zone', 'Mars/Olympus'],
  ['a path', '../../etc'],
  ['zero', 0],
  ['minus one', -1],
  ['a fraction', 1.5],
  ['a huge number', 1e12],
  ['a huge negative number', -1e12],
  ['an unsafe integer', 2 ** 60],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['true', true],
  ['false', false],
  ['an empty object', {}],
  ['an object with an unknown field', { colour: 'blue' }],
  ['an object with a very long key', { ['k'.repeat(200)]: 1 }],
  ['an empty list', []],
  ['a list of text', ['x']],
  ['a very long list', Array.from({ length: 1001 }, () => 'x')],
  ['a long list of ids', Array.from({ length: 201 }, (_, i) => `id${String(i)}`)],
];

/** The examples of zod's wording the fuzz probe found, and its usual forms; zodDefaultWording (shared) must cover the locale too. */
const probeExamples = [
  /^Invalid input/,
  /^Invalid option/,
  /expected (string|number|object|array|boolean)/,
  /received /,
  /Too (big|small)/,
  /Unrecognized key/,
  /Invalid (string|number|element|union|key|discriminator|value)/,
  /must match pattern/,
];
const soundsLikeZod = (message: string) => isZodDefaultWording(message) || probeExamples.some((pattern) => pattern.test(message));

/** What a sentence for a person looks like: capital first, full stop last, no identifiers from the code. */
function notASentence(message: string): string | null {
  if (!/^[A-Z“]/.test(message)) return 'does not start with a capital';
  if (!/[.?]$/.test(message)) return 'does not end with a full stop';
  if (/\b[a-z]+[A-Z]\w*/.test(message)) return 'names a field in camelCase';
  if (/[a-z]_[a-z]/.test(message)) return 'has a snake_case word';
  return null;
}

describe('every message of the API contract', () => {
  const sites = methodNames.flatMap((method) => collectSites(contract[method].input, '', (value) => value, []).map((site) => ({ method, ...site })));

  it('finds the fields of every method, down to live commands, survey answers and agenda items', () => {
    const paths = new Set(sites.map((s) => `${s.method}:${s.path}`));
    for (const expected of [
      'room.setTimerDisplay:timerDisplay',
      'live.command:command.deltaMinutes',
      'live.command:command.policy',
      'survey.respond:answers{}',
      'template.update:items[].perSpeakerSeconds',
      'group.update:schedule.weekOfMonth',
      'meeting.assignRoles:roles.note_taker',
      'survey.create:questions[].options[]',
      'meeting.plan:date',
    ]) {
      expect(paths, expected).toContain(expected);
    }
    expect(new Set(sites.map((s) => s.method)).size).toBe(methodNames.length);
  });

  it('is a sentence for a person, never zod’s own wording, and a message of the errors catalog, for every bad value in every field', () => {
    const problems = new Set<string>();
    let issuesRead = 0;
    for (const { method, path, place } of sites) {
      for (const [label, value] of badValues) {
        const input = place(value);
        const parsed = contract[method].input.safeParse(input);
        for (const issue of parsed.error?.issues ?? []) {
          issuesRead += 1;
          const where = `${method} ${path || '(whole input)'} given ${label}, at ${issue.path.join('.') || '(top)'}`;
          const shown = describeInputError(new z.ZodError([issue]), input);
          if (soundsLikeZod(issue.message)) problems.add(`${where}: the schema says “${issue.message}”`);
          if (soundsLikeZod(shown.message)) problems.add(`${where}: the console shows “${shown.message}”`);
          const style = notASentence(shown.message);
          if (style) problems.add(`${where}: “${shown.message}” ${style}`);
          if (shown.code !== 'invalid_input') problems.add(`${where}: code ${shown.code}`);
          // So the console can say it in the group's language (shared/i18n/messages/*/errors.json).
          if (shown.messageId === undefined) problems.add(`${where}: “${shown.message}” has no message in the errors catalog`);
        }
      }
    }
    expect([...problems]).toEqual([]);
    // Enough was tried that passing means something.
    expect(issuesRead).toBeGreaterThan(10_000);
  });

  it('names what to choose, listing the options in words', () => {
    const shown = (method: (typeof methodNames)[number], input: unknown) => {
      const parsed = contract[method].input.safeParse(input);
      if (parsed.success) throw new Error(`${method} accepted ${JSON.stringify(input)}`);
      return describeInputError(parsed.error, input);
    };
    expect(shown('room.setTimerDisplay', { timerDisplay: 'sparkles' })).toEqual({
      code: 'invalid_input',
      message: 'Choose how the timer shows: numbers, ring or hidden.',
      field: 'timerDisplay',
      messageId: 'errors.room.timerDisplay',
    });
    expect(shown('member.update', { memberId: 'm1', status: 'gone' }).message).toBe('Choose the member’s status: active, on a break or left.');
    expect(shown('live.command', { meetingId: 'm1', command: { type: 'startRound', mode: 'alphabetical' } }).message).toBe(
      'Choose the order of the round: as people sit, random or rotating.',
    );
    expect(shown('meeting.plan', { groupId: 'g1', templateId: null }).message).toBe('The meeting date is missing (use YYYY-MM-DD, like 2026-12-01).');
    expect(shown('meeting.plan', { groupId: 'g1', date: '1969-12-31', templateId: null }).message).toBe(
      'The meeting date must be from 1970 to 9999; check the year.',
    );
    expect(shown('settings.update', { privateNoteRetentionMonths: 2.5 }).message).toBe(
      'Keep private notes for a whole number of months, from 1 to 120, or for ever.',
    );
    expect(shown('group.create', { name: 'Circle', colour: 'blue' }).message).toBe(
      'Unexpected field “colour” in this action’s details; leave it out.',
    );
    expect(shown('meeting.get', { meetingId: 7 }).message).toBe('Choose the meeting again: the id must be text.');
  });
});

describe('zod’s own wording', () => {
  // The locale's source lists every kind of issue and format it words; reading it means a zod upgrade that adds one is noticed here.
  const localeSource = readFileSync(join(dirname(createRequire(import.meta.url).resolve('zod')), 'v4', 'locales', 'en.js'), 'utf8');
  const listed = (pattern: RegExp) => [...localeSource.matchAll(pattern)].map((match) => String(match[1]));
  const localeError = z.locales.en().localeError as unknown as (issue: Record<string, unknown>) => string | { message: string };
  const say = (issue: Record<string, unknown>) => {
    const said = localeError(issue);
    return typeof said === 'string' ? said : said.message;
  };

  it('is recognised in every message zod 4’s English locale can give', () => {
    const formatsBlock = /FormatDictionary = \{([\s\S]*?)\};/.exec(localeSource)?.[1] ?? '';
    const formats = [...formatsBlock.matchAll(/^\s*(\w+):/gm)].map((m) => String(m[1]));
    const sizableBlock = /Sizable = \{([\s\S]*?)\n {4}\};/.exec(localeSource)?.[1] ?? '';
    const origins = [...[...sizableBlock.matchAll(/^\s*(\w+):/gm)].map((m) => String(m[1])), 'number', 'int', 'bigint', 'date', 'value'];
    const codes = listed(/case "(\w+)":/g);
    expect(formats.length).toBeGreaterThan(20);
    expect(origins).toContain('string');

    const types = [
      'string',
      'number',
      'int',
      'bigint',
      'boolean',
      'object',
      'array',
      'date',
      'symbol',
      'undefined',
      'null',
      'nan',
      'map',
      'set',
      'file',
      'function',
      'promise',
      'void',
      'never',
      'any',
      'unknown',
    ];
    const inputs = ['x', 1, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, {}, [], true, 1n, new Date(0)];
    const issues: Record<string, unknown>[] = [
      ...types.flatMap((expected) => inputs.map((input) => ({ code: 'invalid_type', expected, input }))),
      { code: 'invalid_value', values: ['numbers'] },
      { code: 'invalid_value', values: ['numbers', 'ring', 'hidden'] },
      ...origins.flatMap((origin) =>
        [{ inclusive: true }, { inclusive: false }, { exact: true }].flatMap((how) => [
          { code: 'too_big', origin, maximum: 5, ...how },
          { code: 'too_small', origin, minimum: 1, ...how },
        ]),
      ),
      ...[...formats, 'starts_with', 'ends_with', 'includes', 'regex', 'a_format_zod_adds_later'].map((format) => ({
        code: 'invalid_format',
        format,
        prefix: 'a',
        suffix: 'b',
        includes: 'c',
        pattern: '/^x$/',
      })),
      { code: 'not_multiple_of', divisor: 5 },
      { code: 'unrecognized_keys', keys: ['admin'] },
      { code: 'unrecognized_keys', keys: ['admin', 'root'] },
      { code: 'invalid_key', origin: 'record' },
      { code: 'invalid_union', errors: [] },
      { code: 'invalid_union', errors: [], options: ['nextItem', 'pass'] },
      { code: 'invalid_union', errors: [], inclusive: false },
      { code: 'invalid_element', origin: 'map' },
      { code: 'custom' },
      { code: 'a_code_zod_adds_later' },
    ];
    const triedCodes = new Set(issues.map((issue) => issue.code));
    expect(codes.filter((code) => !triedCodes.has(code))).toEqual([]);
    const missed = issues.map(say).filter((message) => !isZodDefaultWording(message));
    expect(missed).toEqual([]);
    // zod's last resort, when no map gives a message at all.
    expect(isZodDefaultWording('Invalid input')).toBe(true);
  });

  it('is reworded by describeInputError into a sentence naming the field, should a schema lack a message', () => {
    const bare = z.strictObject({
      durationMinutes: z.number().int().max(480),
      heardFrom: z.enum(['social_media', 'other']),
      venue: z.string().min(1).max(5),
      tags: z.array(z.string()).max(1),
      code: z.string().regex(/^\d+$/),
      either: z.union([z.number(), z.boolean()]),
    });
    const first = (input: unknown) => {
      const parsed = bare.safeParse(input);
      if (parsed.success) throw new Error('accepted');
      return describeInputError(parsed.error, input).message;
    };
    const good = { durationMinutes: 90, heardFrom: 'other', venue: 'Hall', tags: [], code: '1', either: 1 };
    expect(first({ ...good, durationMinutes: undefined })).toBe('The duration minutes is missing.');
    expect(first({ ...good, durationMinutes: 'ninety' })).toBe('The duration minutes must be a number.');
    expect(first({ ...good, durationMinutes: 1.5 })).toBe('The duration minutes must be a whole number.');
    expect(first({ ...good, durationMinutes: 500 })).toBe('The duration minutes can be at most 480.');
    expect(first({ ...good, heardFrom: 'radio' })).toBe('Choose the heard from: social media or other.');
    expect(first({ ...good, venue: '' })).toBe('The venue is needed.');
    expect(first({ ...good, venue: 'The big hall' })).toBe('The venue can be at most 5 characters.');
    expect(first({ ...good, tags: ['a', 'b'] })).toBe('The tags can be at most 1 item.');
    expect(first({ ...good, code: 'x' })).toBe('Check the code: it is not written the way it should be.');
    expect(first({ ...good, either: 'x' })).toBe('Check the either: it is none of the kinds of value this takes.');
    expect(first({ ...good, admin: true })).toBe('Unexpected field “admin” in this action’s details; leave it out.');
    expect(first('text')).toBe('This action’s details must be a set of named fields.');
  });
});
