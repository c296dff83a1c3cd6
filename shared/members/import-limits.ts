/** Limits of importing a member list, apart from the parser so the contract does not load papaparse. */

/** A member list larger than this is not a support group's; the contract refuses more in one call. */
export const IMPORT_MEMBERS_MAX = 500;
/** A CSV file over this size is refused before it is read. */
export const IMPORT_FILE_MAX_BYTES = 1024 * 1024;
