import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '#shared/contract/contract';
import { emptyCheckout } from '#shared/feedback/checkout';
import { summaryMarkdown } from '#shared/feedback/summary-markdown';
import { plural } from '#shared/text/plural';
import { wording } from './i18n/wording';

describe('plural', () => {
  it('writes one as singular and every other count as plural', () => {
    expect(plural(0, 'minute')).toBe('0 minutes');
    expect(plural(1, 'minute')).toBe('1 minute');
    expect(plural(2, 'minute')).toBe('2 minutes');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });

  it('is what the exported summary writes for the meeting’s length', () => {
    const summary = (minutes: number): MeetingSummary => ({
      meetingId: 'm1',
      date: '2027-01-05',
      startedAt: 0,
      endedAt: minutes * 60_000,
      present: 2,
      guests: 0,
      excused: 0,
      items: [],
      speaking: [],
      silent: [],
      checkout: emptyCheckout(),
      actionItems: [],
      sharedNotes: '',
    });
    expect(summaryMarkdown('Circle', summary(1), null, wording('en'))).toContain('2 present · 1 minute\n');
    expect(summaryMarkdown('Circle', summary(2), null, wording('en'))).toContain('2 present · 2 minutes\n');
  });
});
