import { describe, expect, it } from 'vitest';
import { attendanceDates, membershipReport, statusSpans } from '#shared/reports/membership';
import { DIGESTS, MEMBERS, TODAY } from './reports-history';
import { english } from './report-english';

const byId = (id: string) => MEMBERS.find((m) => m.id === id) ?? MEMBERS[0]!;

describe('status over time', () => {
  it('places a break of unknown start after the last meeting the member came to', () => {
    const attended = attendanceDates(DIGESTS);
    expect(attended.get('c')).toEqual(['2026-01-06', '2026-02-03', '2026-02-10']);
    expect(statusSpans(byId('c'), attended.get('c') ?? [])).toEqual([
      { status: 'active', from: '2026-01-06', until: '2026-02-11' },
      { status: 'on_break', from: '2026-02-11', until: null },
    ]);
    expect(statusSpans(byId('b'), attended.get('b') ?? [])).toEqual([
      { status: 'active', from: '2026-01-06', until: '2026-02-20' },
      { status: 'on_break', from: '2026-02-20', until: '2026-05-04' },
      { status: 'active', from: '2026-05-04', until: null },
    ]);
  });

  it('starts an undated change at joining for a member who never came, and never before joining', () => {
    const never = { ...byId('e'), joinedOn: '2026-03-01', statusLog: [{ date: null, status: 'on_break' as const }] };
    expect(statusSpans(never, [])).toEqual([{ status: 'on_break', from: '2026-03-01', until: null }]);
    const edited = { ...byId('e'), joinedOn: '2026-03-01', statusLog: [{ date: '2026-02-01', status: 'left' as const }] };
    expect(statusSpans(edited, [])).toEqual([{ status: 'left', from: '2026-03-01', until: null }]);
  });
});

describe('members over time', () => {
  it('counts per quarter who joined, left and was on a break, and the members at its end', () => {
    const report = membershipReport(MEMBERS, DIGESTS, { from: null, to: TODAY }, TODAY);
    // Q1: all five joined, Dan left (then was erased: he still counts), Ben (from 20 Feb) and Cat (from 11 Feb) on a break.
    // Q2: Ben's break runs to 4 May. Q3, Q4: Cat only. Members at each end: Ann, Ben, Cat, Eve.
    expect(report.quarters).toEqual([
      { quarter: '2026 Q1', from: '2026-01-06', to: '2026-03-31', joined: 5, left: 1, onBreak: 2, members: 4 },
      { quarter: '2026 Q2', from: '2026-04-01', to: '2026-06-30', joined: 0, left: 0, onBreak: 2, members: 4 },
      { quarter: '2026 Q3', from: '2026-07-01', to: '2026-09-30', joined: 0, left: 0, onBreak: 1, members: 4 },
      { quarter: '2026 Q4', from: '2026-10-01', to: '2026-11-24', joined: 0, left: 0, onBreak: 1, members: 4 },
    ]);
    expect(report.totals).toEqual({ joined: 5, left: 1, breaksWithoutDate: 1 });
    expect(report.heardFrom).toEqual([
      { source: 'workplace', label: 'Workplace', count: 2 },
      { source: 'social_media', label: 'Social media', count: 1 },
      { source: 'referred_by_member', label: 'Referred by a member', count: 1 },
      { source: null, label: 'Not recorded', count: 1 },
    ]);
  });

  it('counts who is still coming 3 and 6 months after joining, once the group has met since', () => {
    const report = membershipReport(MEMBERS, DIGESTS, { from: null, to: TODAY }, TODAY);
    // Last meeting 14 July. 3 months: all five marks (6 Apr to 3 May) are before it; still coming: Ann (came 14 Jul),
    // Ben (5 May), Eve (14 Jul); not Cat (last 10 Feb) or Dan (13 Jan): 3 of 5.
    // 6 months: Eve's mark (3 Aug) is after the last meeting, so four count; only Ann came after 6 Jul: 1 of 4.
    expect(report.retention).toEqual([
      { months: 3, eligible: 5, stillComing: 3, share: 0.6 },
      { months: 6, eligible: 4, stillComing: 1, share: 0.25 },
    ]);
    expect(english(report.summary)).toBe(
      '5 joined and 1 left since January 2026; of those who joined long enough ago, 3 of 5 were still coming after 3 months.',
    );
  });

  it('cuts the quarters to the range, and follows only those who joined in it', () => {
    const report = membershipReport(MEMBERS, DIGESTS, { from: '2026-02-01', to: '2026-03-31' }, TODAY);
    expect(report.quarters).toEqual([{ quarter: '2026 Q1', from: '2026-02-01', to: '2026-03-31', joined: 1, left: 0, onBreak: 2, members: 4 }]);
    expect(report.heardFrom).toEqual([{ source: 'social_media', label: 'Social media', count: 1 }]);
    expect(report.retention).toEqual([
      { months: 3, eligible: 1, stillComing: 1, share: 1 },
      { months: 6, eligible: 0, stillComing: 0, share: null },
    ]);
    expect(english(report.summary)).toBe(
      '1 joined and 0 left since February 2026; of those who joined long enough ago, 1 of 1 was still coming after 3 months.',
    );
  });

  it('says what to do for a group with no members', () => {
    const report = membershipReport([], [], { from: null, to: TODAY }, TODAY);
    expect(report).toMatchObject({ enough: false, summary: null, quarters: [] });
    expect(english(report.emptyMessage)).toContain('Members page');
  });
});
