import { z } from 'zod';
import { issueSentence } from '../contract/error-message';

export const NOTE_TEXT_MAX = 20_000;

/**
 * One limit for every kind of note, checked the same way when it is sent
 * and when it is stored. Not trimmed: a note is saved as it is typed, and a
 * trailing space or line is the facilitator's, mid-sentence.
 */
export const NoteText = z
  .string({ error: (issue) => (issue.input === undefined ? 'The note text is missing (it may be empty).' : 'Notes must be text.') })
  .max(NOTE_TEXT_MAX, {
    error: (issue) =>
      issueSentence(
        `Notes can be at most ${NOTE_TEXT_MAX.toLocaleString('en')} characters (this has ${(issue.input as string).length.toLocaleString('en')}); split them up or trim them.`,
        'notes.tooLong',
        { max: NOTE_TEXT_MAX, length: (issue.input as string).length },
      ),
  });

export const MeetingNotes = z.strictObject({
  /** The facilitator's own; never projected or exported unless asked for. */
  private: NoteText,
  /** Per agenda item, private too. */
  items: z.record(z.string(), NoteText),
  /** Themes and topics the group may see: high level, no diagnoses, nobody's story. */
  shared: NoteText,
});
export type MeetingNotes = z.infer<typeof MeetingNotes>;
export const emptyNotes = (): MeetingNotes => ({ private: '', items: {}, shared: '' });
