import { useId, useState } from 'react';
import type { Group, Member, MemberStatus } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { UndoBar } from '../UndoBar';
import { useApiQuery } from '../data/use-api-query';
import { AddMemberForm } from './AddMemberForm';
import { useT } from '../../common/i18n/I18nProvider';
import { MemberEditor } from './MemberEditor';
import { MemberImport } from './MemberImport';

type Filter = MemberStatus | 'current' | 'all';

/** The roster: add, search, filter and edit members. */
export function MembersPage({ group }: { group: Group }) {
  const t = useT();
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
        {t('members.title')} <span className="count">{t('members.activeCount', { count: activeCount })}</span>
      </h2>
      <AddMemberForm group={group} />
      <div className="filter-row">
        <div className="field">
          <label htmlFor={ids.search}>{t('members.search')}</label>
          <input
            dir="auto"
            id={ids.search}
            type="search"
            value={search}
            placeholder={t('members.searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.filter}>{t('members.filter')}</label>
          <select id={ids.filter} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="current">{t('members.filter.current')}</option>
            <option value="active">{t('members.status.active')}</option>
            <option value="on_break">{t('members.status.on_break')}</option>
            <option value="left">{t('members.status.left')}</option>
            <option value="all">{t('members.filter.all')}</option>
          </select>
        </div>
      </div>
      {members.error ? (
        <p className="field-error" role="alert">
          {members.error}
        </p>
      ) : null}
      {members.data && all.length === 0 ? <p className="empty">{t('members.empty')}</p> : null}
      {members.data && all.length > 0 && shown.length === 0 ? <p className="empty">{t('members.noMatch')}</p> : null}
      <ul className="member-list" aria-label={t('members.listLabel', { group: group.name })}>
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
                <span className="member-row__name">
                  <bdi>{member.displayName}</bdi>
                </span>
                {member.status !== 'active' ? <span className="tag">{t(`members.status.${member.status}`)}</span> : null}
                {member.checkOnMe ? <span className="tag">{t('members.tag.checkOnMe')}</span> : null}
                {member.agreement ? <span className="tag">{t('members.tag.agreed', { version: member.agreement.rulesVersion })}</span> : null}
                <span className="member-row__actions">
                  <button
                    type="button"
                    className="button"
                    aria-label={t('members.edit.label', { name: member.displayName })}
                    onClick={() => setEditing(member.id)}
                  >
                    {t('members.editButton')}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {statusChange ? (
        <UndoBar
          message={t('members.statusChanged', { name: statusChange.after.displayName, status: statusChange.after.status })}
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
