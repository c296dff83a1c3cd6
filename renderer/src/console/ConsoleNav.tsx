const sections = [
  { id: '', label: 'Live meeting' },
  { id: 'group', label: 'Group' },
  { id: 'members', label: 'Members' },
  { id: 'care', label: 'Care' },
  { id: 'agendas', label: 'Agendas' },
  { id: 'meetings', label: 'Meetings' },
  { id: 'partners', label: 'Partners' },
  { id: 'feedback', label: 'Feedback' },
  { id: 'reports', label: 'Reports' },
  { id: 'safekeeping', label: 'Safekeeping' },
] as const;

/** The console's sections, as links so the browser's back button works too. */
export function ConsoleNav({ current }: { current: string }) {
  return (
    <nav className="console-nav" aria-label="Sections">
      {sections.map((section) => (
        <a key={section.id} href={`#/console${section.id ? `/${section.id}` : ''}`} aria-current={current === section.id ? 'page' : undefined}>
          {section.label}
        </a>
      ))}
    </nav>
  );
}
