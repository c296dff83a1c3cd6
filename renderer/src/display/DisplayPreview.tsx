import type { DisplaySnapshot } from '#shared/display/display-view';
import { useLocale } from '../common/i18n/I18nProvider';
import { DisplayScreen } from './DisplayScreen';
import { DisplayI18n } from './i18n/DisplayI18n';

/**
 * The room's screen inside the console, in the room's language: its own
 * lang and dir on its own element, the console's page keeping the
 * facilitator's.
 */
export function DisplayPreview({ snapshot, now }: { snapshot: DisplaySnapshot | null; now: number }) {
  return (
    <DisplayI18n locale={snapshot?.locale ?? 'en'} applyToDocument={false}>
      <PreviewFrame snapshot={snapshot} now={now} />
    </DisplayI18n>
  );
}

function PreviewFrame({ snapshot, now }: { snapshot: DisplaySnapshot | null; now: number }) {
  const { locale, dir } = useLocale();
  return (
    <div className="display-preview" lang={locale} dir={dir}>
      <DisplayScreen view={snapshot?.view ?? null} now={now} />
    </div>
  );
}
