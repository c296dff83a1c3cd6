import type { AgendaItem } from '#shared/agenda/agenda';

type ItemInput = Omit<AgendaItem, 'id'> & { id?: string | undefined };

/** Gives new items an id and keeps existing ids, refusing duplicates by renumbering them. */
export function withItemIds(items: readonly ItemInput[], newId: () => string): AgendaItem[] {
  const seen = new Set<string>();
  return items.map((item) => {
    const id = item.id && !seen.has(item.id) ? item.id : newId();
    seen.add(id);
    return { ...item, id };
  });
}

/** A fresh copy with fresh ids, for copying a template into a meeting or a duplicate. */
export function copyItems(items: readonly AgendaItem[], newId: () => string): AgendaItem[] {
  return items.map((item) => ({ ...item, id: newId() }));
}
