import { lazy, Suspense } from 'react';
import type { Group } from '#shared/domain/types';
import { useConsoleSection } from '../common/use-hash-route';
import { useApiQuery } from './data/use-api-query';
import { AgendasPage } from './agendas/AgendasPage';
import { CarePage } from './care/CarePage';
import { ConnectionBadge } from './ConnectionBadge';
import { ConsoleNav } from './ConsoleNav';
import { FirstGroup } from './FirstGroup';
import { FeedbackPage } from './feedback/FeedbackPage';
import { GroupPage } from './group/GroupPage';
import { GroupSwitcher } from './GroupSwitcher';
import { MeetingsPage } from './meetings/MeetingsPage';
import { MembersPage } from './members/MembersPage';
import { NoticeBanner } from './NoticeBanner';
import { LivePage } from './live/LivePage';
import { InvitationPage } from './invitation/InvitationPage';
import { PartnersPage } from './partners/PartnersPage';
import { SafekeepingPage } from './custody/SafekeepingPage';
import { VaultGate } from './custody/VaultGate';
import { LockedLaptop } from './laptop/LockedLaptop';
import { LaptopLockProvider, useLaptopLock } from './laptop/use-laptop-lock';
import { useT } from '../common/i18n/I18nProvider';
import { LanguagePicker } from './i18n/LanguagePicker';
import './console.css';

// recharts and the reports load only when the Reports page is first opened.
const ReportsPage = lazy(() => import('./reports/ReportsPage'));

function Section({ section, group }: { section: string; group: Group }) {
  switch (section) {
    case 'group':
      return <GroupPage group={group} />;
    case 'members':
      return <MembersPage group={group} />;
    case 'care':
      return <CarePage group={group} />;
    case 'agendas':
      return <AgendasPage group={group} />;
    case 'meetings':
      return <MeetingsPage group={group} />;
    case 'feedback':
      return <FeedbackPage group={group} />;
    case 'partners':
      return <PartnersPage group={group} />;
    case 'safekeeping':
      return <SafekeepingPage group={group} />;
    case 'invitation':
      return <InvitationPage group={group} />;
    case 'reports':
      return (
        <Suspense fallback={<p className="empty">Loading the reports…</p>}>
          <ReportsPage group={group} />
        </Suspense>
      );
    default:
      return <LivePage group={group} />;
  }
}

/** The facilitator's window, or only the pass-the-laptop form while a member holds the laptop. */
export function ConsoleApp() {
  return (
    // An encrypted record is opened first: until then there is nothing to show, not even a group's name.
    <VaultGate>
      <LaptopLockProvider>
        <LockedOrConsole />
      </LaptopLockProvider>
    </VaultGate>
  );
}

function LockedOrConsole() {
  const { lock } = useLaptopLock();
  // Nothing of the console is rendered under the lock: no tabs, no page, no shortcuts to reach.
  return lock ? <LockedLaptop lock={lock} /> : <Console />;
}

function Console() {
  const t = useT();
  const section = useConsoleSection();
  const groups = useApiQuery('group.list', {});
  const room = useApiQuery('room.get', {});
  const groupList = groups.data ?? [];
  const current = groupList.find((g) => g.id === room.data?.groupId) ?? null;

  return (
    <div className="console">
      {/* The first Tab stop: past the header and the tabs, straight to the page (a hash link would change the route). */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('console-main')?.focus()}>
        {t('shell.skipToPage')}
      </button>
      <header className="console-header">
        <h1 className="brand">{t('shell.brand')}</h1>
        <GroupSwitcher groups={groupList} currentId={current?.id ?? null} />
        <LanguagePicker />
        <ConnectionBadge />
      </header>
      {current ? <ConsoleNav current={section} /> : null}
      <NoticeBanner />
      <main className="console-main" id="console-main" tabIndex={-1}>
        {groups.error ? (
          <p className="field-error" role="alert">
            {groups.error}
          </p>
        ) : null}
        {groups.data === undefined ? (
          <p className="empty">{t('shell.loading')}</p>
        ) : groupList.length === 0 ? (
          <FirstGroup />
        ) : current === null ? (
          <p className="empty">{t('shell.chooseGroup')}</p>
        ) : (
          <Section section={section} group={current} />
        )}
      </main>
    </div>
  );
}
