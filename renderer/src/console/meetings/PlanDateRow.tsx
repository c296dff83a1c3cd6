import { useId, useState } from 'react';
import type { AgendaTemplate, Group } from '#shared/domain/types';
import type { PlannedDate } from '#shared/schedule/schedule';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { formatMeetingTime } from './format';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useFormatDay } from '../../common/i18n/use-format-day';

/** A date from the schedule with no meeting yet: choose a template and plan it. */
export function PlanDateRow({ slot, group, templates }: { slot: PlannedDate; group: Group; templates: AgendaTemplate[] }) {
  const api = useApi();
  const action = useAction();
  // null until chosen: the first template, which may arrive after this row appears.
  const [choice, setTemplateId] = useState<string | null>(null);
  const templateId = choice ?? templates[0]?.id ?? '';
  const id = useId();
  const t = useT();
  const { locale } = useLocale();
  const formatDay = useFormatDay();
  const when = formatMeetingTime(slot.startsAt, group.schedule?.timeZone, false, locale);
  return (
    <li className="plan-row">
      <span className="plan-row__date">{when}</span>
      <label htmlFor={id} className="visually-hidden">
        {t('meetings.plan.templateLabel', { date: formatDay(slot.date, true) })}
      </label>
      <select id={id} value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
        <option value="">{t('meetings.plan.noAgenda')}</option>
      </select>
      <button
        type="button"
        className="button button--primary"
        aria-label={t('meetings.plan.planLabel', { date: formatDay(slot.date, true) })}
        disabled={action.busy}
        onClick={() => void action.run(() => api.call('meeting.plan', { groupId: group.id, date: slot.date, templateId: templateId || null }))}
      >
        {t('meetings.plan.plan')}
      </button>
      <ErrorText message={action.error} />
    </li>
  );
}
