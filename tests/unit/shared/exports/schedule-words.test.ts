import { describe, expect, it } from 'vitest';
import type { Locale } from '#shared/i18n/locales';
import { describeSchedule, type Schedule } from '#shared/schedule/schedule';
import { wording } from '../i18n/wording';

const tuesdays: Schedule = {
  frequency: 'weekly',
  weekday: 2,
  weekOfMonth: 1,
  startTime: '19:00',
  durationMinutes: 90,
  timeZone: 'Europe/London',
  startDate: '2026-10-06',
};

const say = (locale: Locale, schedule: Partial<Schedule>) => describeSchedule({ ...tuesdays, ...schedule }, wording(locale).t, locale);

describe('the schedule in words', () => {
  it('reads naturally in each language, the weekday and the time written by Intl', () => {
    expect(say('en', { frequency: 'fortnightly' })).toBe('Every other Tuesday at 19:00 for 90 minutes (Europe/London)');
    expect(say('es', {})).toBe('Cada martes, a las 19:00, durante 90 minutos (Europe/London)');
    expect(say('es', { frequency: 'fortnightly', weekday: 6 })).toBe('Un sábado sí y otro no, a las 19:00, durante 90 minutos (Europe/London)');
    expect(say('de', { frequency: 'monthly', weekOfMonth: -1, startTime: '09:30' })).toBe(
      'Am letzten Dienstag im Monat um 09:30, 90 Minuten lang (Europe/London)',
    );
    expect(say('ar', { frequency: 'monthly', weekOfMonth: 2, durationMinutes: 2 })).toMatch(
      /^يوم الثلاثاء الثاني من كل شهر الساعة .+ لمدة دقيقتين \(Europe\/London\)$/,
    );
  });

  it('counts the minutes with each language’s plural', () => {
    expect(say('es', { durationMinutes: 1 })).toContain('durante 1 minuto (');
    expect(say('ar', { durationMinutes: 1 })).toContain('لمدة دقيقة واحدة (');
    expect(say('ar', { durationMinutes: 5 })).toContain('لمدة 5 دقائق (');
  });
});
