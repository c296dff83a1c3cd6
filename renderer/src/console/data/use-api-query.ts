import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput, MethodResult } from '#shared/contract/contract';
import type { QueryName } from '#shared/contract/effects';
import { useApi } from '../../common/api-context';
import { useErrorText } from '../../common/i18n/use-error-text';

export interface ApiQueryState<T> {
  data: T | undefined;
  /** The backend's message, for a person, in the console's language. */
  error: string | null;
}

/** The cache key of a query: its method and input, so a command's result can find the queries it answers. */
export const queryKeyOf = (method: string, input: unknown) => [method, input] as const;

/**
 * Reads a query through the console's cache. It is fetched again when the
 * backend announces a change to a topic the method reads (declared in
 * shared/contract/effects.ts; see CacheSync). `input` null means "not now".
 * `keepPrevious` shows the last answer while a new input is fetched (a
 * report's range changed), rather than blanking the page in between.
 */
export function useApiQuery<M extends QueryName>(
  method: M,
  input: MethodInput<M> | null,
  options: { keepPrevious?: boolean } = {},
): ApiQueryState<MethodResult<M>> {
  const api = useApi();
  const errorText = useErrorText();
  const query = useQuery({
    queryKey: queryKeyOf(method, input),
    queryFn: () => api.call(method, input as MethodInput<M>),
    enabled: input !== null,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
  return { data: input === null ? undefined : query.data, error: query.error ? errorText(query.error) : null };
}
