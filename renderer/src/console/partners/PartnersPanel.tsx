import { useId, useState, type ChangeEvent } from 'react';
import type { CalendarImport } from '#shared/contract/contract';
import type { Group } from '#shared/domain/types';
import { CALENDAR_IMPORT_MAX_CHARS, type Partner } from '#shared/partners/partners';
import { formatNumber } from '#shared/i18n/format';
import type { Locale } from '#shared/i18n/locales';
import type { Translate } from '#shared/i18n/translator';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';

function importSummary(t: Translate, locale: Locale, result: CalendarImport): string {
  const parts = [
    t('partners.import.found', { count: result.found }),
    t('partners.import.added', { count: result.added }),
    t('partners.import.updated', { count: result.updated }),
  ];
  if (result.removed > 0) parts.push(t('partners.import.removed', { count: result.removed }));
  if (result.leftOut > 0) parts.push(t('partners.import.leftOut', { count: result.leftOut, kept: result.kept }));
  return t('partners.import.summary', { parts: new Intl.ListFormat(locale, { type: 'unit' }).format(parts) });
}

const megabytes = (locale: Locale, bytes: number) => formatNumber(locale, bytes / 1_000_000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** One partner: what they offer, how they fit, their contact (private), and their calendar imported from a file. */
function PartnerCard({ partner }: { partner: Partner }) {
  const api = useApi();
  const action = useAction();
  const [result, setResult] = useState<string | null>(null);
  const fileId = useId();
  const t = useT();
  const { locale } = useLocale();
  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setResult(null);
    void action.run(async () => {
      // Said before reading or sending it: a file past the limit is refused whole, and changes nothing.
      if (file.size > CALENDAR_IMPORT_MAX_CHARS)
        throw new Error(t('partners.import.tooBig', { max: megabytes(locale, CALENDAR_IMPORT_MAX_CHARS), size: megabytes(locale, file.size) }));
      // The browser host's socket carries at most this much in one call (the desktop app has no such limit).
      if (api.maxCallBytes !== null && file.size > api.maxCallBytes - 4096)
        throw new Error(t('partners.import.tooBigForBrowser', { max: megabytes(locale, api.maxCallBytes), size: megabytes(locale, file.size) }));
      const imported = await api.call('partner.importCalendar', { partnerId: partner.id, text: await file.text() });
      setResult(importSummary(t, locale, imported));
      return imported;
    });
  };
  return (
    <article className="partner-card" aria-label={partner.name}>
      <h3>{partner.name}</h3>
      {partner.offers ? <p>{t('partners.card.offers', { offers: partner.offers })}</p> : null}
      {partner.alignment ? <p>{t('partners.card.alignment', { alignment: partner.alignment })}</p> : null}
      {partner.contact ? (
        <p>
          {t('partners.contact')} <span className="private-tag">{t('partners.private')}</span> {partner.contact}
        </p>
      ) : null}
      <div className="button-row">
        <label className="button" htmlFor={fileId}>
          {t('partners.card.import')}
        </label>
        <input id={fileId} className="visually-hidden" type="file" accept=".ics,text/calendar" onChange={importFile} />
        <ConfirmButton
          label={t('partners.delete')}
          ariaLabel={t('partners.card.deleteLabel', { name: partner.name })}
          title={t('partners.card.deleteTitle', { name: partner.name })}
          confirmLabel={t('partners.card.deleteConfirm')}
          onConfirm={() => void action.run(() => api.call('partner.delete', { partnerId: partner.id }))}
        >
          <p>{t('partners.card.deleteBody')}</p>
        </ConfirmButton>
      </div>
      {result ? (
        <p className="field-hint" role="status">
          {result}
        </p>
      ) : null}
      <ErrorText message={action.error} />
    </article>
  );
}

function NewPartnerForm({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const empty = { name: '', offers: '', alignment: '', contact: '' };
  const [draft, setDraft] = useState(empty);
  const ids = { name: useId(), offers: useId(), alignment: useId(), contact: useId() };
  const t = useT();
  return (
    <form
      className="stacked-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          const partner = await api.call('partner.create', { groupId: group.id, ...draft });
          setDraft(empty);
          return partner;
        });
      }}
    >
      <h3>{t('partners.new.title')}</h3>
      <div className="field">
        <label htmlFor={ids.name}>{t('partners.new.name')}</label>
        <input
          id={ids.name}
          value={draft.name}
          maxLength={80}
          placeholder={t('partners.new.namePlaceholder')}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.offers}>{t('partners.new.offers')}</label>
        <input id={ids.offers} value={draft.offers} maxLength={300} onChange={(e) => setDraft({ ...draft, offers: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.alignment}>{t('partners.new.alignment')}</label>
        <input id={ids.alignment} value={draft.alignment} maxLength={300} onChange={(e) => setDraft({ ...draft, alignment: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.contact}>
          {t('partners.contact')} <span className="private-tag">{t('partners.private')}</span>
        </label>
        <input
          id={ids.contact}
          value={draft.contact}
          maxLength={200}
          placeholder={t('partners.new.contactPlaceholder')}
          onChange={(e) => setDraft({ ...draft, contact: e.target.value })}
        />
      </div>
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('partners.new.add')}
        </button>
      </div>
    </form>
  );
}

/** The organisations the group works with. */
export function PartnersPanel({ group }: { group: Group }) {
  const partners = useApiQuery('partner.list', { groupId: group.id });
  const t = useT();
  return (
    <section className="panel" aria-labelledby="partners-title">
      <h2 id="partners-title">{t('partners.title')}</h2>
      <ErrorText message={partners.error} />
      {partners.data && partners.data.length === 0 ? <p className="empty">{t('partners.none')}</p> : null}
      {(partners.data ?? []).map((partner) => (
        <PartnerCard key={partner.id} partner={partner} />
      ))}
      <NewPartnerForm group={group} />
    </section>
  );
}
