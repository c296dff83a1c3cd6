import { useApi } from '../common/api-context';
import { useApiQuery } from './data/use-api-query';
import { useT } from '../common/i18n/I18nProvider';
import { translateNotice } from './translate-notice';

/** Start-up notices from the backend, such as a data file that was moved aside. */
export function NoticeBanner() {
  const api = useApi();
  const t = useT();
  const status = useApiQuery('app.status', {});
  const notices = status.data?.notices ?? [];
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('top.notices')}>
      {notices.map((notice) => {
        const { title, detail } = translateNotice(t, notice);
        return (
          <div key={notice.id} className={`notice notice--${notice.level}`} role={notice.level === 'warning' ? 'alert' : 'status'}>
            <h2 className="notice__title">{title}</h2>
            <p className="notice__detail">{detail}</p>
            <button type="button" className="button" onClick={() => void api.call('app.dismissNotice', { noticeId: notice.id })}>
              {t('top.dismiss')}
            </button>
          </div>
        );
      })}
    </section>
  );
}
