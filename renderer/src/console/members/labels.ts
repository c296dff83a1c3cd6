import type { MemberStatus } from '#shared/domain/types';
export { HEARD_FROM_LABELS as heardFromLabels } from '#shared/reports/labels';

export const statusLabels: Record<MemberStatus, string> = { active: 'Active', on_break: 'On a break', left: 'Left' };
