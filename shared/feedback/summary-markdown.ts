import type { MeetingSummary } from '../contract/contract';
import { formatElapsed } from '../live/timer';
import { formatCalendarDate, formatNumber } from '../i18n/format';
import type { Wording } from '../i18n/translator';

export interface PrivateNotesForExport {
  meeting: string;
  items: { title: string; text: string }[];
}

const escape = (text: string) => text.replace(/([\\`*_[\]#|])/g, '\\$1');

/**
 * A date in the summary. English files have always carried ISO dates
 * ("2026-12-08"), which people sort and search by, so English keeps them;
 * another language reads its own long date ("8 de diciembre de 2026").
 */
export function summaryDate({ locale }: Wording, iso: string): string {
  return locale === 'en' ? iso : formatCalendarDate(locale, iso, 'long');
}

/** The summary file's name without its extension ("meeting-2026-11-28"), the same for the Markdown and the PDF. */
export function summaryFileBase({ t }: Wording, date: string): string {
  return t('exports.summary.fileBase', { date });
}

/**
 * The meeting summary as Markdown, in the language of `words`. Who spoke how
 * much, who stayed silent and the private notes are the facilitator's alone
 * (DESIGN.md): they go in only when the facilitator ticks them in; otherwise
 * the file says how many spoke. Names and people's own text go in as written.
 */
export function summaryMarkdown(groupName: string, summary: MeetingSummary, privateNotes: PrivateNotesForExport | null, words: Wording): string {
  const { t, locale } = words;
  const n = (value: number) => formatNumber(locale, value);
  const cells = (...texts: string[]) => `| ${texts.join(' | ')} |`;
  const minutes = Math.round((summary.endedAt - summary.startedAt) / 60_000);
  const lines = [
    `# ${t('exports.summary.title', { group: escape(groupName), date: summaryDate(words, summary.date) })}`,
    '',
    t('exports.summary.attendance', { present: summary.present, guests: summary.guests, excused: summary.excused, minutes }),
    '',
    `## ${t('exports.summary.agenda')}`,
    '',
    cells(t('exports.summary.agenda.item'), t('exports.summary.agenda.planned'), t('exports.summary.agenda.actual')),
    '| --- | --- | --- |',
    ...summary.items.map((i) =>
      cells(
        escape(i.title),
        t('exports.summary.agenda.plannedMinutes', { minutes: n(i.plannedMinutes) }),
        i.skipped && i.actualMs === 0 ? t('exports.summary.agenda.skipped') : formatElapsed(i.actualMs),
      ),
    ),
    '',
    `## ${t('exports.summary.speaking')}`,
    '',
    ...(privateNotes
      ? [
          cells(
            t('exports.summary.speaking.who'),
            t('exports.summary.speaking.time'),
            t('exports.summary.speaking.turns'),
            t('exports.summary.speaking.passes'),
          ),
          '| --- | --- | --- | --- |',
          ...summary.speaking.map((s) => cells(escape(s.name), formatElapsed(s.totalMs), n(s.turns), n(s.passes))),
          '',
          summary.silent.length > 0
            ? t('exports.summary.speaking.silent', { names: summary.silent.map(escape).join(t('exports.list.separator')) })
            : t('exports.summary.speaking.everyone'),
        ]
      : [t('exports.summary.speaking.count', { spoke: n(summary.speaking.length - summary.silent.length), present: n(summary.speaking.length) })]),
    '',
    `## ${t('exports.summary.checkout')}`,
    '',
  ];
  const rated = summary.checkout.ratings.reduce((a, b) => a + b, 0);
  const heard = summary.checkout.heard;
  if (rated === 0 && heard.yes + heard.somewhat + heard.no === 0) lines.push(t('exports.summary.checkout.none'));
  else {
    const average = rated === 0 ? null : summary.checkout.ratings.reduce((sum, count, i) => sum + count * (i + 1), 0) / rated;
    const answers =
      average === null
        ? t('exports.summary.checkout.noAnswers')
        : t('exports.summary.checkout.average', {
            average: formatNumber(locale, average, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
            count: rated,
          });
    const ratings = summary.checkout.ratings.map((count, i) => `${n(i + 1)}: ${n(count)}`).join(' · ');
    lines.push(t('exports.summary.checkout.how', { answers, ratings }));
    lines.push(t('exports.summary.checkout.heard', { yes: n(heard.yes), somewhat: n(heard.somewhat), no: n(heard.no) }));
  }
  lines.push('', `## ${t('exports.summary.actions')}`, '');
  if (summary.actionItems.length === 0) lines.push(t('exports.summary.actions.none'));
  for (const a of summary.actionItems) {
    const item = { text: escape(a.text), owner: escape(a.owner) };
    const line = a.due ? t('exports.summary.actions.itemDue', { ...item, due: summaryDate(words, a.due) }) : t('exports.summary.actions.item', item);
    lines.push(`- [${a.status === 'done' ? 'x' : ' '}] ${line}`);
  }
  if (summary.sharedNotes.trim()) lines.push('', `## ${t('exports.summary.sharedNotes')}`, '', summary.sharedNotes.trim());
  if (privateNotes && (privateNotes.meeting.trim() || privateNotes.items.length > 0)) {
    lines.push('', `## ${t('exports.summary.privateNotes')}`, '');
    if (privateNotes.meeting.trim()) lines.push(privateNotes.meeting.trim(), '');
    for (const item of privateNotes.items) lines.push(`### ${escape(item.title)}`, '', item.text.trim(), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
