import { isRoundKind, type AgendaItem, type AgendaItemKind } from '../agenda/agenda';
import type { Meeting, ScreenMode } from '../domain/types';
import { plannedMs, spentMs } from '../live/agenda-runner';
import type { LiveState } from '../live/live-state';
import { upNext } from '../live/speaking';
import { currentRules } from '../rules/ground-rules';
import type { Database } from '../storage/database';
import type { GroupGoal } from '../sustain/goals';
import type { Locale } from '../i18n/locales';
import { COMING_UP_MAX, type DisplayGoal, type DisplayView } from './display-view';
import { UNNAMED_GUEST } from './unnamed-guest';

/** What 'auto' shows for each kind of agenda item. */
const autoScreen: Record<AgendaItemKind, ScreenMode> = {
  welcome: 'welcome',
  ground_rules: 'ground_rules',
  check_in_round: 'speaker',
  topic_discussion: 'speaker',
  open_sharing: 'speaker',
  break: 'break',
  check_out_round: 'speaker',
  announcements: 'agenda',
  other: 'agenda',
};

/** A participant's public name: the member's display name or the guest's; null for a guest who gave none. */
export function participantName(data: Readonly<Database>, meeting: Meeting, participantId: string): string | null {
  const entry = meeting.attendance.find((a) => a.participantId === participantId);
  if (entry?.guestName) return entry.guestName;
  const member = data.members.find((m) => m.id === (entry?.memberId ?? participantId));
  return member?.displayName ?? null;
}

/** The language of the room's screen: the room group's, English when no group is chosen. */
export function roomLocaleOf(data: Readonly<Database>): Locale {
  const group = data.room.groupId ? data.groups.find((g) => g.id === data.room.groupId) : undefined;
  return group?.roomLocale ?? 'en';
}

export function liveMeetingOf(data: Readonly<Database>, groupId: string | null): Meeting | undefined {
  return groupId === null ? undefined : data.meetings.find((m) => m.groupId === groupId && m.status === 'live' && m.live !== null);
}

function itemState(index: number, item: AgendaItem, live: LiveState): 'done' | 'current' | 'upcoming' | 'skipped' {
  if (live.skippedItemIds.includes(item.id)) return 'skipped';
  if (index === live.itemIndex) return 'current';
  return index < live.itemIndex ? 'done' : 'upcoming';
}

function displayGoal(goal: GroupGoal): DisplayGoal | null {
  if (goal.status === 'dropped') return null;
  return { what: goal.what, measure: goal.measure, byWhen: goal.byWhen, status: goal.status };
}

/** Purpose, objectives and the goals not dropped, public fields only: no progress notes. */
function purposeView(data: Readonly<Database>, group: Database['groups'][number]): DisplayView {
  const goals = data.groupGoals.filter((g) => g.groupId === group.id).sort((a, b) => a.createdAt - b.createdAt);
  const shown = (objective: string) => goals.filter((g) => g.objective === objective).flatMap((g) => displayGoal(g) ?? []);
  return {
    screen: 'purpose',
    groupName: group.name,
    purpose: group.purpose,
    objectives: group.objectives.map((text) => ({ text, goals: shown(text) })),
    otherGoals: goals.filter((g) => !group.objectives.includes(g.objective)).flatMap((g) => displayGoal(g) ?? []),
  };
}

/** The group's next events, public fields only: the partner by name, never its contact. */
function comingUpView(data: Readonly<Database>, group: Database['groups'][number], now: number): DisplayView {
  const partnerName = (id: string | null) => (id === null ? null : (data.partners.find((p) => p.id === id)?.name ?? null));
  const events = data.events
    .filter((e) => e.groupId === group.id && e.endsAt > now)
    .sort((a, b) => a.startsAt - b.startsAt)
    .slice(0, COMING_UP_MAX)
    .map((e) => ({
      kind: e.kind,
      title: e.title,
      date: e.date,
      startTime: e.startTime,
      endTime: e.endTime,
      place: e.place,
      partnerName: partnerName(e.partnerId),
      description: e.description,
    }));
  return { screen: 'coming_up', groupName: group.name, events };
}

