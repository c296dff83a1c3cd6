import type { Notice } from '#shared/contract/contract';
import type { CommandName } from '#shared/contract/effects';
import type { MeetingDigest } from '#shared/history/digest';
import type { Database } from '#shared/storage/database';
import type { BackupEdit } from '../storage/backup-scrub';

/** What a handler may use: a read view, a way to change data, and the injected edges. */
export interface HandlerContext {
  /** The hot data: every record except past meetings (and their done action items). */
  read: () => Readonly<Database>;
  /** The hot data plus the past meetings named (and the action items of their archives). */
  view: (meetingIds: readonly string[]) => Promise<Readonly<Database>>;
  /** A group's past meetings as digests, oldest first: what the history needs without opening archives. */
  history: (groupId: string) => readonly MeetingDigest[];
  /**
   * Applies fn to a draft of the data (with the past meetings named, when a
   * command edits one), checks and writes what changed, and only then
   * returns fn's result. `command` is the method it serves: what it
   * announces comes from that method's declaration (shared/contract/effects.ts).
   */
  mutate: <R>(command: CommandName, fn: (draft: Database) => R, meetingIds?: readonly string[]) => Promise<R>;
  /** Applies erasure or retention to every backup as well, so neither outlives its reach there. */
  editBackups: (change: BackupEdit) => Promise<void>;
  now: () => number;
  newId: () => string;
  /** Unpredictable: for anonymous records, whose ids and places must say nothing about their order. */
  randomId: () => string;
  random: () => number;
  /** The machine's time zone, for groups without a schedule of their own. */
  timeZone: string;
  dataFile: string;
  notices: Notice[];
  noticesChanged: () => void;
}
