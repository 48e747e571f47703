/**
 * Byte decoding for source files: UTF-8 with the BOM removed, and a binary-file check so that a
 * stray PDF or image in a sources folder becomes a one-line failure instead of garbage text.
 */

/** The decoded text, or why the bytes are not a text file. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Decodes UTF-8 bytes. Returns a failure when the bytes look binary: any NUL byte in the first
 * 64 KiB, or more than 10% of the characters undecodable (replacement characters).
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  // UTF-16 with a BOM (Windows "Unicode" text) is full of NUL bytes but is text, not binary.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  const probe = Math.min(bytes.length, 65536);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { ok: false, reason: "binary file (contains NUL bytes)" };
  }
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
  if (text.length > 0) {
    let bad = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
    // A few bad bytes happen in real scraped text (a Latin-1 pound sign); mostly-invalid does not.
    if (bad > 8 && bad / text.length > 0.1) return { ok: false, reason: "binary file (not valid UTF-8 text)" };
  }
  // TextDecoder strips one BOM; strip a second in case a tool wrote it twice.
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
