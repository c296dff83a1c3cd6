import { useState } from 'react';
import { useDraft } from '../ui/use-draft';
import type { Group } from '#shared/domain/types';
import { DEFAULT_GROUND_RULES } from '#shared/rules/default-ground-rules';
import { currentRules } from '#shared/rules/ground-rules';
import { moveItem } from '#shared/agenda/agenda';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { SavedNote } from '../ui/SavedNote';

const rulesOf = (versions: Group['groundRules']): string[] => currentRules(versions)?.rules ?? [];

/**
 * Edit, add, remove and reorder the ground rules. Saving adopts a new
 * version; members who agreed earlier keep pointing at the words they saw.
 */
export function GroundRulesEditor({ group }: { group: Group }) {
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
      <h2 id="rules-title">Ground rules</h2>
      <p className="field-hint">
        {current ? `Version ${String(current.version)}, adopted ${new Date(current.adoptedAt).toLocaleDateString()}.` : 'No ground rules yet.'} Saving
        a change makes a new version; members’ agreements keep the version they agreed to.
      </p>
      {rules.length === 0 ? (
        <div className="empty-state">
          <p>Ground rules help everyone feel safe to speak. Start from good practice and adapt it.</p>
          <button type="button" className="button" onClick={() => edit([...DEFAULT_GROUND_RULES])}>
            Use the suggested rules
          </button>
        </div>
      ) : null}
      <ol className="rules-list">
        {rules.map((rule, index) => (
          <li key={index} className="rule-row">
            <textarea
              aria-label={`Ground rule ${String(index + 1)}`}
              rows={3}
              value={rule}
              onChange={(e) => edit(rules.map((r, i) => (i === index ? e.target.value : r)))}
            />
            <div className="rule-row__actions">
              <button
                type="button"
                className="button"
                aria-label={`Move rule ${String(index + 1)} up`}
                disabled={index === 0}
                onClick={() => edit(moveItem(rules, index, index - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Move rule ${String(index + 1)} down`}
                disabled={index === rules.length - 1}
                onClick={() => edit(moveItem(rules, index, index + 1))}
              >
                ↓
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Remove rule ${String(index + 1)}`}
                onClick={() => edit(rules.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button" onClick={() => edit([...rules, ''])}>
          Add a rule
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
          Save as new version
        </button>
        {changed ? (
          <button type="button" className="button button--quiet" onClick={() => edit(current?.rules ?? [])}>
            Undo changes
          </button>
        ) : null}
        <SavedNote show={saved} text="Ground rules saved." />
      </div>
      <ErrorText message={action.error} />
    </section>
  );
}
