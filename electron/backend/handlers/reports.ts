import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { errorOfText } from '#shared/contract/error-message';
import { computeGroupReport } from '#shared/reports/group-report';
import { resolveRange } from '#shared/reports/range';
import type { GroupReport } from '#shared/reports/report-types';
import type { HandlerContext } from './context';
import { findGroup, today } from './lookup';

export function reportHandlers(ctx: HandlerContext) {
  return {
    /** From the digests, members and surveys in memory: no archive is opened, however long the history. */
    'report.compute': ({ groupId, from, to, months, perMember }: ParsedInput<'report.compute'>): GroupReport => {
      const data = ctx.read();
      const group = findGroup(data, groupId);
      const day = today(group, ctx.now(), ctx.timeZone);
      const range = resolveRange({ from, to, months }, day);
      if (!range.ok) throw new DomainError('invalid_input', errorOfText(range.reason), months !== undefined ? 'months' : 'from');
      return computeGroupReport({
        group,
        members: data.members,
        digests: ctx.history(groupId),
        surveys: data.surveys,
        responses: data.surveyResponses,
        range: { from: range.from, to: range.to },
        today: day,
        perMember: perMember ?? false,
      });
    },
  };
}
