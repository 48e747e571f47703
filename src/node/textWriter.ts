/**
 * Writing large files piece by piece: the caches of an archive are tens of megabytes, and
 * building one string or buffer of a whole file would hold a second copy of it at the build's
 * peak of memory.
 */
import { writeSync } from "node:fs";

/** Writes all of `bytes` to `fd` (a write may take fewer than it is given). */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at, bytes.byteLength - at);
}

/**
 * Text written to a file through one reused buffer, as UTF-8: no joined text, and no buffer per
 * piece waiting for a collection. Call `flush` when done.
 */
export class TextWriter {
  private readonly buf: Buffer;
  private used = 0;

  constructor(
    private readonly fd: number,
    size = 1 << 20,
  ) {
    this.buf = Buffer.allocUnsafe(size);
  }

  write(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8: a piece that surely fits is written
    // without measuring it first (measuring is a second pass over every piece).
    if (this.used + text.length * 3 <= this.buf.length) {
      this.used += this.buf.write(text, this.used, "utf8");
      return;
    }
    const bytes = Buffer.byteLength(text, "utf8");
    if (this.used + bytes > this.buf.length) this.flush();
    if (bytes > this.buf.length) writeAll(this.fd, Buffer.from(text, "utf8"));
    else this.used += this.buf.write(text, this.used, "utf8");
  }

  /** Writes bytes as they are, after the text before them. */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    writeAll(this.fd, bytes);
  }

  flush(): void {
    if (this.used) writeAll(this.fd, this.buf.subarray(0, this.used));
    this.used = 0;
  }
}
