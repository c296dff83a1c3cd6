import { useQuery } from '../common/use-query';
import { ConnectionBadge } from './ConnectionBadge';
import { FirstGroup } from './FirstGroup';
import { GroupPanel } from './GroupPanel';
import { GroupSwitcher } from './GroupSwitcher';
import { MembersPanel } from './MembersPanel';
import { NoticeBanner } from './NoticeBanner';
import { RoomPanel } from './RoomPanel';
import './console.css';

/** The facilitator's window. */
export function ConsoleApp() {
  const groups = useQuery('group.list', {}, ['groups']);
  const room = useQuery('room.get', {}, ['room', 'groups']);
  const groupList = groups.data ?? [];
  const current = groupList.find((g) => g.id === room.data?.groupId) ?? null;

  return (
    <div className="console">
      <header className="console-header">
        <h1 className="brand">Circlekeeper</h1>
        <GroupSwitcher groups={groupList} currentId={current?.id ?? null} />
        <ConnectionBadge />
      </header>
      <NoticeBanner />
      <main className="console-main">
        {groups.error ? (
          <p className="field-error" role="alert">
            {groups.error}
          </p>
        ) : null}
        {groups.data === undefined ? (
          <p className="empty">Loading…</p>
        ) : groupList.length === 0 ? (
          <FirstGroup />
        ) : current === null ? (
          <p className="empty">Choose a group above to work on it.</p>
        ) : (
          <div className="console-columns">
            <MembersPanel group={current} />
            <div className="console-side">
              <RoomPanel />
              <GroupPanel group={current} />
            </div>
          </div>
        )}
      </main>
    </div>
  );
}
