import type { ExportedFile, ParsedInput } from '#shared/contract/contract';
import { summaryFileBase, summaryMarkdown } from '#shared/feedback/summary-markdown';
import { backendTranslator } from '../i18n/backend-messages';
import type { HandlerContext } from './context';
import { summarise } from './live';
import { findGroup, findMeeting } from './lookup';

export function exportHandlers(ctx: HandlerContext) {
  return {
    /** The meeting's summary as Markdown, written in the language asked for (the console's); English when none is. */
    'meeting.exportMarkdown': async ({ meetingId, includePrivateNotes, language }: ParsedInput<'meeting.exportMarkdown'>): Promise<ExportedFile> => {
      const data = await ctx.view([meetingId]);
      const meeting = findMeeting(data, meetingId);
      const group = findGroup(data, meeting.groupId);
      const words = { t: backendTranslator(language ?? 'en'), locale: language ?? 'en' };
      const privateNotes = includePrivateNotes
        ? {
            meeting: meeting.notes.private,
            items: meeting.agenda.filter((i) => meeting.notes.items[i.id]).map((i) => ({ title: i.title, text: meeting.notes.items[i.id] ?? '' })),
          }
        : null;
      return {
        fileName: `${summaryFileBase(words, meeting.date)}.md`,
        text: summaryMarkdown(group.name, summarise(data, meeting, words.t), privateNotes, words),
      };
    },
  };
}
