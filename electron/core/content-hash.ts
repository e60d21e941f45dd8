import crypto from 'node:crypto';

/** SHA-256 of some bytes, in hex: how the library tells a file (documents.content_hash) or a picture it has seen. */
export const contentHashOf = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');
