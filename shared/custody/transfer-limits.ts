/** Files move between console and backend in pieces of this many bytes (base64 on the wire stays under 1 MB). */
export const TRANSFER_CHUNK_BYTES = 512 * 1024;
/** No copy Circlekeeper makes comes near this; a bigger file is refused before it is sent. */
export const TRANSFER_MAX_BYTES = 250 * 1024 * 1024;
