import { z } from 'zod';
import { AgendaTemplate, Group, Meeting, Member, RoomState } from '../domain/types';
import { ActionItem, Settings, Suggestion, Survey, SurveyResponse } from '../feedback/feedback';

export const CURRENT_SCHEMA_VERSION = 2;

/** The whole data file. Everything written to disk passes this schema first. */
export const Database = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  groups: z.array(Group),
  members: z.array(Member),
  templates: z.array(AgendaTemplate),
  meetings: z.array(Meeting),
  actionItems: z.array(ActionItem),
  surveys: z.array(Survey),
  surveyResponses: z.array(SurveyResponse),
  suggestions: z.array(Suggestion),
  settings: Settings,
  room: RoomState,
});
export type Database = z.infer<typeof Database>;

export function emptyDatabase(): Database {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    groups: [],
    members: [],
    templates: [],
    meetings: [],
    actionItems: [],
    surveys: [],
    surveyResponses: [],
    suggestions: [],
    settings: { privateNoteRetentionMonths: null },
    room: { groupId: null, mode: 'auto', modeBeforeBlank: 'auto', message: '', timerDisplay: 'numbers' },
  };
}
