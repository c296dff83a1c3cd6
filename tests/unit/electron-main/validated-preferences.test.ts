import { describe, expect, it } from 'vitest';
import { validatedPreferences, type KeyValueStore } from '../../../electron/main/validated-preferences';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: (key) => data[key],
    set: (key, value) => {
      data[key] = value;
    },
    delete: (key) => {
      delete data[key];
    },
  };
}

describe('validatedPreferences (electron-store behind the PreferenceStore interface)', () => {
  it('reads back what it wrote', () => {
    const prefs = validatedPreferences(memoryStore());
    prefs.set('consoleBounds', { x: 1, y: 2, width: 800, height: 600 });
    prefs.set('displayId', 2779098405);
    expect(prefs.get('consoleBounds')).toEqual({ x: 1, y: 2, width: 800, height: 600 });
    expect(prefs.get('displayId')).toBe(2779098405);
  });

  it('treats a malformed stored value as no preference', () => {
    const prefs = validatedPreferences(memoryStore({ consoleBounds: { x: 'left' }, displayId: 'projector' }));
    expect(prefs.get('consoleBounds')).toBeUndefined();
    expect(prefs.get('displayId')).toBeUndefined();
  });

  it('refuses to write a value it could not read back', () => {
    const store = memoryStore();
    const prefs = validatedPreferences(store);
    expect(() => prefs.set('displayId', 'projector' as never)).toThrow();
    expect(store.data).toEqual({});
  });

  it('deletes a preference set to undefined', () => {
    const store = memoryStore({ displayId: 3 });
    validatedPreferences(store).set('displayId', undefined);
    expect('displayId' in store.data).toBe(false);
  });
});
