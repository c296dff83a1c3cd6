import type { Group, Member } from '#shared/domain/types';

export function testGroup(id: string, name: string): Group {
  return {
    id,
    name,
    createdAt: 1,
    purpose: '',
    objectives: [],
    format: 'in_person',
    venue: '',
    schedule: null,
    reviewEveryMeetings: 12,
    groundRules: [],
    purposeVersions: [],
    reviews: [],
    reviewOffered: null,
    checkInAfterMissed: 3,
    roomLocale: 'en',
  };
}

export function testMember(id: string, groupId: string, displayName: string): Member {
  return {
    id,
    groupId,
    displayName,
    status: 'active',
    joinedOn: '2026-01-01',
    leftOn: null,
    statusLog: [],
    fullName: null,
    contact: null,
    heardFrom: null,
    checkOnMe: false,
    volunteersForRoles: false,
    agreement: null,
    erased: false,
  };
}
