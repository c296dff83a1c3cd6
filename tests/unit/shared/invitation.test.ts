import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIDENTIALITY, invitationText, type InvitationContent } from '#shared/invitation/invitation';

const content: InvitationContent = {
  groupName: 'Tuesday Circle',
  purpose: 'Peer support for carers.',
  whoFor: 'Anyone caring for someone, or who has.',
  venue: 'St Mary’s Hall, Room 2',
  nextDates: ['Tuesday 1 December 2026, 19:00', 'Tuesday 8 December 2026, 19:00', 'Tuesday 15 December 2026, 19:00'],
  whatToExpect: 'Tea, a circle, and no pressure to speak.',
  confidentiality: DEFAULT_CONFIDENTIALITY,
  contact: 'circle@example.org',
};

describe('the invitation as plain text', () => {
  it('holds the name, purpose, who it is for, the next three dates, the venue, what to expect, the promise and the contact, in that order', () => {
    const text = invitationText(content);
    const order = [
      'Tuesday Circle',
      'Peer support for carers.',
      'Who it is for',
      'Next meetings',
      '- Tuesday 1 December 2026, 19:00',
      '- Tuesday 15 December 2026, 19:00',
      'Where\nSt Mary’s Hall, Room 2',
      'At your first meeting',
      'Confidentiality',
      'Get in touch\ncircle@example.org',
    ].map((part) => text.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('leaves out the parts left empty rather than printing empty headings', () => {
    const text = invitationText({ ...content, whoFor: ' ', contact: '', nextDates: [] });
    expect(text).not.toContain('Who it is for');
    expect(text).not.toContain('Get in touch');
    expect(text).not.toContain('Next meetings');
    expect(text).toContain('Confidentiality');
  });
});
