import { describe, expect, it } from 'vitest';
import { defaultGroundRules, defaultTemplate } from '#shared/i18n/content';
import { agendaFit } from '#shared/agenda/agenda';
import { LOCALES } from '#shared/i18n/locales';
import { backendTranslator } from '../../../electron/backend/i18n/backend-messages';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ok, openBackend } from './test-backend';

/** What Circlekeeper offered in English before the content became messages: the English must not drift. */
const DEFAULT_GROUND_RULES = [
  'Confidentiality: what is shared here stays here. We do not bring up someone’s story later unless they do.',
  'Listen fully and do not interrupt.',
  'Speak from “I”: share your own experience rather than speaking for others.',
  'No unasked advice: offer suggestions only when someone asks for them.',
  'Everyone has the right to pass, and to listen without speaking.',
  'Respect the time: keep to your share so everyone has a turn.',
];
const DEFAULT_TEMPLATE_NAME = 'Peer support meeting';
const DEFAULT_TEMPLATE_ITEMS = [
  {
    kind: 'welcome',
    title: 'Welcome and ground rules',
    minutes: 10,
    objective: 'Arrive, welcome newcomers and agree how we talk to each other.',
    perSpeakerSeconds: null,
  },
  {
    kind: 'check_in_round',
    title: 'Check-in round',
    minutes: 15,
    objective: 'Everyone who wants to says briefly how they are arriving today.',
    perSpeakerSeconds: 90,
  },
  { kind: 'topic_discussion', title: 'Topic discussion', minutes: 25, objective: 'Explore this meeting’s topic together.', perSpeakerSeconds: null },
  { kind: 'break', title: 'Break', minutes: 10, objective: 'Stretch, tea, a breather.', perSpeakerSeconds: null },
  { kind: 'open_sharing', title: 'Open sharing', minutes: 20, objective: 'Room for whatever is on people’s minds.', perSpeakerSeconds: null },
  { kind: 'check_out_round', title: 'Check-out round', minutes: 10, objective: 'How did this session go? One line each.', perSpeakerSeconds: 45 },
];

describe('a new group’s built-in content in each language', () => {
  it('is, in English, the ground rules and agenda Circlekeeper has always offered', () => {
    const t = backendTranslator('en');
    expect(defaultGroundRules(t)).toEqual([...DEFAULT_GROUND_RULES]);
    expect(defaultTemplate(t)).toEqual({ name: DEFAULT_TEMPLATE_NAME, items: [...DEFAULT_TEMPLATE_ITEMS] });
  });

  it('is written in every shipped language, with the same agenda times', () => {
    for (const locale of LOCALES) {
      const t = backendTranslator(locale);
      const rules = defaultGroundRules(t);
      const template = defaultTemplate(t);
      expect(
        rules.every((rule) => !rule.startsWith('content.')),
        locale,
      ).toBe(true);
      expect(template.items.map((i) => [i.kind, i.minutes, i.perSpeakerSeconds])).toEqual(
        DEFAULT_TEMPLATE_ITEMS.map((i) => [i.kind, i.minutes, i.perSpeakerSeconds]),
      );
      expect(agendaFit(template.items, 90).fits).toBe(true);
      if (locale !== 'en') expect(rules).not.toEqual([...DEFAULT_GROUND_RULES]);
    }
    expect(defaultTemplate(backendTranslator('es')).name).toBe('Reunión de apoyo mutuo');
    expect(defaultGroundRules(backendTranslator('ar'))[1]).toBe('نُصغي بانتباه ولا نقاطع.');
  });
});

describe('group.create in a language', () => {
  it('starts the group with ground rules and an agenda in that language, and English when none is said', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'circlekeeper-content-'));
    try {
      const backend = await openBackend(dir);
      const german = await ok(backend, 'group.create', { name: 'Dienstagskreis', language: 'de' });
      const english = await ok(backend, 'group.create', { name: 'Tuesday circle' });
      expect(german.groundRules.at(-1)?.rules[1]).toBe('Aufmerksam zuhören und nicht unterbrechen.');
      expect(english.groundRules.at(-1)?.rules).toEqual([...DEFAULT_GROUND_RULES]);
      const [template] = await ok(backend, 'template.list', { groupId: german.id });
      expect(template?.name).toBe('Selbsthilfetreffen');
      const refused = await backend.call('group.create', { name: 'Circle', language: 'fr' });
      expect(refused.ok ? null : refused.error.message).toMatch(/languages Circlekeeper speaks/);
      await backend.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
