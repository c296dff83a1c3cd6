import type { HeardFrom, MemberStatus } from '#shared/domain/types';

export const statusLabels: Record<MemberStatus, string> = { active: 'Active', on_break: 'On a break', left: 'Left' };

export const heardFromLabels: Record<HeardFrom, string> = {
  local_organisation: 'Local club or organisation',
  workplace: 'Workplace',
  online_forum: 'Online forum',
  social_media: 'Social media',
  community_event: 'Community event',
  referred_by_member: 'Referred by a member',
  partner_organisation: 'Partner organisation',
  other: 'Other',
};
