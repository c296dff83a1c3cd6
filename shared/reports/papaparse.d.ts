/**
 * The part of papaparse that Circlekeeper uses, typed here rather than with
 * @types/papaparse: that package references Node's types (streams), and
 * shared/ is type-checked with none, so that nothing Node-only slips in.
 */
declare module 'papaparse' {
  export interface UnparseConfig {
    quotes?: boolean | boolean[];
    quoteChar?: string;
    escapeChar?: string;
    delimiter?: string;
    header?: boolean;
    newline?: string;
    skipEmptyLines?: boolean | 'greedy';
    columns?: string[];
    /** Prefixes text that a spreadsheet would run as a formula (=, +, -, @, tab, return) with a quote. */
    escapeFormulae?: boolean | RegExp;
  }
  export type Cell = string | number | boolean | null;
  export interface UnparseObject {
    fields: string[];
    data: Cell[][];
  }
  export interface ParseConfig {
    header?: boolean;
    dynamicTyping?: boolean;
    skipEmptyLines?: boolean | 'greedy';
    delimiter?: string;
    newline?: string;
  }
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; fields?: string[] };
  }
  export function unparse(data: UnparseObject | Cell[][], config?: UnparseConfig): string;
  export function parse<T = unknown>(input: string, config?: ParseConfig): ParseResult<T>;
  const Papa: { unparse: typeof unparse; parse: typeof parse };
  export default Papa;
}
