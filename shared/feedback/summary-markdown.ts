import type { MeetingSummary } from '../contract/contract';
import { formatElapsed } from '../live/timer';
import { plural } from '../text/plural';

export interface PrivateNotesForExport {
  meeting: string;
  items: { title: string; text: string }[];
}

const escape = (text: string) => text.replace(/([\\`*_[\]#|])/g, '\\$1');

/**
 * The meeting summary as Markdown. Who spoke how much, who stayed silent and
 * the private notes are the facilitator's alone (DESIGN.md): they go in only
 * when the facilitator ticks them in; otherwise the file says how many spoke.
 */
export function summaryMarkdown(groupName: string, summary: MeetingSummary, privateNotes: PrivateNotesForExport | null): string {
  const minutes = Math.round((summary.endedAt - summary.startedAt) / 60_000);
  const lines = [
    `# ${escape(groupName)} — meeting of ${summary.date}`,
    '',
    `${String(summary.present)} present${summary.guests > 0 ? ` (including ${String(summary.guests)} guest${summary.guests === 1 ? '' : 's'})` : ''}${summary.excused > 0 ? `, ${String(summary.excused)} excused` : ''} · ${plural(minutes, 'minute')}`,
    '',
    '## Agenda, planned against actual',
    '',
    '| Item | Planned | Actual |',
    '| --- | --- | --- |',
    ...summary.items.map(
      (i) => `| ${escape(i.title)} | ${String(i.plannedMinutes)} min | ${i.skipped && i.actualMs === 0 ? 'skipped' : formatElapsed(i.actualMs)} |`,
    ),
    '',
    '## Speaking',
    '',
    ...(privateNotes
      ? [
          '| Who | Time | Turns | Passes |',
          '| --- | --- | --- | --- |',
          ...summary.speaking.map((s) => `| ${escape(s.name)} | ${formatElapsed(s.totalMs)} | ${String(s.turns)} | ${String(s.passes)} |`),
          '',
          summary.silent.length > 0 ? `Did not speak: ${summary.silent.map(escape).join(', ')}` : 'Everyone spoke.',
        ]
      : [`${String(summary.speaking.length - summary.silent.length)} of ${String(summary.speaking.length)} present spoke.`]),
    '',
    '## Check-out',
    '',
  ];
  const rated = summary.checkout.ratings.reduce((a, b) => a + b, 0);
  const heardTotal = summary.checkout.heard.yes + summary.checkout.heard.somewhat + summary.checkout.heard.no;
  if (rated === 0 && heardTotal === 0) lines.push('No check-out answers.');
  else {
    const average = rated === 0 ? null : summary.checkout.ratings.reduce((sum, count, i) => sum + count * (i + 1), 0) / rated;
    lines.push(
      `How did this session go? ${average === null ? 'no answers' : `${average.toFixed(1)} out of 5 from ${String(rated)} answer${rated === 1 ? '' : 's'}`} (${summary.checkout.ratings.map((count, i) => `${String(i + 1)}: ${String(count)}`).join(' · ')})`,
    );
    lines.push(
      `Did you feel heard? Yes ${String(summary.checkout.heard.yes)} · Somewhat ${String(summary.checkout.heard.somewhat)} · No ${String(summary.checkout.heard.no)}`,
    );
  }
  lines.push('', '## Action items', '');
  if (summary.actionItems.length === 0) lines.push('None.');
  for (const a of summary.actionItems)
    lines.push(`- [${a.status === 'done' ? 'x' : ' '}] ${escape(a.text)} — ${escape(a.owner)}${a.due ? `, due ${a.due}` : ''}`);
  if (summary.sharedNotes.trim()) lines.push('', '## Shared notes', '', summary.sharedNotes.trim());
  if (privateNotes && (privateNotes.meeting.trim() || privateNotes.items.length > 0)) {
    lines.push('', '## Private notes (facilitator)', '');
    if (privateNotes.meeting.trim()) lines.push(privateNotes.meeting.trim(), '');
    for (const item of privateNotes.items) lines.push(`### ${escape(item.title)}`, '', item.text.trim(), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
