/** A timestamp that is safe in a file name on every platform (no colons). */
export function fileStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}
