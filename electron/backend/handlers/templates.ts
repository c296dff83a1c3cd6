import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { AgendaTemplate } from '#shared/domain/types';
import type { Database } from '#shared/storage/database';
import { copyItems, withItemIds } from './agenda-items';
import type { HandlerContext } from './context';
import { findGroup, findTemplate } from './lookup';

function assertTemplateNameFree(data: Readonly<Database>, groupId: string, name: string, exceptId?: string): void {
  if (data.templates.some((t) => t.groupId === groupId && t.id !== exceptId && t.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
    throw new DomainError('conflict', msg('template.nameTaken', { name }), 'name');
  }
}

/** "Copy of X", then "Copy of X (2)" and so on, within the name limit. */
function copyName(data: Readonly<Database>, groupId: string, name: string): string {
  const base = `Copy of ${name}`.slice(0, 74);
  const taken = (candidate: string) =>
    data.templates.some((t) => t.groupId === groupId && t.name.toLocaleLowerCase() === candidate.toLocaleLowerCase());
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) if (!taken(`${base} (${String(n)})`)) return `${base} (${String(n)})`;
}

export function templateHandlers(ctx: HandlerContext) {
  return {
    'template.list': ({ groupId }: ParsedInput<'template.list'>): AgendaTemplate[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      return data.templates.filter((t) => t.groupId === groupId).sort((a, b) => a.name.localeCompare(b.name));
    },

    'template.create': ({ groupId, name, items }: ParsedInput<'template.create'>) =>
      ctx.mutate('template.create', (draft) => {
        findGroup(draft, groupId);
        assertTemplateNameFree(draft, groupId, name);
        const template: AgendaTemplate = { id: ctx.newId(), groupId, name, items: withItemIds(items ?? [], ctx.newId), createdAt: ctx.now() };
        draft.templates.push(template);
        return template;
      }),

    'template.duplicate': ({ templateId }: ParsedInput<'template.duplicate'>) =>
      ctx.mutate('template.duplicate', (draft) => {
        const source = findTemplate(draft, templateId);
        const copy: AgendaTemplate = {
          id: ctx.newId(),
          groupId: source.groupId,
          name: copyName(draft, source.groupId, source.name),
          items: copyItems(source.items, ctx.newId),
          createdAt: ctx.now(),
        };
        draft.templates.push(copy);
        return copy;
      }),

    'template.update': ({ templateId, name, items }: ParsedInput<'template.update'>) =>
      ctx.mutate('template.update', (draft) => {
        const template = findTemplate(draft, templateId);
        if (name !== undefined) {
          assertTemplateNameFree(draft, template.groupId, name, templateId);
          template.name = name;
        }
        if (items !== undefined) template.items = withItemIds(items, ctx.newId);
        return template;
      }),

    'template.delete': ({ templateId }: ParsedInput<'template.delete'>) =>
      ctx.mutate('template.delete', (draft) => {
        const template = findTemplate(draft, templateId);
        draft.templates = draft.templates.filter((t) => t.id !== templateId);
        // Meetings keep the agenda they copied; they just no longer point at the template.
        for (const meeting of draft.meetings) if (meeting.templateId === templateId) meeting.templateId = null;
        return { deleted: template };
      }),
  };
}
