import { describe, expect, it } from 'vitest';
import { DisplayView } from '#shared/display/display-view';
import { projectDisplayView } from '#shared/display/project-display-view';
import { emptyCheckout } from '#shared/feedback/checkout';
import { initialLiveState } from '#shared/live/live-state';
import { emptyNotes } from '#shared/notes/notes';
import { emptyDatabase, type Database } from '#shared/storage/database';
import { isReviewItemTitle } from '../../../electron/backend/i18n/review-item';

const REVIEW_ITEM_TITLE = 'Review our purpose and goals';
import type { Meeting } from '#shared/domain/types';
import { testGroup, testMember } from './fixtures';

function withGroup(mode: 'auto' | 'welcome' | 'blank'): Database {
  return {
    ...emptyDatabase(),
    groups: [testGroup('g1', 'Circle')],
    members: [testMember('m1', 'g1', 'Sam')],
    room: { groupId: 'g1', mode, modeBeforeBlank: 'auto', modeBeforePause: 'auto', message: '', timerDisplay: 'numbers' },
  };
}

describe('projectDisplayView', () => {
  it('shows the welcome screen with the group name and nothing about members', () => {
    const view = projectDisplayView(withGroup('welcome'), 0, isReviewItemTitle);
    expect(view).toEqual({ screen: 'welcome', groupName: 'Circle' });
    expect(JSON.stringify(view)).not.toContain('Sam');
  });

  it('blank wins over everything', () => {
    expect(projectDisplayView(withGroup('blank'), 0, isReviewItemTitle)).toEqual({ screen: 'blank' });
  });

  it('is idle until a group is chosen, or when the chosen group is gone', () => {
    expect(projectDisplayView(emptyDatabase(), 0, isReviewItemTitle)).toEqual({ screen: 'idle' });
    expect(projectDisplayView({ ...withGroup('welcome'), groups: [] }, 0, isReviewItemTitle)).toEqual({ screen: 'idle' });
  });

  it('rejects a view that carries an extra field, so nothing private can ride along', () => {
    expect(DisplayView.safeParse({ screen: 'welcome', groupName: 'Circle', notes: 'private' }).success).toBe(false);
  });
});

describe('the review of purpose and goals', () => {
  it('shows the purpose screen in automatic mode while the review item is under way, and the usual screen otherwise', () => {
    const base = withGroup('auto');
    const agenda = [
      { id: 'a1', kind: 'topic_discussion' as const, title: REVIEW_ITEM_TITLE, minutes: 15, objective: '', perSpeakerSeconds: null },
      { id: 'a2', kind: 'topic_discussion' as const, title: 'Open topic', minutes: 20, objective: '', perSpeakerSeconds: null },
    ];
    const live = { ...initialLiveState(0), itemIndex: 0 };
    const meeting: Meeting = {
      id: 'mt1',
      groupId: 'g1',
      date: '2026-12-01',
      startsAt: 0,
      durationMinutes: 90,
      status: 'live',
      templateId: null,
      agenda,
      roles: { facilitator: null, timekeeper: null, note_taker: null },
      roleDeclines: [],
      attendance: [],
      seating: [],
      live,
      record: null,
      notes: emptyNotes(),
      checkout: emptyCheckout(),
    };
    const data: Database = { ...base, groups: [{ ...testGroup('g1', 'Circle'), purpose: 'Support through loss' }], meetings: [meeting] };
    expect(projectDisplayView(data, 0, isReviewItemTitle)).toMatchObject({ screen: 'purpose', purpose: 'Support through loss' });
    const next = { ...data, meetings: [{ ...meeting, live: { ...live, itemIndex: 1 } }] };
    expect(projectDisplayView(next, 0, isReviewItemTitle).screen).not.toBe('purpose');
  });
});
