import { z } from 'zod';
import { idError } from '../domain/names';
import { choice, fieldsError } from '../domain/fields';

const agendaItemKinds = [
  'welcome',
  'ground_rules',
  'check_in_round',
  'topic_discussion',
  'open_sharing',
  'break',
  'check_out_round',
  'announcements',
  'other',
] as const;

export const agendaKindLabels: Record<(typeof agendaItemKinds)[number], string> = {
  welcome: 'Welcome',
  ground_rules: 'Ground rules',
  check_in_round: 'Check-in round',
  topic_discussion: 'Topic discussion',
  open_sharing: 'Open sharing',
  break: 'Break',
  check_out_round: 'Check-out round',
  announcements: 'Announcements',
  other: 'Other',
};

export const AgendaItemKind = choice(
  agendaItemKinds,
  'Choose the kind of agenda item',
  Object.fromEntries(Object.entries(agendaKindLabels).map(([kind, label]) => [kind, label.toLowerCase()])),
);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

/** Round items give each speaker a turn, so they can carry a per-speaker time. */
export function isRoundKind(kind: AgendaItemKind): boolean {
  return kind === 'check_in_round' || kind === 'check_out_round';
}

export const AgendaItem = z.strictObject(
  {
    id: z
      .string({ error: idError('agenda item') })
      .min(1)
      .max(64),
    kind: AgendaItemKind,
    title: z
      .string({ error: (issue) => (issue.input === undefined ? 'An agenda item needs a title.' : 'An item title must be text.') })
      .transform((v) => v.replace(/\s+/g, ' ').trim())
      .pipe(z.string().min(1, { error: 'An agenda item needs a title.' }).max(80, { error: 'An item title can be at most 80 characters.' })),
    minutes: z
      .number({ error: (issue) => (issue.input === undefined ? 'An agenda item needs its planned minutes.' : 'Planned minutes must be a number.') })
      .int({ error: 'Planned minutes must be whole minutes.' })
      .min(1, { error: 'An agenda item needs at least 1 minute.' })
      .max(240, { error: 'An agenda item can be at most 240 minutes.' }),
    objective: z
      .string({
        error: (issue) => (issue.input === undefined ? 'An agenda item’s objective is missing (it may be empty).' : 'An objective must be text.'),
      })
      .trim()
      .max(300, { error: 'An objective can be at most 300 characters.' }),
    /** Round items only: seconds each speaker has; null means no limit. */
    perSpeakerSeconds: z
      .number({ error: 'Time per speaker must be a number of seconds, or none for no limit.' })
      .int({ error: 'Time per speaker must be whole seconds.' })
      .min(15, { error: 'Time per speaker is at least 15 seconds.' })
      .max(1800, { error: 'Time per speaker is at most 30 minutes.' })
      .nullable(),
  },
  { error: fieldsError('an agenda item') },
);
export type AgendaItem = z.infer<typeof AgendaItem>;

export const AGENDA_ITEMS_MAX = 40;

export interface AgendaFit {
  totalMinutes: number;
  meetingMinutes: number;
  /** Positive when the agenda runs over the meeting, negative when it leaves time spare. */
  overByMinutes: number;
  fits: boolean;
}

export function agendaFit(items: readonly Pick<AgendaItem, 'minutes'>[], meetingMinutes: number): AgendaFit {
  const totalMinutes = items.reduce((sum, item) => sum + item.minutes, 0);
  return { totalMinutes, meetingMinutes, overByMinutes: totalMinutes - meetingMinutes, fits: totalMinutes <= meetingMinutes };
}

/** Moves one item, for keyboard and pointer reordering alike. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  const [moved] = copy.splice(from, 1) as [T];
  copy.splice(to, 0, moved);
  return copy;
}
