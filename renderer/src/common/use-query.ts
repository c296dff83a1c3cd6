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
  const patch = useRef(options.patch);
  patch.current = options.patch;

  const load = useCallback(() => {
    if (inputKey === 'null') {
      setData(undefined);
      return;
    }
    const ticket = ++latest.current;
    api.call(method, JSON.parse(inputKey) as MethodInput<M>).then(
      (value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setError(null);
      },
      (failure: Error) => {
        if (ticket === latest.current) setError(failure.message);
      },
    );
  }, [api, method, inputKey]);

  useEffect(() => {
    if (connection === 'open') load();
  }, [load, connection]);

  useEffect(
    () =>
      api.on('changed', (event) => {
        if (event.topics.some((topic) => topicKey.split(',').includes(topic))) {
          load();
          return;
        }
        const apply = patch.current;
        if (apply) setData((current) => (current === undefined ? current : (apply(current, event) ?? current)));
      }),
    [api, load, topicKey],
  );

  return { data, error, reload: load };
}
