import type { AgendaItem } from '../agenda/agenda';
import type { Translate } from './translator';

/**
 * What a new group starts with, in the language it is created in: ground
 * rules from good peer-support practice and an agenda of about 90 minutes
 * (arrive and agree how we talk, hear from everyone briefly, go deeper on a
 * topic, leave room for what is on people's minds, and close by asking how
 * the session went). The words are in messages/<locale>/content.json; `t`
 * reads ids prefixed "content.".
 */
const RULES = ['confidentiality', 'listen', 'speakFromI', 'noAdvice', 'pass', 'time'] as const;

const TEMPLATE: readonly { key: string; kind: AgendaItem['kind']; minutes: number; perSpeakerSeconds: number | null }[] = [
  { key: 'welcome', kind: 'welcome', minutes: 10, perSpeakerSeconds: null },
  { key: 'checkIn', kind: 'check_in_round', minutes: 15, perSpeakerSeconds: 90 },
  { key: 'topic', kind: 'topic_discussion', minutes: 25, perSpeakerSeconds: null },
  { key: 'break', kind: 'break', minutes: 10, perSpeakerSeconds: null },
  { key: 'openSharing', kind: 'open_sharing', minutes: 20, perSpeakerSeconds: null },
  { key: 'checkOut', kind: 'check_out_round', minutes: 10, perSpeakerSeconds: 45 },
];

export function defaultGroundRules(t: Translate): string[] {
  return RULES.map((rule) => t(`content.rules.${rule}`));
}

export function defaultTemplate(t: Translate): { name: string; items: Omit<AgendaItem, 'id'>[] } {
  return {
    name: t('content.template.name'),
    items: TEMPLATE.map(({ key, kind, minutes, perSpeakerSeconds }) => ({
      kind,
      title: t(`content.template.${key}.title`),
      minutes,
      objective: t(`content.template.${key}.objective`),
      perSpeakerSeconds,
    })),
  };
}
