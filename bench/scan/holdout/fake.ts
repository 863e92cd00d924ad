/**
 * Builders of fake credentials for the holdout corpus, written independently of the scanner (own PRNG,
 * CRC-32 from node:zlib, keys from node:crypto) so a bug shared with the scanner's helpers cannot hide.
 * Every prefix is split (`j('gh', 'p_')`) so this file holds no literal a secret scanner would report.
 */
import { generateKeyPairSync, randomFillSync } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** Joins parts: prefixes are split so the source never holds a whole credential-shaped literal. */
export const j = (...parts: string[]) => parts.join('');

/** Deterministic sfc32 generator seeded from one number. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DG = '0123456789';
const B62 = DG + UP + LO;

/** Random text helpers bound to one generator. */
export class Rand {
  constructor(readonly next: () => number) {}
  /** `n` characters drawn from `set`. */
  from(set: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += set[Math.floor(this.next() * set.length)];
    return s;
  }
  alnum = (n: number) => this.from(UP + LO + DG, n);
  hex = (n: number) => this.from('0123456789abcdef', n);
  HEX = (n: number) => this.from('0123456789ABCDEF', n);
  upnum = (n: number) => this.from(UP + DG, n);
  lownum = (n: number) => this.from(LO + DG, n);
  letters = (n: number) => this.from(UP + LO, n);
  digits = (n: number) => this.from(DG, n);
  b64 = (n: number) => this.from(`${UP}${LO}${DG}+/`, n);
  url = (n: number) => this.from(`${UP}${LO}${DG}-_`, n);
  base32 = (n: number) => this.from('abcdefghijklmnopqrstuvwxyz234567', n);
  /** Random bytes from the generator (deterministic). */
  bytes(n: number): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(this.next() * 256);
    return out;
  }
  uuid = () => `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.from('89ab', 1)}${this.hex(3)}-${this.hex(12)}`;
  /** A password a person might choose: words, digits and a symbol. */
  password(): string {
    const words = ['Blue', 'Otter', 'River', 'Maple', 'Storm', 'Cobalt', 'Falcon', 'Tango', 'Quartz', 'Nimbus'];
    const w = () => words[Math.floor(this.next() * words.length)]!;
    return `${w()}${this.from('!#%&*+?@', 1)}${w().toLowerCase()}${this.digits(3)}${this.from('!#%*', 1)}${this.alnum(3)}`;
  }
}

/** Base62 (0-9A-Za-z) of an unsigned 32-bit number, left-padded to 6: GitHub's token checksum. */
function base62(n: number): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = B62[v % 62] + out;
  return out.padStart(6, '0');
}

/** `prefix` + 30 random characters + base62(CRC-32 of those 30), the GitHub / npm token format. */
export function crcToken(r: Rand, prefix: string): string {
  const body = r.alnum(30);
  return `${prefix}${body}${base62(crc32(body))}`;
}

/** The same shape with a checksum that does not match (a look-alike). */
export function badCrcToken(r: Rand, prefix: string): string {
  const body = r.alnum(30);
  const good = base62(crc32(body));
  let bad = r.alnum(6);
  while (bad === good) bad = r.alnum(6);
  return `${prefix}${body}${bad}`;
}

/** A JWT with a real JSON header and payload and a random signature. */
export function jwt(r: Rand, payload: Record<string, unknown>, alg = 'HS256'): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const sigLen = alg.startsWith('RS') ? 342 : 43;
  return `${enc({ alg, typ: 'JWT' })}.${enc(payload)}.${r.url(sigLen)}`;
}

/** Wraps base64 at `width` columns. */
export const wrap = (b64: string, width = 64) => b64.match(new RegExp(`.{1,${width}}`, 'g')) ?? [];

const keyCache = new Map<string, string>();
/** A freshly generated private key PEM (node:crypto), cached per kind so the build stays fast. */
export function privateKeyPem(kind: 'rsa-pkcs1' | 'pkcs8' | 'ec' | 'encrypted' | 'public'): string {
  const cached = keyCache.get(kind);
  if (cached) return cached;
  let pem: string;
  if (kind === 'ec') {
    pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      type: 'sec1',
      format: 'pem',
    }) as string;
  } else {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    if (kind === 'public') pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    else if (kind === 'rsa-pkcs1') pem = privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
    else if (kind === 'pkcs8') pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    else
      pem = privateKey.export({
        type: 'pkcs8',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: j('holdout-', String(Date.now())),
      }) as string;
  }
  keyCache.set(kind, pem.trimEnd());
  return pem.trimEnd();
}

/** An unencrypted OpenSSH ed25519 private key (openssh-key-v1 layout) from generated key material. */
export function opensshKey(): string {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const d = Buffer.from(privateKey.export({ format: 'jwk' }).d ?? '', 'base64url');
  const x = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  const str = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b) : b;
    const len = Buffer.alloc(4);
    len.writeUInt32BE(buf.length);
    return Buffer.concat([len, buf]);
  };
  const pub = Buffer.concat([str('ssh-ed25519'), str(x)]);
  const check = randomFillSync(Buffer.alloc(4));
  let priv = Buffer.concat([check, check, pub, str(Buffer.concat([d, x])), str('deploy@ci')]);
  const pad = (8 - (priv.length % 8)) % 8;
  priv = Buffer.concat([priv, Buffer.from([1, 2, 3, 4, 5, 6, 7].slice(0, pad))]);
  const one = Buffer.from([0, 0, 0, 1]);
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    str('none'),
    str('none'),
    str(''),
    one,
    str(pub),
    str(priv),
  ]);
  const label = j('OPENSSH PRIVATE', ' KEY');
  return [`-----BEGIN ${label}-----`, ...wrap(blob.toString('base64'), 70), `-----END ${label}-----`].join('\n');
}

/** CRC-24 of OpenPGP ASCII armor (RFC 4880 §6.1). */
function crc24(data: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** An armored PGP secret-key block: a v4 secret-key packet header and random key material. */
export function pgpKey(r: Rand): string {
  const body = Buffer.concat([
    Buffer.from([0x95, 0x03, 0x98, 0x04]),
    r.bytes(4),
    Buffer.from([0x01, 0x08, 0x00]),
    r.bytes(600),
  ]);
  const sum = Buffer.alloc(3);
  sum.writeUIntBE(crc24(body), 0, 3);
  const label = j('PGP PRIVATE', ' KEY BLOCK');
  return [
    `-----BEGIN ${label}-----`,
    '',
    ...wrap(body.toString('base64'), 64),
    `=${sum.toString('base64')}`,
    `-----END ${label}-----`,
  ].join('\n');
}

/** A PyPI API token: `pypi-` + base64url of a macaroon v2 for pypi.org with a caveat and a signature. */
export function pypiToken(r: Rand): string {
  const field = (type: number, data: Buffer | string) => {
    const buf = typeof data === 'string' ? Buffer.from(data) : data;
    return Buffer.concat([Buffer.from([type, buf.length]), buf]);
  };
  const caveat = JSON.stringify({ version: 1, permissions: { projects: ['acme-utils'] } });
  const mac = Buffer.concat([
    Buffer.from([2]),
    field(1, 'pypi.org'),
    field(2, r.uuid()),
    Buffer.from([0]),
    field(2, caveat),
    Buffer.from([0, 0]),
    field(6, r.bytes(32)),
  ]);
  return `${j('py', 'pi-')}${mac.toString('base64url')}`;
}
