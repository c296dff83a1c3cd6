import { CheckoutForm } from '../after/CheckoutForm';
import { useApiQuery } from '../data/use-api-query';
import { SurveyForm } from '../feedback/SurveyForm';
import { useHoldThePage } from './hold-the-page';
import type { LaptopLock } from './laptop-lock';
import { PassTheLaptop } from './PassTheLaptop';
import { useLaptopLock } from './use-laptop-lock';

/** Whatever was being answered when the laptop was locked, and nothing else of the console. */
export function LockedLaptop({ lock }: { lock: LaptopLock }) {
  const { counted, unlock } = useLaptopLock();
  useHoldThePage(true);
  const surveys = useApiQuery('survey.list', lock.kind === 'survey' ? { groupId: lock.groupId } : null);
  const survey = lock.kind === 'survey' ? surveys.data?.find((s) => s.id === lock.surveyId) : undefined;

  const title = lock.kind === 'survey' ? 'Anonymous survey — your answers are not linked to you' : 'Check-out — your answer is anonymous';
  return (
    <PassTheLaptop title={title} answered={lock.answered} onAnswered={counted} onUnlock={unlock}>
      {(done) =>
        lock.kind === 'checkout' && lock.meetingId !== '' ? (
          <CheckoutForm meetingId={lock.meetingId} onDone={done} submitLabel="Send my answer" />
        ) : survey ? (
          <SurveyForm survey={survey} onDone={done} />
        ) : lock.kind === 'survey' && surveys.data === undefined ? (
          <p className="empty">Loading…</p>
        ) : (
          <p className="empty">There is nothing to answer here any more. Please hand the laptop back to the facilitator.</p>
        )
      }
    </PassTheLaptop>
  );
}
