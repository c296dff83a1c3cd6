/** A count with its noun in the right number: "0 minutes", "1 minute", "2 minutes". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${String(count)} ${count === 1 ? singular : pluralForm}`;
}