/**
 * Pure projection from stored data to what the room may see. Only display
 * names, agenda titles, ground rules, timers, and the group's purpose,
 * objectives and goals, and the group's next events: never notes,
 * contacts (a member's or a partner's), full names, feedback, attendance,
 * personal goals or follow-ups.
 */
export function projectDisplayView(data: Readonly<Database>, now: number, isReviewItem: (title: string) => boolean): DisplayView {
  const { room } = data;
  if (room.mode === 'blank') return { screen: 'blank' };
  if (room.mode === 'message') return { screen: 'message', text: room.message };
  const group = room.groupId ? data.groups.find((g) => g.id === room.groupId) : undefined;
  // A pause works even before a group is chosen: the breathing prompt alone.
  if (room.mode === 'pause') return { screen: 'pause', rules: group ? (currentRules(group.groundRules)?.rules ?? []) : [] };
  if (!group) return { screen: 'idle' };

  const meeting = liveMeetingOf(data, group.id);
  const live = meeting?.live ?? null;
  const item = live && meeting ? meeting.agenda[live.itemIndex] : undefined;
  // The review item shows the purpose, objectives and goals the room is reviewing (found by its title in any language: the item has no other mark).
  const autoMode = item ? (isReviewItem(item.title) ? 'purpose' : autoScreen[item.kind]) : 'welcome';
  const mode = room.mode === 'auto' ? autoMode : room.mode;

  switch (mode) {
    case 'purpose':
      return purposeView(data, group);
    case 'coming_up':
      return comingUpView(data, group, now);
    case 'ground_rules':
      return { screen: 'ground_rules', groupName: group.name, rules: currentRules(group.groundRules)?.rules ?? [] };
    case 'agenda': {
      if (!meeting) {
        const next = data.meetings.filter((m) => m.groupId === group.id && m.status === 'planned').sort((a, b) => a.startsAt - b.startsAt)[0];
        return {
          screen: 'agenda',
          groupName: group.name,
          items: (next?.agenda ?? []).map((i) => ({ title: i.title, minutes: i.minutes, state: 'upcoming' })),
          current: null,
        };
      }
      const liveState = meeting.live as LiveState;
      return {
        screen: 'agenda',
        groupName: group.name,
        items: meeting.agenda.map((i, index) => ({
          title: i.title,
          minutes: i.minutes + (liveState.extraMinutes[i.id] ?? 0),
          state: itemState(index, i, liveState),
        })),
        current: item
          ? {
              title: item.title,
              timer: {
                startedAt: liveState.itemTimer.startedAt,
                elapsedBeforeMs: spentMs(item, liveState, meeting.agenda, liveState.itemTimer.startedAt ?? now),
              },
              plannedMs: plannedMs(item, liveState),
            }
          : null,
      };
    }
    case 'speaker': {
      if (!meeting || !live) return { screen: 'welcome', groupName: group.name };
      const name = (id: string) => participantName(data, meeting, id) ?? UNNAMED_GUEST;
      return {
        screen: 'speaker',
        itemTitle: item?.title ?? '',
        kind: live.round || (item && isRoundKind(item.kind)) ? 'round' : 'discussion',
        speaker: live.speaker ? name(live.speaker.participantId) : null,
        upNext: upNext(live, now, 2).map(name),
        timer: live.speaker ? { timer: live.speaker.timer, limitMs: live.speaker.limitMs, warnMs: live.warnSeconds * 1000 } : null,
        timerDisplay: room.timerDisplay,
      };
    }
    case 'break': {
      if (!meeting || !live || !item || item.kind !== 'break') return { screen: 'break', title: null, timer: null, plannedMs: 0 };
      return {
        screen: 'break',
        title: item.title,
        timer: { startedAt: live.itemTimer.startedAt, elapsedBeforeMs: spentMs(item, live, meeting.agenda, live.itemTimer.startedAt ?? now) },
        plannedMs: plannedMs(item, live),
      };
    }
    default:
      return { screen: 'welcome', groupName: group.name };
  }
}
