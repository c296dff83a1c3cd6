import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodResult } from '../../../shared/contract/contract';
import type { ChangeEvent, ChangeTopic } from '../../../shared/contract/events';
import type { MethodName } from '../../../shared/contract/method-names';
import { useApi } from './api-context';
import { useConnection } from './use-connection';

export interface QueryState<T> {
  data: T | undefined;
  error: string | null;
  reload: () => void;
}

export interface QueryOptions<T> {
  /**
   * Applies what a change event carries (the live meeting) to the data in
   * hand, so a key press during the meeting needs no refetch. Returns the
   * new data, or undefined when the event says nothing about it.
   */
  patch?: (data: T, event: ChangeEvent) => T | undefined;
}

/**
 * Fetches a query and fetches it again whenever the backend says one of the
 * given topics changed, or the connection comes back. `input` null means
 * "not now" (for example, no group chosen yet).
 */
export function useQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  topics: readonly ChangeTopic[],
  options: QueryOptions<MethodResult<M>> = {},
): QueryState<MethodResult<M>> {
  const api = useApi();
  const connection = useConnection();
  const [data, setData] = useState<MethodResult<M> | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const inputKey = JSON.stringify(input);
  const topicKey = topics.join(',');
  const latest = useRef(0);
  // The newest data and patch, for the event listener; written outside render.
  const dataRef = useRef<MethodResult<M> | undefined>(undefined);
  const patch = useRef(options.patch);
  useEffect(() => {
    patch.current = options.patch;
  }, [options.patch]);
  const show = useCallback((value: MethodResult<M> | undefined) => {
    dataRef.current = value;
    setData(value);
  }, []);

  const load = useCallback(() => {
    if (inputKey === 'null') {
      show(undefined);
      return;
    }
    const ticket = ++latest.current;
    api.call(method, JSON.parse(inputKey) as MethodInput<M>).then(
      (value) => {
        if (ticket !== latest.current) return;
        show(value);
        setError(null);
      },
      (failure: Error) => {
        if (ticket === latest.current) setError(failure.message);
      },
    );
  }, [api, method, inputKey, show]);

  useEffect(() => {
    if (connection === 'open') load();
  }, [load, connection]);

  useEffect(
    () =>
      api.on('changed', (event) => {
        const apply = patch.current;
        // What the event carries is applied at once; a refetch only when the event cannot say enough.
        const patched = apply && dataRef.current !== undefined ? apply(dataRef.current, event) : undefined;
        if (patched !== undefined) {
          latest.current += 1; // a fetch still under way is older than this
          show(patched);
        } else if (event.topics.some((topic) => topicKey.split(',').includes(topic))) load();
      }),
    [api, load, show, topicKey],
  );

  return { data, error, reload: load };
}
