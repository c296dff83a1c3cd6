import { useT } from '../common/i18n/I18nProvider';

const sections = [
  { id: '', label: 'shell.nav.live' },
  { id: 'group', label: 'shell.nav.group' },
  { id: 'members', label: 'shell.nav.members' },
  { id: 'care', label: 'shell.nav.care' },
  { id: 'agendas', label: 'shell.nav.agendas' },
  { id: 'meetings', label: 'shell.nav.meetings' },
  { id: 'partners', label: 'shell.nav.partners' },
  { id: 'feedback', label: 'shell.nav.feedback' },
  { id: 'reports', label: 'shell.nav.reports' },
  { id: 'safekeeping', label: 'shell.nav.safekeeping' },
] as const;

/** The console's sections, as links so the browser's back button works too. */
export function ConsoleNav({ current }: { current: string }) {
  const t = useT();
  return (
    <nav className="console-nav" aria-label={t('shell.nav.label')}>
      {sections.map((section) => (
        <a key={section.id} href={`#/console${section.id ? `/${section.id}` : ''}`} aria-current={current === section.id ? 'page' : undefined}>
          {t(section.label)}
        </a>
      ))}
    </nav>
  );
}
