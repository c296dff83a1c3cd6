import { useState } from 'react';
import { useDraft } from '../ui/use-draft';
import type { Group } from '#shared/domain/types';
import { defaultGroundRules } from '#shared/i18n/content';
import { currentRules } from '#shared/rules/ground-rules';
import { moveItem } from '#shared/agenda/agenda';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { SavedNote } from '../ui/SavedNote';
import { useLocale, useT } from '../../common/i18n/I18nProvider';

const rulesOf = (versions: Group['groundRules']): string[] => currentRules(versions)?.rules ?? [];

/**
 * Edit, add, remove and reorder the ground rules. Saving adopts a new
 * version; members who agreed earlier keep pointing at the words they saw.
 */
export function GroundRulesEditor({ group }: { group: Group }) {
  const t = useT();
  const { locale } = useLocale();
  const api = useApi();
  const action = useAction();
  const current = currentRules(group.groundRules);
  const { draft: rules, setDraft: setRules, markSaved } = useDraft(group.groundRules, group.id, rulesOf);
  const [saved, setSaved] = useState(false);

  const edit = (next: string[]) => {
    setSaved(false);
    setRules(next);
  };
  const changed = JSON.stringify(rules) !== JSON.stringify(current?.rules ?? []);

  return (
    <section className="panel" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('group.rules.title')}</h2>
      <p className="field-hint">
        {current
          ? t('group.rules.version', {
              version: current.version,
              date: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' }).format(new Date(current.adoptedAt)),
            })
          : t('group.rules.none')}{' '}
        {t('group.rules.versionHint')}
      </p>
      {rules.length === 0 ? (
        <div className="empty-state">
          <p>{t('group.rules.emptyHint')}</p>
          <button type="button" className="button" onClick={() => edit(defaultGroundRules(t))}>
            {t('group.rules.useSuggested')}
          </button>
        </div>
      ) : null}
      <ol className="rules-list">
        {rules.map((rule, index) => (
          <li key={index} className="rule-row">
            <textarea
              dir="auto"
              aria-label={t('group.rules.rule', { n: index + 1 })}
              rows={3}
              value={rule}
              onChange={(e) => edit(rules.map((r, i) => (i === index ? e.target.value : r)))}
            />
            <div className="rule-row__actions">
              <button
                type="button"
                className="button"
                aria-label={t('group.rules.moveUp', { n: index + 1 })}
                disabled={index === 0}
                onClick={() => edit(moveItem(rules, index, index - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('group.rules.moveDown', { n: index + 1 })}
                disabled={index === rules.length - 1}
                onClick={() => edit(moveItem(rules, index, index + 1))}
              >
                ↓
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('group.rules.remove', { n: index + 1 })}
                onClick={() => edit(rules.filter((_, i) => i !== index))}
              >
                {t('group.rules.removeButton')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button" onClick={() => edit([...rules, ''])}>
          {t('group.rules.add')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy || !changed}
          onClick={() =>
            void action.run(async () => {
              const result = await api.call('rules.set', { groupId: group.id, rules });
              markSaved();
              setSaved(true);
              return result;
            })
          }
        >
          {t('group.rules.save')}
        </button>
        {changed ? (
          <button type="button" className="button button--quiet" onClick={() => edit(current?.rules ?? [])}>
            {t('group.rules.undo')}
          </button>
        ) : null}
        <SavedNote show={saved} text={t('group.rules.saved')} />
      </div>
      <ErrorText message={action.error} />
    </section>
  );
}
