import type { HeardFrom } from '../domain/types';

/** How a member heard of the group: one wording for the Members page and the reports. */
export const HEARD_FROM_LABELS: Record<HeardFrom, string> = {
  local_organisation: 'Local club or organisation',
  workplace: 'Workplace',
  online_forum: 'Online forum',
  social_media: 'Social media',
  community_event: 'Community event',
  referred_by_member: 'Referred by a member',
  partner_organisation: 'Partner organisation',
  other: 'Other',
};
export const HEARD_FROM_UNKNOWN = 'Not recorded';
