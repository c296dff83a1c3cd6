import type { Database } from '#shared/storage/database';
import type { DataStore } from '../storage/data-store';

/**
 * The record with every past meeting of the given groups in it (all groups
 * when none are named): what a copy holds. Reads each archive once.
 */
export async function wholeRecord(store: DataStore, groupIds?: readonly string[]): Promise<Database> {
  const groups = groupIds ?? store.hot().groups.map((g) => g.id);
  const pastIds = groups.flatMap((groupId) => store.history(groupId).map((d) => d.meetingId));
  return (await store.workingSet(pastIds)).data;
}
