import type { HeardFrom, MemberStatus } from '#shared/domain/types';
import { HEARD_FROM_LABELS } from '#shared/reports/labels';

/** The stored values; their words are in console-members.json ("members.status.on_break", "members.heardFrom.workplace"). */
export const MEMBER_STATUSES: readonly MemberStatus[] = ['active', 'on_break', 'left'];
export const HEARD_FROM: readonly HeardFrom[] = Object.keys(HEARD_FROM_LABELS) as HeardFrom[];
