import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../../common/api-context';
import { syncCache } from './sync-cache';

/** syncCache for the console's cache, for as long as the console is open. */
export function CacheSync(): null {
  const api = useApi();
  const client = useQueryClient();
  useEffect(() => syncCache(api, client), [api, client]);
  return null;
}
