import { z } from 'zod';
import { EntityId, optionalText, shortText } from '../domain/names';
import { StoredIsoDate } from '../schedule/schedule';

export const PURPOSE_MAX = 1000;
export const OBJECTIVE_MAX = 200;
export const OBJECTIVES_MAX = 20;
/** Far more versions than a group writes in its life; past it, the oldest go first (reviews keep their numbers). */
export const PURPOSE_VERSIONS_MAX = 200;
export const REVIEWS_MAX = 500;

export const Purpose = optionalText('The purpose statement', PURPOSE_MAX);
export const Objective = shortText('An objective', OBJECTIVE_MAX);
export const Objectives = z
  .array(Objective, { error: 'Give the objectives as a list, one objective each.' })
  .max(OBJECTIVES_MAX, { error: `A group can have at most ${String(OBJECTIVES_MAX)} objectives.` });

/**
 * One wording of the group's purpose and objectives. Like the ground rules,
 * every change makes a new version and the old words are kept, so the Group
 * page can show what changed and when. `adoptedAt` is null only for the
 * version data version 5 made from what the group already had: when that
 * was written was never recorded.
 */
export const PurposeVersion = z.strictObject({
  version: z.number().int().min(1),
  purpose: Purpose,
  objectives: Objectives,
  adoptedAt: z.number().int().nonnegative().nullable(),
});
export type PurposeVersion = z.infer<typeof PurposeVersion>;

/**
 * A review of the group's purpose and goals, as held: its date, the version
 * it adopted (null when the group kept its purpose and objectives as they
 * were), and the review questionnaire it used, if any. Reports mark these dates.
 */
export const Review = z.strictObject({
  date: StoredIsoDate,
  adoptedVersion: z.number().int().min(1).nullable(),
  surveyId: EntityId.nullable(),
});
export type Review = z.infer<typeof Review>;

/**
 * The meeting the "Review our purpose and goals" item was last put on, and
 * the date of the review before it (null before the first review): the item
 * is offered once each time round.
 */
export const ReviewOffer = z.strictObject({ meetingId: EntityId, sinceReview: StoredIsoDate.nullable() });
export type ReviewOffer = z.infer<typeof ReviewOffer>;

export function currentPurpose(history: readonly PurposeVersion[]): PurposeVersion | undefined {
  return history.reduce<PurposeVersion | undefined>((newest, v) => (!newest || v.version > newest.version ? v : newest), undefined);
}

function sameWords(a: { purpose: string; objectives: readonly string[] }, b: { purpose: string; objectives: readonly string[] }): boolean {
  return a.purpose === b.purpose && a.objectives.length === b.objectives.length && a.objectives.every((o, i) => o === b.objectives[i]);
}

/**
 * The versions after a change of purpose or objectives: a new version when
 * the words changed, the same list when they did not (a form saved as it
 * was). A group whose purpose was never written has no version to compare,
 * so empty words then make none either.
 */
export function withNewPurposeVersion(
  history: readonly PurposeVersion[],
  words: { purpose: string; objectives: readonly string[] },
  now: number,
): PurposeVersion[] {
  const current = currentPurpose(history);
  const before = current ?? { purpose: '', objectives: [] };
  if (sameWords(before, words)) return [...history];
  const next: PurposeVersion = { version: (current?.version ?? 0) + 1, purpose: words.purpose, objectives: [...words.objectives], adoptedAt: now };
  return [...history, next].slice(-PURPOSE_VERSIONS_MAX);
}

/**
 * Goals name the objective they serve by its words. When an objective is
 * reworded in place (same position, the old words gone and the new ones
 * new), a goal tied to the old words follows it; a goal whose objective was
 * removed keeps its words, and the console can say the objective is no
 * longer current.
 */
export function renamedObjectives(before: readonly string[], after: readonly string[]): Map<string, string> {
  const renamed = new Map<string, string>();
  if (before.length !== after.length) return renamed;
  before.forEach((old, i) => {
    const next = after[i];
    if (next !== undefined && next !== old && !after.includes(old) && !before.includes(next)) renamed.set(old, next);
  });
  return renamed;
}
