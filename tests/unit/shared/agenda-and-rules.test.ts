import { describe, expect, it } from 'vitest';
import { AgendaItem, agendaFit, moveItem } from '#shared/agenda/agenda';
import { defaultTemplate } from '#shared/i18n/content';
import { backendTranslator } from '../../../electron/backend/i18n/backend-messages';

const DEFAULT_TEMPLATE_ITEMS = defaultTemplate(backendTranslator('en')).items;
import { currentRules, withNewRulesVersion } from '#shared/rules/ground-rules';

describe('agenda', () => {
  it('totals planned minutes against the meeting', () => {
    expect(agendaFit(DEFAULT_TEMPLATE_ITEMS, 90)).toEqual({ totalMinutes: 90, meetingMinutes: 90, overByMinutes: 0, fits: true });
    expect(agendaFit(DEFAULT_TEMPLATE_ITEMS, 75)).toMatchObject({ overByMinutes: 15, fits: false });
    expect(agendaFit([], 60)).toMatchObject({ totalMinutes: 0, overByMinutes: -60, fits: true });
  });

  it('refuses negative or zero minutes and empty titles with a message', () => {
    const base = { id: 'a', kind: 'other', title: 'Item', minutes: 5, objective: '', perSpeakerSeconds: null };
    expect(AgendaItem.safeParse({ ...base, minutes: -5 }).error?.issues[0]?.message).toBe('An agenda item needs at least 1 minute.');
    expect(AgendaItem.safeParse({ ...base, minutes: 2.5 }).error?.issues[0]?.message).toBe('Planned minutes must be whole minutes.');
    expect(AgendaItem.safeParse({ ...base, title: '  ' }).error?.issues[0]?.message).toBe('An agenda item needs a title.');
  });

  it('moves items for keyboard and pointer reordering', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
});

describe('ground rule versions', () => {
  it('keeps every version, so an agreement points at the words agreed to', () => {
    let history = withNewRulesVersion([], ['Be kind'], 1);
    history = withNewRulesVersion(history, ['Be kind', 'Keep time'], 2);
    expect(history.map((v) => v.version)).toEqual([1, 2]);
    expect(history[0]?.rules).toEqual(['Be kind']);
    expect(currentRules(history)?.rules).toEqual(['Be kind', 'Keep time']);
  });

  it('makes no version when nothing changed', () => {
    const history = withNewRulesVersion([], ['Be kind'], 1);
    expect(withNewRulesVersion(history, ['Be kind'], 2)).toHaveLength(1);
  });
});
