import { useId, useState, type ChangeEvent } from 'react';
import type { CalendarImport } from '#shared/contract/contract';
import type { Group } from '#shared/domain/types';
import { CALENDAR_IMPORT_MAX_CHARS, calendarTooBigMessage, type Partner } from '#shared/partners/partners';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';

function importSummary(result: CalendarImport): string {
  const parts = [`${String(result.found)} events in the next months`, `${String(result.added)} new`, `${String(result.updated)} updated`];
  if (result.removed > 0) parts.push(`${String(result.removed)} gone from their calendar`);
  if (result.leftOut > 0) parts.push(`${String(result.leftOut)} later ones left out (the soonest ${String(result.kept)} are kept)`);
  return `Imported: ${parts.join(', ')}.`;
}

/** One partner: what they offer, how they fit, their contact (private), and their calendar imported from a file. */
function PartnerCard({ partner }: { partner: Partner }) {
  const api = useApi();
  const action = useAction();
  const [result, setResult] = useState<string | null>(null);
  const fileId = useId();
  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setResult(null);
    void action.run(async () => {
      // Said before reading or sending it: a file past the limit is refused whole, and changes nothing.
      if (file.size > CALENDAR_IMPORT_MAX_CHARS) throw new Error(calendarTooBigMessage(file.size));
      // The browser host's socket carries at most this much in one call (the desktop app has no such limit).
      if (api.maxCallBytes !== null && file.size > api.maxCallBytes - 4096)
        throw new Error(
          `In browser mode a calendar file can be at most ${(api.maxCallBytes / 1_000_000).toFixed(1)} MB (this one has ${(file.size / 1_000_000).toFixed(1)} MB). Export fewer months from the partner’s calendar, or import it in the desktop app.`,
        );
      const imported = await api.call('partner.importCalendar', { partnerId: partner.id, text: await file.text() });
      setResult(importSummary(imported));
      return imported;
    });
  };
  return (
    <article className="partner-card" aria-label={partner.name}>
      <h3>{partner.name}</h3>
      {partner.offers ? <p>Offers: {partner.offers}</p> : null}
      {partner.alignment ? <p>How they fit our purpose: {partner.alignment}</p> : null}
      {partner.contact ? (
        <p>
          Contact <span className="private-tag">private</span> {partner.contact}
        </p>
      ) : null}
      <div className="button-row">
        <label className="button" htmlFor={fileId}>
          Import their calendar (.ics)
        </label>
        <input id={fileId} className="visually-hidden" type="file" accept=".ics,text/calendar" onChange={importFile} />
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete the partner ${partner.name}`}
          title={`Delete ${partner.name}?`}
          confirmLabel="Delete partner"
          onConfirm={() => void action.run(() => api.call('partner.delete', { partnerId: partner.id }))}
        >
          <p>Their imported events go too. The group’s own events with them stay, without a partner.</p>
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
      <h3>A new partner</h3>
      <div className="field">
        <label htmlFor={ids.name}>Organisation</label>
        <input
          id={ids.name}
          value={draft.name}
          maxLength={80}
          placeholder="For example: Riverside Community Centre"
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.offers}>What they offer</label>
        <input id={ids.offers} value={draft.offers} maxLength={300} onChange={(e) => setDraft({ ...draft, offers: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.alignment}>How they fit our purpose</label>
        <input id={ids.alignment} value={draft.alignment} maxLength={300} onChange={(e) => setDraft({ ...draft, alignment: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.contact}>
          Contact <span className="private-tag">private</span>
        </label>
        <input
          id={ids.contact}
          value={draft.contact}
          maxLength={200}
          placeholder="Never shown to the room"
          onChange={(e) => setDraft({ ...draft, contact: e.target.value })}
        />
      </div>
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          Add partner
        </button>
      </div>
    </form>
  );
}

/** The organisations the group works with. */
export function PartnersPanel({ group }: { group: Group }) {
  const partners = useApiQuery('partner.list', { groupId: group.id });
  return (
    <section className="panel" aria-labelledby="partners-title">
      <h2 id="partners-title">Partners</h2>
      <ErrorText message={partners.error} />
      {partners.data && partners.data.length === 0 ? (
        <p className="empty">
          No partners yet. A community centre, a clinic or a school you work with: add them, and import their calendar to see clashes.
        </p>
      ) : null}
      {(partners.data ?? []).map((partner) => (
        <PartnerCard key={partner.id} partner={partner} />
      ))}
      <NewPartnerForm group={group} />
    </section>
  );
}
