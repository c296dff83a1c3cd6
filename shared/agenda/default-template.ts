import type { AgendaItem } from './agenda';

/**
 * A good peer support meeting of about 90 minutes: arrive and agree how we
 * talk, hear from everyone briefly, go deeper on a topic, leave room for
 * what is on people's minds, and close by asking how the session went.
 */
export const DEFAULT_TEMPLATE_NAME = 'Peer support meeting';

export const DEFAULT_TEMPLATE_ITEMS: readonly Omit<AgendaItem, 'id'>[] = [
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
