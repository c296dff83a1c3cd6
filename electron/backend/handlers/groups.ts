import { defaultGroundRules, defaultTemplate } from '#shared/i18n/content';
import { backendTranslator } from '../i18n/backend-messages';
import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { Group } from '#shared/domain/types';
import { withNewRulesVersion } from '#shared/rules/ground-rules';
import type { Database } from '#shared/storage/database';
import { DEFAULT_CHECK_IN_AFTER_MISSED } from '#shared/sustain/drift';
import type { HandlerContext } from './context';
import { changePurpose } from './sustain-helpers';
import { findGroup } from './lookup';

function assertNameFree(data: Readonly<Database>, name: string, exceptId?: string): void {
  const taken = data.groups.some((g) => g.id !== exceptId && g.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (taken) throw new DomainError('conflict', msg('group.nameTaken', { name }), 'name');
}

export function groupHandlers(ctx: HandlerContext) {
  return {
    'group.list': (): Group[] => [...ctx.read().groups].sort((a, b) => a.name.localeCompare(b.name)),

    'group.create': ({ name, withDefaults, language }: ParsedInput<'group.create'>) =>
      ctx.mutate('group.create', (draft) => {
        assertNameFree(draft, name);
        const now = ctx.now();
        // A new group starts from good practice: default ground rules and a default agenda.
        const defaults = withDefaults !== false;
        // In the language the facilitator works in; the group edits them from there.
        const content = backendTranslator(language ?? 'en');
        const group: Group = {
          id: ctx.newId(),
          name,
          createdAt: now,
          purpose: '',
          objectives: [],
          format: 'in_person',
          venue: '',
          schedule: null,
          reviewEveryMeetings: 12,
          groundRules: defaults ? withNewRulesVersion([], defaultGroundRules(content), now) : [],
          purposeVersions: [],
          reviews: [],
          reviewOffered: null,
          checkInAfterMissed: DEFAULT_CHECK_IN_AFTER_MISSED,
          // The room starts in the language its built-in content was written in; the Group page changes it.
          roomLocale: language ?? 'en',
        };
        draft.groups.push(group);
        if (defaults) {
          const template = defaultTemplate(content);
          draft.templates.push({
            id: ctx.newId(),
            groupId: group.id,
            name: template.name,
            items: template.items.map((item) => ({ ...item, id: ctx.newId() })),
            createdAt: now,
          });
        }
        // The first group is what the room should show without another click.
        if (draft.room.groupId === null) draft.room.groupId = group.id;
        return group;
      }),

    'group.update': ({ groupId, purpose, objectives, ...changes }: ParsedInput<'group.update'>) =>
      ctx.mutate('group.update', (draft) => {
        const group = findGroup(draft, groupId);
        if (changes.name !== undefined) assertNameFree(draft, changes.name, groupId);
        for (const [key, value] of Object.entries(changes)) {
          if (value !== undefined) (group as Record<string, unknown>)[key] = value;
        }
        // A change of purpose or objectives is a new dated version; the form saved as it was makes none.
        changePurpose(
          draft,
          group,
          { ...(purpose === undefined ? {} : { purpose }), ...(objectives === undefined ? {} : { objectives }) },
          ctx.now(),
        );
        return group;
      }),

    'rules.set': ({ groupId, rules }: ParsedInput<'rules.set'>) =>
      ctx.mutate('rules.set', (draft) => {
        const group = findGroup(draft, groupId);
        group.groundRules = withNewRulesVersion(group.groundRules, rules, ctx.now());
        return group;
      }),
  };
}
