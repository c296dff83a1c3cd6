import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract } from '#shared/contract/contract';
import { methodNames } from '#shared/contract/method-names';
import { Database } from '#shared/storage/database';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
}

/** Every text field's length limit, by path: the same walk for the contract and the stored schema. */
function textLimits(schema: z.ZodType, path: string, out: Map<string, number>): Map<string, number> {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'string': {
      const max = (schema as z.ZodString).maxLength;
      if (max !== null) out.set(path, Math.min(max, out.get(path) ?? Infinity));
      break;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      if (def.innerType) textLimits(def.innerType, path, out);
      break;
    case 'pipe':
      if (def.in) textLimits(def.in, path, out);
      if (def.out) textLimits(def.out, path, out);
      break;
    case 'object':
      for (const [key, inner] of Object.entries(def.shape ?? {})) textLimits(inner, path ? `${path}.${key}` : key, out);
      break;
    case 'array':
      if (def.element) textLimits(def.element, `${path}[]`, out);
      break;
    case 'record':
      if (def.valueType) textLimits(def.valueType, `${path}{}`, out);
      break;
    case 'union':
      for (const option of def.options ?? []) textLimits(option, path, out);
      break;
    default:
      break;
  }
  return out;
}

/** Where a method's fields are stored, by the first part of its name. */
const storedUnder: Record<string, string> = {
  group: 'groups[]',
  rules: 'groups[].groundRules[]',
  member: 'members[]',
  template: 'templates[]',
  meeting: 'meetings[]',
  attendance: 'meetings[]',
  live: 'meetings[].live',
  notes: 'meetings[].notes',
  actionItem: 'actionItems[]',
  checkout: 'meetings[].checkout',
  survey: 'surveys[]',
  suggestion: 'suggestions[]',
  settings: 'settings',
  room: 'room',
  purpose: 'groups[]',
  review: 'groups[]',
  goal: 'groupGoals[]',
  personalGoal: 'personalGoals[]',
  followUp: 'followUps[]',
  checkIn: 'memberCare[]',
  partner: 'partners[]',
  event: 'events[]',
};

/** Fields stored under another name, and fields that only point at records (ids) or are never stored. */
const storedAs: Record<string, string[]> = {
  'group.create:name': ['groups[].name'],
  'rules.set:rules[]': ['groups[].groundRules[].rules[]'],
  'member.add:displayName': ['members[].displayName'],
  'member.importMany:members[].displayName': ['members[].displayName'],
  'member.importMany:members[].fullName': ['members[].fullName'],
  'member.importMany:members[].contact': ['members[].contact'],
  'attendance.addGuest:displayName': ['meetings[].attendance[].guestName'],
  'notes.save:text': ['meetings[].notes.private', 'meetings[].notes.shared', 'meetings[].notes.items{}'],
  'template.create:items[].title': ['templates[].items[].title', 'meetings[].agenda[].title'],
  'template.update:items[].title': ['templates[].items[].title'],
  'template.create:items[].objective': ['templates[].items[].objective'],
  'template.update:items[].objective': ['templates[].items[].objective'],
  'meeting.updateAgenda:items[].title': ['meetings[].agenda[].title'],
  'meeting.updateAgenda:items[].objective': ['meetings[].agenda[].objective'],
  'survey.respond:answers{}': ['surveyResponses[].answers{}'],
  'live.command:command.participantId': ['meetings[].live.turns[].participantId'],
  'goal.addNote:text': ['groupGoals[].notes[].text'],
  'personalGoal.addCheckIn:text': ['personalGoals[].checkIns[].text'],
};
const ID_MAX = 64;
/** Read and never stored as such: a partner's calendar file (its events are stored, with limits of their own). */
const neverStored = new Set([
  'partner.importCalendar:text',
  // Passphrases are never stored: only keys derived from them seal the data key (electron/backend/vault).
  'vault.unlock:passphrase',
  'vault.enable:passphrase',
  'vault.change:current',
  'vault.change:passphrase',
  'vault.disable:current',
  'copy.save:passphrase',
  'copy.inspect:passphrase',
  'copy.open:passphrase',
  // A piece of a file on its way (base64), held in memory only.
  'transfer.append:data',
]);

describe('text limits', () => {
  const stored = textLimits(Database, '', new Map());

  it('are the same in the contract as in the stored schema, for every text field', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const method of methodNames) {
      const [area = ''] = method.split('.');
      for (const [field, max] of textLimits(contract[method].input, '', new Map())) {
        const key = `${method}:${field}`;
        if (neverStored.has(key)) continue;
        const targets = storedAs[key] ?? [`${storedUnder[area] ?? '?'}.${field}`];
        const known = targets.filter((t) => stored.has(t));
        // Ids and other references point at records; they are checked as ids, not stored as text.
        if (known.length === 0) {
          if (max !== ID_MAX && max !== 100) mismatches.push(`${key} (max ${String(max)}) is stored nowhere the test knows`);
          continue;
        }
        compared += known.length;
        for (const target of known)
          if (stored.get(target) !== max) mismatches.push(`${key} allows ${String(max)}, ${target} stores ${String(stored.get(target))}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(30);
  });

  it('give every note the same room, sent or stored', () => {
    expect(stored.get('meetings[].notes.private')).toBe(20_000);
    expect(stored.get('meetings[].notes.items{}')).toBe(20_000);
    expect(stored.get('meetings[].notes.shared')).toBe(20_000);
  });
});
