import { careDate } from './care-dates';

/** A calendar date for a person, with the machine-readable date beside it. */
export function CareDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{careDate(iso)}</time>;
}
