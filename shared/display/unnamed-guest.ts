/**
 * A participant as the room sees them is their display name, or this for a
 * guest who gave none: the display says "a guest" in the room's language.
 * Its own module, without zod, so the room display can import it.
 */
export const UNNAMED_GUEST = '';
