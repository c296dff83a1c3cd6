/**
 * Version 1 (the foundation) knew groups by name and members as active or
 * archived. Version 2 adds the group profile, ground rules, the member
 * record, agenda templates and meetings. Nothing is invented: new fields get
 * empty or neutral values, and archived members become members who left, and the room's welcome mode
 * becomes 'auto', which shows the welcome screen until a meeting starts.
 */
type Raw = Record<string, unknown>;

function isoDay(epochMs: unknown): string {
  const time = typeof epochMs === 'number' && Number.isFinite(epochMs) ? epochMs : 0;
  return new Date(time).toISOString().slice(0, 10);
}

function migrateRoom(room: unknown): Raw {
  const old = (typeof room === 'object' && room !== null ? room : {}) as Raw;
  return {
    groupId: old.groupId ?? null,
    mode: old.mode === 'blank' ? 'blank' : 'auto',
    modeBeforeBlank: 'auto',
    message: '',
    timerDisplay: 'numbers',
  };
}

export function migrate1to2(data: Raw): Raw {
  const groups = Array.isArray(data.groups) ? (data.groups as Raw[]) : [];
  const members = Array.isArray(data.members) ? (data.members as Raw[]) : [];
  return {
    ...data,
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      createdAt: g.createdAt,
      purpose: '',
      objectives: [],
      format: 'in_person',
      venue: '',
      schedule: null,
      reviewEveryMeetings: 12,
      groundRules: [],
    })),
    members: members.map((m) => ({
      id: m.id,
      groupId: m.groupId,
      displayName: m.displayName,
      status: m.status === 'archived' ? 'left' : 'active',
      joinedOn: isoDay(m.joinedAt),
      leftOn: m.status === 'archived' ? isoDay(m.archivedAt) : null,
      fullName: null,
      contact: null,
      heardFrom: null,
      checkOnMe: false,
      volunteersForRoles: false,
      agreement: null,
      erased: false,
    })),
    templates: [],
    meetings: [],
    actionItems: [],
    surveys: [],
    surveyResponses: [],
    suggestions: [],
    settings: { privateNoteRetentionMonths: null },
    room: migrateRoom(data.room),
  };
}
