const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as zlib) of a latin-1/ASCII string. */
export function crc32(text: string): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = table[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Base62 encoding of an unsigned integer, left-padded with '0' to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  let n = value;
  while (n > 0) {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/**
 * GitHub's token checksum: the last 6 characters are the CRC-32 of the 30-character random body,
 * base62-encoded (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/).
 * npm's granular tokens (`npm_`) use the same scheme. `token` is the part after the prefix's underscore.
 */
export function validBase62Crc(body36: string): boolean {
  if (body36.length !== 36) return false;
  return base62(crc32(body36.slice(0, 30)), 6) === body36.slice(30);
}

/** Builds a checksummed 36-character token body from a 30-character random part (tests and fixtures). */
export function withBase62Crc(random30: string): string {
  return random30 + base62(crc32(random30), 6);
}
