import { useCallback, useState } from 'react';

export interface Draft<D> {
  draft: D;
  /** Changed by the facilitator and not saved yet. */
  dirty: boolean;
  setDraft: (update: D | ((current: D) => D)) => void;
  /** After a save: the form follows the record again (the saved version arrives with it). */
  markSaved: () => void;
}

interface DraftState<R, D> {
  identity: string;
  source: R;
  draft: D;
  dirty: boolean;
}

/**
 * A form's working copy of a record. It follows the record while nothing is
 * typed into it, starts afresh when the form is given a different record
 * (another `identity`), and otherwise keeps what is being typed, whatever
 * else changes meanwhile: saving the ground rules must not empty the venue
 * field the facilitator was filling in.
 */
export function useDraft<R, D>(record: R, identity: string, toDraft: (record: R) => D): Draft<D> {
  const [state, setState] = useState<DraftState<R, D>>(() => ({ identity, source: record, draft: toDraft(record), dirty: false }));
  let current = state;
  if (state.identity !== identity || (!state.dirty && state.source !== record)) {
    // Adjusting state while rendering, as React documents for state that follows a prop: no effect, no stale frame.
    current = { identity, source: record, draft: toDraft(record), dirty: false };
    setState(current);
  }
  const setDraft = useCallback((update: D | ((d: D) => D)) => {
    setState((s) => ({ ...s, draft: typeof update === 'function' ? (update as (d: D) => D)(s.draft) : update, dirty: true }));
  }, []);
  const markSaved = useCallback(() => setState((s) => ({ ...s, dirty: false })), []);
  return { draft: current.draft, dirty: current.dirty, setDraft, markSaved };
}
