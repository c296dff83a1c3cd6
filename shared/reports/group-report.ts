import type { Group, Member } from '../domain/types';
import type { Survey, SurveyResponse } from '../feedback/surveys';
import type { MeetingDigest } from '../history/digest';
import { attendanceReport } from './attendance';
import { membershipReport } from './membership';
import { memberShares, participationReport } from './participation';
import { inRange, type RangeBounds } from './range';
import type { GroupReport } from './report-types';
import { supportReport } from './support';
import { surveysReport } from './surveys-over-time';
import { timeReport } from './time';

export interface ReportInput {
  group: Pick<Group, 'id' | 'name'>;
  /** The group's members, erased ones too. */
  members: readonly Member[];
  /** The group's past meetings, oldest first, as sequenceDigests leaves them. */
  digests: readonly MeetingDigest[];
  surveys: readonly Survey[];
  /** Responses to those surveys (others are ignored). */
  responses: readonly SurveyResponse[];
  range: RangeBounds;
  /** Today where the group meets. */
  today: string;
  /** Whether to work out each member's figures; when not, `perMember` is null. */
  perMember: boolean;
}

/** Every report of one group over one range: pure, from digests, members and surveys only. */
export function computeGroupReport(input: ReportInput): GroupReport {
  const { range } = input;
  const digests = input.digests.filter((d) => d.groupId === input.group.id);
  const members = input.members.filter((m) => m.groupId === input.group.id);
  const surveys = input.surveys.filter((s) => s.groupId === input.group.id);
  const surveyIds = new Set(surveys.map((s) => s.id));
  const inside = digests.filter((d) => inRange(d.date, range));
  return {
    groupId: input.group.id,
    groupName: input.group.name,
    range: {
      from: range.from,
      to: range.to,
      today: input.today,
      firstMeeting: inside[0]?.date ?? null,
      lastMeeting: inside.at(-1)?.date ?? null,
    },
    attendance: attendanceReport(digests, range),
    participation: participationReport(digests, range),
    support: supportReport(digests, range),
    time: timeReport(digests, range),
    surveys: surveysReport(
      surveys,
      input.responses.filter((r) => surveyIds.has(r.surveyId)),
      range,
    ),
    members: membershipReport(members, digests, range, input.today),
    perMember: input.perMember ? memberShares(digests, members, range) : null,
  };
}
