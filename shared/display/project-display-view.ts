import type { Database } from '../storage/database';
import type { DisplayView } from './display-view';

/** Pure projection from stored data to what the room may see. */
export function projectDisplayView(data: Database): DisplayView {
  const { room } = data;
  if (room.mode === 'blank') return { screen: 'blank' };
  const group = room.groupId ? data.groups.find((g) => g.id === room.groupId) : undefined;
  if (!group) return { screen: 'idle' };
  return { screen: 'welcome', groupName: group.name };
}
