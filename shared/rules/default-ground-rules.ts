/**
 * Ground rules drawn from good peer-support practice. Offered when a group is
 * created; the group can edit, add, remove and reorder them.
 */
export const DEFAULT_GROUND_RULES: readonly string[] = [
  'Confidentiality: what is shared here stays here. We do not bring up someone’s story later unless they do.',
  'Listen fully and do not interrupt.',
  'Speak from “I”: share your own experience rather than speaking for others.',
  'No unasked advice: offer suggestions only when someone asks for them.',
  'Everyone has the right to pass, and to listen without speaking.',
  'Respect the time: keep to your share so everyone has a turn.',
];
