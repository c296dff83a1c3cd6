/**
 * Version 7 gives each group the language of the room's screen. Every group
 * that had none shows the room in English, as it did before; nothing else
 * changes. A record that is not a group is left for the salvage to set aside.
 */
type Raw = Record<string, unknown>;

export function migrate6to7(data: Raw): Raw {
  if (!Array.isArray(data.groups)) return data;
  const groups: unknown[] = data.groups;
  return {
    ...data,
    groups: groups.map((group) =>
      typeof group === 'object' && group !== null && !Array.isArray(group) ? { roomLocale: 'en', ...(group as Raw) } : group,
    ),
  };
}
