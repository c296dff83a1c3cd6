import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import { reportCsv, type CsvTable } from '#shared/reports/csv';
import type { GroupReport, ReportSection } from '#shared/reports/report-types';
import { useApi } from '../../common/api-context';
import { fileSlug as slug } from '../../common/dates';
import { useAction } from '../../common/use-action';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useFormatDay } from '../../common/i18n/use-format-day';
import { useApiQuery } from '../data/use-api-query';
import { ErrorText } from '../ui/ErrorText';
import { richMessage } from '../i18n/rich';
import { AttendanceChart, AttendanceTable, AttendanceTotals } from './AttendanceReportView';
import { MembersChart, MembersFacts, MembersTable } from './MembersReportView';
import { MemberSharesChart, MemberSharesTable, ParticipationChart, ParticipationTable, ParticipationTotals } from './ParticipationReportView';
import { rangeInput, rangeName, type RangeChoice } from './range-choice';
import { RangePicker } from './RangePicker';
import { ReportCard } from './ReportCard';
import { SupportChart, SupportTable, SupportTotals } from './SupportReportView';
import { SurveysChart, SurveysTable } from './SurveysReportView';
import { TimeChart, TimeTable, TimeTotals } from './TimeReportView';
import { drawEverything } from './use-near-screen';
import { useReportText } from './use-report-text';
import './reports.css';

/**
 * Is the group working? Attendance, participation, support felt, time,
 * surveys and membership over a range the facilitator picks, each as a chart
 * with a plain-words line, a table view and a CSV. Per-member figures only
 * when ticked, and then never in an export unless ticked there too.
 * Loaded only when opened: recharts stays out of the rest of the console
 * and out of the room display.
 */
export default function ReportsPage({ group }: { group: Group }) {
  const api = useApi();
  const pdf = useAction();
  const [range, setRange] = useState<RangeChoice>({ kind: 'months', months: 12 });
  const [perMember, setPerMember] = useState(false);
  const perMemberId = useId();
  const t = useT();
  const { locale } = useLocale();
  const shortDate = useFormatDay();
  const text = useReportText();
  const words = (section: ReportSection) => ({ enough: section.enough, summary: text(section.summary), emptyMessage: text(section.emptyMessage) });
  const result = useApiQuery('report.compute', { groupId: group.id, ...rangeInput(range), perMember }, { keepPrevious: true });
  const report = result.data;
  // Reviews of the purpose, marked on the charts so a change after one reads as such.
  const reviewStatus = useApiQuery('review.status', { groupId: group.id });
  const reviews = (reviewStatus.data?.reviews ?? []).map((r) => r.date);

  const csv =
    (label: string, table: CsvTable) =>
    (r: GroupReport): ReportCsvButton => ({
      label,
      table,
      make: () => {
        // Headers and words in the console's language, as on screen.
        const csvText = reportCsv(r, table, { perMember, words: t });
        return csvText === null ? null : { fileName: `${slug(group.name)}-${table}-${rangeName(range)}.csv`, text: csvText };
      },
    });

  return (
    <div className={`reports printable${perMember ? ' reports--with-members' : ''}`}>
      <section className="panel reports__controls" aria-labelledby="reports-title">
        <h2 id="reports-title">{richMessage(t, 'reports.title', { name: <bdi>{group.name}</bdi> })}</h2>
        <p className="field-hint">
          {report
            ? report.range.firstMeeting
              ? t('reports.meetingsFromTo', {
                  from: shortDate(report.range.firstMeeting),
                  to: shortDate(report.range.lastMeeting ?? report.range.to),
                })
              : t('reports.noMeetings')
            : t('reports.working')}{' '}
          {t('reports.countsOnly')}
          {reviews.length > 0
            ? ` ${t('reports.reviews', { dates: new Intl.ListFormat(locale, { type: 'unit' }).format(reviews.map((d) => shortDate(d))) })}`
            : ''}
        </p>
        <div className="no-print">
          <RangePicker value={range} onChange={setRange} />
          <div className="checkbox">
            <input id={perMemberId} type="checkbox" checked={perMember} onChange={(e) => setPerMember(e.target.checked)} />
            <label htmlFor={perMemberId}>{t('reports.perMember')}</label>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={pdf.busy || !report}
              onClick={() => {
                drawEverything();
                void pdf.run(() => api.savePdf(`${slug(group.name)}-reports-${rangeName(range)}.pdf`));
              }}
            >
              {t('reports.pdf')}
            </button>
          </div>
          <ErrorText message={pdf.error} />
        </div>
        <ErrorText message={result.error} />
      </section>

      {report ? (
        <>
          <ReportCard
            title={t('reports.card.attendance')}
            section={words(report.attendance)}
            chart={
              <>
                <AttendanceChart report={report.attendance} reviews={reviews} />
                <AttendanceTotals report={report.attendance} />
              </>
            }
            table={<AttendanceTable report={report.attendance} />}
            exports={[csv(t('reports.csv.attendance'), 'attendance')(report)]}
          />
          <ReportCard
            title={t('reports.card.participation')}
            section={words(report.participation)}
            chart={
              <>
                <ParticipationChart report={report.participation} reviews={reviews} />
                <ParticipationTotals report={report.participation} />
              </>
            }
            table={<ParticipationTable report={report.participation} />}
            exports={[csv(t('reports.csv.participation'), 'participation')(report)]}
          />
          {report.perMember ? (
            <ReportCard
              title={t('reports.card.shares')}
              section={{
                enough: report.perMember.length > 0,
                summary: t('reports.card.sharesSummary'),
                emptyMessage: t('reports.card.sharesEmpty'),
              }}
              chart={<MemberSharesChart shares={report.perMember} />}
              table={<MemberSharesTable shares={report.perMember} />}
              exports={[csv(t('reports.csv.perMember'), 'per-member')(report)]}
            />
          ) : null}
          <ReportCard
            title={t('reports.card.support')}
            section={words(report.support)}
            chart={
              <>
                <SupportChart report={report.support} reviews={reviews} />
                <SupportTotals report={report.support} />
              </>
            }
            table={<SupportTable report={report.support} />}
            exports={[csv(t('reports.csv.support'), 'support')(report)]}
          />
          <ReportCard
            title={t('reports.card.time')}
            section={words(report.time)}
            chart={
              <>
                <TimeChart report={report.time} />
                <TimeTotals report={report.time} />
              </>
            }
            table={<TimeTable report={report.time} />}
            exports={[csv(t('reports.csv.time'), 'time')(report), csv(t('reports.csv.timeByKind'), 'time-by-kind')(report)]}
          />
          <ReportCard
            title={t('reports.card.surveys')}
            section={words(report.surveys)}
            chart={<SurveysChart report={report.surveys} />}
            table={<SurveysTable report={report.surveys} />}
            exports={[csv(t('reports.csv.surveys'), 'surveys')(report)]}
          />
          <ReportCard
            title={t('reports.card.members')}
            section={words(report.members)}
            chart={
              <>
                <MembersChart report={report.members} />
                <MembersFacts report={report.members} />
              </>
            }
            table={<MembersTable report={report.members} />}
            exports={[
              csv(t('reports.csv.quarters'), 'members-by-quarter')(report),
              csv(t('reports.csv.heardFrom'), 'members-heard-from')(report),
              csv(t('reports.csv.retention'), 'members-retention')(report),
            ]}
          />
        </>
      ) : null}
    </div>
  );
}

type ReportCsvButton = { label: string; table: CsvTable; make: () => { fileName: string; text: string } | null };
