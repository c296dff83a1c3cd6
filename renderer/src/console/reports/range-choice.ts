/** The range a facilitator picks on the Reports page, and the report.compute input it means. */
export type RangeChoice = { kind: 'months'; months: 3 | 12 } | { kind: 'all' } | { kind: 'between'; from: string; to: string };

export function rangeInput(choice: RangeChoice): { months?: number; from?: string; to?: string } {
  switch (choice.kind) {
    case 'months':
      return { months: choice.months };
    case 'all':
      return {};
    case 'between':
      return { from: choice.from, to: choice.to };
  }
}

export function rangeName(choice: RangeChoice): string {
  switch (choice.kind) {
    case 'months':
      return `last-${String(choice.months)}-months`;
    case 'all':
      return 'all';
    case 'between':
      return `${choice.from}-to-${choice.to}`;
  }
}
