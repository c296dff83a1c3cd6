import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Locale } from '#shared/i18n/locales';
import { createTranslator } from '#shared/i18n/translator';
import { reportCsv } from '#shared/reports/csv';
import { computeGroupReport } from '#shared/reports/group-report';
import { reportText } from '#shared/reports/report-text';
import type { ReportText, Trend } from '#shared/reports/report-types';
import { attendanceLine, membersLine, surveysLine, timeLine } from '#shared/reports/summary-lines';
import { readCatalogs } from './i18n/read-catalogs';
import { DIGESTS, GROUP, MEMBERS, RESPONSES, SURVEYS, TODAY } from './reports-history';

/** The console's translator for a locale: the namespaces the reports use, prefixed as the console prefixes them. */
const catalogs = readCatalogs();
function translatorFor(locale: Locale) {
  const flat = (l: Locale) =>
    Object.fromEntries(
      (['console-reports', 'console-members', 'console-agendas'] as const).flatMap((file) =>
        Object.entries(catalogs[l][file] ?? {}).map(([key, message]) => [`${file.replace('console-', '')}.${key}`, message]),
      ),
    );
  return createTranslator(locale, flat(locale), flat('en'));
}
const say = (locale: Locale, text: ReportText) => reportText(translatorFor(locale), locale, text).replace(/[\u2068\u2069]/g, '');

const trend = (first: number, last: number): Trend => ({ first, last, since: '2026-03-03', until: '2026-11-24', window: 4 });
const attendance = (t: Trend | null, cancelled: number, averageTotal = 9) =>
  attendanceLine({
    meetings: [],
    cancelled: [],
    totals: { held: 20, cancelled, averageTotal, averageMembers: 8, guests: 3, newcomers: 2, returners: 4 },
    trend: t,
  });
const time = (timed: number, overran: number, average: number) =>
  timeLine({ meetings: [], byKind: [], totals: { timed, overran, averageOverrunMinutes: average, longestOverrunMinutes: average } });

describe('report lines in Spanish, German and Arabic', () => {
  it('name the month in the language, and choose the plural by the count', () => {
    expect(say('es', attendance(trend(11.2, 7.4), 1))).toBe('La asistencia bajó de 11 a 7 por reunión desde marzo de 2026. Se canceló 1 reunión.');
    expect(say('es', attendance(trend(11.2, 7.4), 3))).toContain('Se cancelaron 3 reuniones.');
    expect(say('de', attendance(trend(6.6, 9), 0))).toBe('Die Teilnahme ist seit März 2026 von 7 auf 9 pro Treffen gestiegen.');
    expect(say('de', time(3, 1, 1))).toBe('1 von 3 Treffen hat überzogen, im Schnitt um 1 Minute (höchstens 1 Minute).');
  });

  it('use every Arabic plural form (one, two, few, many, other), in the digits Arabic is written with here', () => {
    // Arabic-Indic or Latin digits, as the runtime's locale data has it: whichever, the same as the rest of the page.
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    // One meeting came: "شخص واحد"; two: the dual; three to ten: "أشخاص"; eleven and up: "شخصًا"; a hundred: "شخص".
    expect(say('ar', attendance(null, 0, 1))).toContain('شخص واحد');
    expect(say('ar', attendance(null, 0, 2))).toContain('شخصان');
    expect(say('ar', attendance(null, 0, 3))).toContain(`${n(3)} أشخاص`);
    expect(say('ar', attendance(null, 0, 11))).toContain(`${n(11)} شخصًا`);
    expect(say('ar', attendance(null, 0, 100))).toContain(`${n(100)} شخص`);
    expect(say('ar', attendance(null, 2, 3))).toContain('أُلغي اجتماعان.');
    expect(say('ar', attendance(trend(11.2, 7.4), 0))).toBe(
      `انخفض الحضور من ${n(11)} إلى ${n(7)} في الاجتماع منذ مارس ${new Intl.NumberFormat('ar', { useGrouping: false }).format(2026)}.`,
    );
  });

  it('isolate a survey title the group wrote, and keep percentages and decimals in the locale’s form', () => {
    const run = (responses: number) => ({ surveyId: 's', from: '2026-01-01', to: '2026-01-01', responses, hidden: false, questions: [] });
    const series = { title: 'Check-in', surveyIds: ['s'], questions: [], runs: [run(4), run(6)] };
    const raw = reportText(translatorFor('ar'), 'ar', surveysLine([series]));
    expect(raw).toContain('\u2068Check-in\u2069');
    expect(say('es', surveysLine([series, { ...series, title: 'Sala' }]))).toBe(
      '«Check-in» se hizo 2 veces; la última vez tuvo 6 respuestas. Otra encuesta también se hizo más de una vez.',
    );
    const members = membersLine(
      {
        quarters: [],
        heardFrom: [],
        retention: [{ months: 3, eligible: 4, stillComing: 3, share: 0.75 }],
        totals: { joined: 4, left: 1, breaksWithoutDate: 0 },
      },
      '2026-09-01',
    );
    expect(say('es', members)).toBe(
      'Entraron 4 personas y salió 1 desde septiembre de 2026; de quienes entraron hace tiempo suficiente, 3 de 4 seguían viniendo a los 3 meses.',
    );
  });
});

describe('report CSV in the console’s language', () => {
  const report = computeGroupReport({
    group: GROUP,
    members: MEMBERS,
    digests: DIGESTS,
    surveys: SURVEYS,
    responses: RESPONSES,
    range: { from: null, to: TODAY },
    today: TODAY,
    perMember: false,
  });
  const rows = (locale: Locale, table: Parameters<typeof reportCsv>[1]) =>
    Papa.parse<string[]>(reportCsv(report, table, { perMember: false, words: translatorFor(locale) }) ?? '', { skipEmptyLines: true }).data;

  it('writes headers and words in Spanish, keeping ISO dates and plain numbers for a spreadsheet', () => {
    const attendance = rows('es', 'attendance');
    expect(attendance[0]?.slice(0, 3)).toEqual(['Fecha', 'Celebrada', 'Miembros presentes']);
    expect(attendance[2]).toEqual(['2026-01-13', 'sí', '3', '1', '4', '1', '0', '3.5']);
    expect(attendance[3]?.slice(0, 2)).toEqual(['2026-01-20', 'cancelada']);
    // The agenda's kinds by the Agendas page's words.
    expect(rows('es', 'time-by-kind').map((r) => r[0])).toContain('Ronda de inicio');
  });

  it('writes Arabic headers, and the same figures as English', () => {
    const arabic = rows('ar', 'support');
    const english = Papa.parse<string[]>(reportCsv(report, 'support', { perMember: false }) ?? '', { skipEmptyLines: true }).data;
    expect(arabic[0]?.[0]).toBe('التاريخ');
    expect(arabic.slice(1).map((r) => r.slice(0, 12))).toEqual(english.slice(1).map((r) => r.slice(0, 12)));
    expect(arabic[2]?.[12]).toBe('بعض الإجابات غير معروضة: أقل من 3 إجابات');
  });
});
