import type { Notice } from '../../../shared/contract/contract';
import type { ChangeTopic } from '../../../shared/contract/events';
import type { Database } from '../../../shared/storage/database';

/** What a handler may use: a read view, a way to change data, and the injected edges. */
export interface HandlerContext {
  read(): Readonly<Database>;
  /** Applies fn to a copy, validates and writes it, and only then returns fn's result. */
  mutate<R>(topics: ChangeTopic[], fn: (draft: Database) => R): Promise<R>;
  now(): number;
  newId(): string;
  /** Unpredictable: for anonymous records, whose ids and places must say nothing about their order. */
  randomId(): string;
  random(): number;
  /** The machine's time zone, for groups without a schedule of their own. */
  timeZone: string;
  dataFile: string;
  notices: Notice[];
  noticesChanged(): void;
}
