import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '#shared/contract/contract';
import { emptyCheckout } from '#shared/feedback/checkout';
import { summaryFileBase, summaryMarkdown } from '#shared/feedback/summary-markdown';
import { wording } from '../i18n/wording';

function summary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    meetingId: 'm1',
    date: '2026-12-01',
    startedAt: 0,
    endedAt: 90 * 60_000,
    present: 3,
    guests: 1,
    excused: 2,
    items: [
      { title: 'Welcome', plannedMinutes: 10, actualMs: 9 * 60_000 + 5_000, skipped: false },
      { title: 'Break', plannedMinutes: 10, actualMs: 0, skipped: true },
    ],
    speaking: [
      { participantId: 'a', name: 'Ana', totalMs: 120_000, turns: 2, passes: 0 },
      { participantId: 'b', name: 'Bo', totalMs: 0, turns: 0, passes: 1 },
      { participantId: 'c', name: 'Cy', totalMs: 60_000, turns: 1, passes: 0 },
    ],
    silent: ['Bo'],
    checkout: { ratings: [0, 0, 0, 1, 1], heard: { yes: 2, somewhat: 0, no: 0 } },
    actionItems: [{ text: 'Find a bigger room', owner: 'Ana', due: '2026-12-08', status: 'open' }],
    sharedNotes: 'Theme: winter',
    ...overrides,
  };
}

describe('the meeting summary in Markdown', () => {
  it('reads in English word for word as it always has', () => {
    expect(summaryMarkdown('Tuesday Circle', summary(), null, wording('en'))).toBe(
      [
        '# Tuesday Circle — meeting of 2026-12-01',
        '',
        '3 present (including 1 guest), 2 excused · 90 minutes',
        '',
        '## Agenda, planned against actual',
        '',
        '| Item | Planned | Actual |',
        '| --- | --- | --- |',
        '| Welcome | 10 min | 9:05 |',
        '| Break | 10 min | skipped |',
        '',
        '## Speaking',
        '',
        '2 of 3 present spoke.',
        '',
        '## Check-out',
        '',
        'How did this session go? 4.5 out of 5 from 2 answers (1: 0 · 2: 0 · 3: 0 · 4: 1 · 5: 1)',
        'Did you feel heard? Yes 2 · Somewhat 0 · No 0',
        '',
        '## Action items',
        '',
        '- [ ] Find a bigger room — Ana, due 2026-12-08',
        '',
        '## Shared notes',
        '',
        'Theme: winter',
        '',
      ].join('\n'),
    );
    expect(summaryFileBase(wording('en'), '2026-12-01')).toBe('meeting-2026-12-01');
  });

  it('is written in Spanish, with its own plurals and long dates, names as they are', () => {
    const text = summaryMarkdown('Círculo del martes', summary(), { meeting: '', items: [] }, wording('es'));
    expect(text).toContain('# Círculo del martes — reunión del 1 de diciembre de 2026\n');
    expect(text).toContain('3 presentes (incluida 1 persona invitada), 2 excusadas · 90 minutos\n');
    expect(text).toContain('| Punto | Previsto | Real |');
    expect(text).toContain('| Quién | Tiempo | Turnos | Pases |');
    expect(text).toContain('No hablaron: Bo\n');
    expect(text).toContain('¿Cómo ha ido esta sesión? 4,5 de 5 con 2 respuestas (1: 0 · 2: 0 · 3: 0 · 4: 1 · 5: 1)');
    expect(text).toContain('- [ ] Find a bigger room — Ana, para el 8 de diciembre de 2026');
    expect(text).not.toMatch(/present spoke|Action items|meeting of/);
    expect(summaryMarkdown('C', summary({ present: 1, guests: 0, excused: 0, endedAt: 60_000 }), null, wording('es'))).toContain(
      '1 presente · 1 minuto\n',
    );
    expect(summaryFileBase(wording('es'), '2026-12-01')).toBe('reunion-2026-12-01');
  });

  it('is written in Arabic, with the plural forms Arabic needs', () => {
    const ar = wording('ar');
    const text = summaryMarkdown('دائرة الثلاثاء', summary(), null, ar);
    expect(text).toContain('## جدول الأعمال: المخطط مقابل الفعلي');
    expect(text).toContain('تحدّث 2 من أصل 3 من الحاضرين.');
    expect(text).toContain('## المهام');
    const minutes = (n: number) => summaryMarkdown('C', summary({ endedAt: n * 60_000 }), null, ar).split('\n')[2];
    expect(minutes(1)).toMatch(/· دقيقة واحدة$/);
    expect(minutes(2)).toMatch(/· دقيقتان$/);
    expect(minutes(3)).toMatch(/· 3 دقائق$/);
    expect(minutes(11)).toMatch(/· 11 دقيقة$/);
    expect(summaryMarkdown('C', summary({ checkout: emptyCheckout() }), null, ar)).toContain('لا توجد إجابات ختام.');
  });
});
