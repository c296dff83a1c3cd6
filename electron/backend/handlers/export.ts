import type { ExportedFile, ParsedInput } from '#shared/contract/contract';
import { summaryMarkdown } from '#shared/feedback/summary-markdown';
import type { HandlerContext } from './context';
import { summarise } from './live';
import { findGroup, findMeeting } from './lookup';

export function exportHandlers(ctx: HandlerContext) {
  return {
    'meeting.exportMarkdown': async ({ meetingId, includePrivateNotes }: ParsedInput<'meeting.exportMarkdown'>): Promise<ExportedFile> => {
      const data = await ctx.view([meetingId]);
      const meeting = findMeeting(data, meetingId);
      const group = findGroup(data, meeting.groupId);
      const privateNotes = includePrivateNotes
        ? {
            meeting: meeting.notes.private,
            items: meeting.agenda.filter((i) => meeting.notes.items[i.id]).map((i) => ({ title: i.title, text: meeting.notes.items[i.id] ?? '' })),
          }
        : null;
      return { fileName: `meeting-${meeting.date}.md`, text: summaryMarkdown(group.name, summarise(data, meeting), privateNotes) };
    },
  };
}
