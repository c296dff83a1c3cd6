import { useId, useState } from 'react';
import type { Group, Member, MemberStatus } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { UndoBar } from '../UndoBar';
import { useApiQuery } from '../data/use-api-query';
import { AddMemberForm } from './AddMemberForm';
import { statusLabels } from './labels';
import { MemberEditor } from './MemberEditor';
import { MemberImport } from './MemberImport';

type Filter = MemberStatus | 'current' | 'all';

/** The roster: add, search, filter and edit members. */
export function MembersPage({ group }: { group: Group }) {
  const api = useApi();
  const members = useApiQuery('member.list', { groupId: group.id });
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<Filter>('current');
  const [editing, setEditing] = useState<string | null>(null);
  // A status change (most of all "left") is cheap to take back, so it can be.
  const [statusChange, setStatusChange] = useState<{ before: Member; after: Member } | null>(null);
  const ids = { search: useId(), filter: useId() };
  const all = members.data ?? [];
  const needle = search.trim().toLocaleLowerCase();
  const shown = all.filter(
    (m) =>
      (filter === 'all' || (filter === 'current' ? m.status !== 'left' : m.status === filter)) &&
      (needle === '' || m.displayName.toLocaleLowerCase().includes(needle) || (m.fullName ?? '').toLocaleLowerCase().includes(needle)),
  );
  const activeCount = all.filter((m) => m.status === 'active').length;

  return (
    <section className="panel" aria-labelledby="members-title">
      <h2 id="members-title">
        Members <span className="count">({activeCount} active)</span>
      </h2>
      <AddMemberForm group={group} />
      <div className="filter-row">
        <div className="field">
          <label htmlFor={ids.search}>Search</label>
          <input id={ids.search} type="search" value={search} placeholder="Name" onChange={(e) => setSearch(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.filter}>Show</label>
          <select id={ids.filter} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="current">Current members</option>
            <option value="active">Active</option>
            <option value="on_break">On a break</option>
            <option value="left">Left</option>
            <option value="all">Everyone</option>
          </select>
        </div>
      </div>
      {members.error ? (
        <p className="field-error" role="alert">
          {members.error}
        </p>
      ) : null}
      {members.data && all.length === 0 ? (
        <p className="empty">No members yet. Add the people who come to this group; a first name or an alias is enough.</p>
      ) : null}
      {members.data && all.length > 0 && shown.length === 0 ? <p className="empty">Nobody matches. Clear the search or show everyone.</p> : null}
      <ul className="member-list" aria-label={`Members of ${group.name}`}>
        {shown.map((member) => (
          <li key={member.id} className={`member-row member-row--${member.status}`}>
            {editing === member.id ? (
              <MemberEditor
                member={member}
                group={group}
                onDone={() => setEditing(null)}
                onSaved={(before, after) => setStatusChange(before.status !== after.status ? { before, after } : null)}
              />
            ) : (
              <>
                <span className="member-row__name">{member.displayName}</span>
                {member.status !== 'active' ? <span className="tag">{statusLabels[member.status]}</span> : null}
                {member.checkOnMe ? <span className="tag">Check on me</span> : null}
                {member.agreement ? <span className="tag">Agreed v{member.agreement.rulesVersion}</span> : null}
                <span className="member-row__actions">
                  <button type="button" className="button" aria-label={`Edit ${member.displayName}`} onClick={() => setEditing(member.id)}>
                    Edit
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {statusChange ? (
        <UndoBar
          message={`${statusChange.after.displayName} is now marked ${statusLabels[statusChange.after.status].toLowerCase()}.`}
          onUndo={async () => {
            await api.call('member.update', { memberId: statusChange.before.id, status: statusChange.before.status });
            setStatusChange(null);
          }}
          onClose={() => setStatusChange(null)}
        />
      ) : null}
      {members.data ? <MemberImport group={group} members={all} /> : null}
    </section>
  );
}
