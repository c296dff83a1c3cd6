import { describe, expect, it } from 'vitest';
import { DisplayName, EntityId, GroupName } from '#shared/domain/names';

describe('names', () => {
  it('trims and folds white space', () => {
    expect(DisplayName.parse('  Sam \t  B  ')).toBe('Sam B');
    expect(GroupName.parse('Tuesday\nCircle')).toBe('Tuesday Circle');
  });

  it('explains what is wrong', () => {
    expect(DisplayName.safeParse('   ').error?.issues[0]?.message).toBe('A display name (a first name or an alias is enough) is needed.');
    expect(GroupName.safeParse('x'.repeat(81)).error?.issues[0]?.message).toBe('A group name can be at most 80 characters (this one has 81).');
    expect(GroupName.safeParse('a\u0000b').error?.issues[0]?.message).toContain('control characters');
    expect(GroupName.safeParse(null).error?.issues[0]?.message).toBe('A group name must be text.');
  });

  it('keeps non-Latin names whole', () => {
    expect(DisplayName.parse('Zoë')).toBe('Zoë');
    expect(DisplayName.parse('سارا')).toBe('سارا');
  });

  it('accepts only ids of the shape we make', () => {
    expect(EntityId.safeParse('abc_123-X').success).toBe(true);
    expect(EntityId.safeParse('../x').success).toBe(false);
    expect(EntityId.safeParse('').success).toBe(false);
  });
});
