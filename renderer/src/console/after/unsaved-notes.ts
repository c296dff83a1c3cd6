const PREFIX = 'circlekeeper.unsavedNote.';

/**
 * A note the backend refused or could not take yet (too long, disconnected)
 * is kept on this computer until a save succeeds, so a reload or a closed
 * window does not lose it. It is removed as soon as the note is saved, so
 * it never outlives the note itself (retention and erasure act on saved notes).
 */
export function keepUnsaved(key: string, text: string): void {
  try {
    localStorage.setItem(PREFIX + key, text);
  } catch {
    // Storage full or refused: the text stays in the box for as long as the page is open.
  }
}

export function unsavedText(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function forgetUnsaved(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
