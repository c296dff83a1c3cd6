import { GROUP_NAME_MAX } from '../domain/names';
import type { Database } from '../storage/database';
import { BUNDLE_LISTS, extractGroup, FULL_INCLUDE, NoSuchGroup, type GroupBundle } from './group-bundle';
import { freshIds, idsIn, remapBundle } from './remap-bundle';

export { describeReplacement, summariseBundle, type BundleSummary, type ReplacementLine } from './describe-bundle';

/**
 * The two ways a group from a copy file comes into a record: beside the
 * others as a new group, or in place of one that is there. Both return a new
 * record (the one given is not changed); the caller validates and stores it,
 * moving past meetings into their archives as usual.
 */

function withBundle(record: Database, bundle: GroupBundle): Database {
  const next: Database = { ...record, groups: [...record.groups, bundle.group] };
  for (const key of BUNDLE_LISTS) (next[key] as unknown[]) = [...record[key], ...bundle[key]];
  return next;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** "<name> (copy)", then "(copy 2)", ... whichever is free; the name is shortened to keep within the limit. */
export function nameForCopy(name: string, taken: readonly string[]): string {
  if (!taken.some((t) => sameName(t, name))) return name;
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${String(n)})`;
    const candidate = `${name.slice(0, GROUP_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.some((t) => sameName(t, candidate))) return candidate;
  }
}

/**
 * Adds the bundle as a group of its own. Every id in it is replaced by a
 * fresh one, consistently, so the same file can be added twice (or added on
 * the computer it came from) and the groups never share a record.
 */
export function addAsNewGroup(record: Database, bundle: GroupBundle, newId: () => string): Database {
  const fresh = remapBundle(bundle, freshIds(newId));
  const name = nameForCopy(
    fresh.group.name,
    record.groups.map((g) => g.name),
  );
  return withBundle(record, { ...fresh, group: { ...fresh.group, name } });
}

/** The record without one group and everything that belongs to it. */
function withoutGroup(record: Database, groupId: string): Database {
  const surveyIds = new Set(record.surveys.filter((s) => s.groupId === groupId).map((s) => s.id));
  const next: Database = { ...record, groups: record.groups.filter((g) => g.id !== groupId) };
  for (const key of BUNDLE_LISTS) {
    if (key === 'surveyResponses') continue;
    (next[key] as { groupId: string }[]) = record[key].filter((r) => r.groupId !== groupId);
  }
  next.surveyResponses = record.surveyResponses.filter((r) => !surveyIds.has(r.surveyId));
  return next;
}

/**
 * Puts the bundle in place of the group `groupId`: all of that group's
 * records go, and the bundle's come in under the existing group's id (so the
 * room screen and anything else pointing at the group still finds it), in
 * the group's place in the list. The bundle's other ids are kept, so a copy
 * of this very group comes back as it was; an id another group already uses
 * (a copy of a different group from this computer) gets a fresh one.
 * Throws NoSuchGroup.
 */
export function replaceGroup(record: Database, groupId: string, bundle: GroupBundle, newId: () => string): Database {
  const index = record.groups.findIndex((g) => g.id === groupId);
  if (index < 0) throw new NoSuchGroup(groupId);
  const rest = withoutGroup(record, groupId);
  const taken = new Set<string>();
  for (const other of rest.groups) for (const id of idsIn(extractGroup(rest, other.id, FULL_INCLUDE))) taken.add(id);
  const mapped = remapBundle(
    bundle,
    freshIds(newId, (id) => (id === bundle.group.id ? groupId : taken.has(id) ? undefined : id)),
  );
  const next = withBundle(rest, mapped);
  // withBundle appended the group; put it back where the old one was.
  const groups = rest.groups.slice();
  groups.splice(index, 0, mapped.group);
  return { ...next, groups };
}
