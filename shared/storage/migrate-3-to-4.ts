/**
 * Version 4 gives each member a log of status changes (Member.statusLog).
 * Nothing is invented: a member who left gets the one change the record
 * knows, to 'left' on their leftOn date; a member on a break gets a change to
 * 'on_break' with no date, because version 3 never recorded when a break
 * began (the reports say how they treat it). An active member's log is empty:
 * any break they took before is not known.
 */
type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

function logOf(member: Raw): { date: string | null; status: string }[] {
  if (member.status === 'left') return [{ date: typeof member.leftOn === 'string' ? member.leftOn : null, status: 'left' }];
  if (member.status === 'on_break') return [{ date: null, status: 'on_break' }];
  return [];
}

export function migrate3to4(data: Raw): Raw {
  if (!Array.isArray(data.members)) return data;
  return {
    ...data,
    // A record that is not an object is left as it is, for the salvage to set aside with its reason.
    members: data.members.map((member: unknown) => (isRecord(member) && !('statusLog' in member) ? { ...member, statusLog: logOf(member) } : member)),
  };
}
