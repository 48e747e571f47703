/**
 * Non-cryptographic string hashes: two 32-bit multiply-xorshift lanes over the UTF-16 code
 * units (as in cyrb53, both lanes kept). Pure (no `node:crypto`), so the core runs anywhere, and
 * about six times faster than a byte-wise FNV-1a: an archive is hashed on every load. Good enough
 * to key a cache or to tell near-copies apart, not meant to resist tampering.
 */

/** The two mixed 32-bit lanes of `text` (unsigned). */
function lanes(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/** A 64-bit hash of a string as 16 hex digits (keys the persistent store by content). */
export function contentHash(text: string): string {
  const [h1, h2] = lanes(text);
  return h2.toString(16).padStart(8, "0") + h1.toString(16).padStart(8, "0");
}

/**
 * A 53-bit hash of a string as a safe integer: a compact key that JSON and Maps hold as a
 * number. Among a hundred thousand distinct strings, the chance of any collision is about 1e-6.
 */
export function hash53(text: string): number {
  const [h1, h2] = lanes(text);
  return (h2 & 0x1fffff) * 0x100000000 + h1;
}
