import { CheckoutForm } from '../after/CheckoutForm';
import { useApiQuery } from '../data/use-api-query';
import { SurveyForm } from '../feedback/SurveyForm';
import { useHoldThePage } from './hold-the-page';
import type { LaptopLock } from './laptop-lock';
import { PassTheLaptop } from './PassTheLaptop';
import { useLaptopLock } from './use-laptop-lock';
import { useT } from '../../common/i18n/I18nProvider';

/** Whatever was being answered when the laptop was locked, and nothing else of the console. */
export function LockedLaptop({ lock }: { lock: LaptopLock }) {
  const { counted, unlock } = useLaptopLock();
  const t = useT();
  useHoldThePage(true);
  const surveys = useApiQuery('survey.list', lock.kind === 'survey' ? { groupId: lock.groupId } : null);
  const survey = lock.kind === 'survey' ? surveys.data?.find((s) => s.id === lock.surveyId) : undefined;

  const title = lock.kind === 'survey' ? t('laptop.title.survey') : t('laptop.title.checkout');
  return (
    <PassTheLaptop title={title} answered={lock.answered} onAnswered={counted} onUnlock={unlock}>
      {(done) =>
        lock.kind === 'checkout' && lock.meetingId !== '' ? (
          <CheckoutForm meetingId={lock.meetingId} onDone={done} submitLabel={t('laptop.send')} />
        ) : survey ? (
          <SurveyForm survey={survey} onDone={done} />
        ) : lock.kind === 'survey' && surveys.data === undefined ? (
          <p className="empty">{t('laptop.loading')}</p>
        ) : (
          <p className="empty">{t('laptop.nothing')}</p>
        )
      }
    </PassTheLaptop>
  );
}
