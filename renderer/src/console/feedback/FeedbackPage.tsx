import type { Group } from '#shared/domain/types';
import { SuggestionBox } from './SuggestionBox';
import { SurveysPanel } from './SurveysPanel';

export function FeedbackPage({ group }: { group: Group }) {
  return (
    <div className="console-columns">
      <SurveysPanel group={group} />
      <SuggestionBox group={group} />
    </div>
  );
}
