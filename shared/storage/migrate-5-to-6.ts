/**
 * Version 6 adds partner organisations, the group's own events and the
 * events imported from partners' calendars. Nothing existing changes: the
 * three collections start empty.
 */
type Raw = Record<string, unknown>;

export function migrate5to6(data: Raw): Raw {
  return { ...data, partners: data.partners ?? [], events: data.events ?? [], partnerEvents: data.partnerEvents ?? [] };
}
