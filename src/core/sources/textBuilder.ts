/**
 * Builds extracted text (markup removed) together with the offset of each character in the raw file.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly offsets: number[] = [];

  /** Appends `text` copied from `raw` at `rawOffset` (character `k` maps to `rawOffset + k`). */
  copy(text: string, rawOffset: number): void {
    for (let k = 0; k < text.length; k++) {
      this.parts.push(text[k]);
      this.offsets.push(rawOffset + k);
    }
  }

  /** Appends `text` that stands for the raw text at `rawOffset` (an entity, a break for a tag). */
  insert(text: string, rawOffset: number): void {
    for (let k = 0; k < text.length; k++) {
      this.parts.push(text[k]);
      this.offsets.push(rawOffset);
    }
  }

  /** The last character appended, or `""`. */
  last(): string {
    return this.parts.length ? this.parts[this.parts.length - 1] : "";
  }

  /** Ensures the text ends with a blank line (a paragraph break), unless it is empty. */
  paragraphBreak(rawOffset: number): void {
    if (this.parts.length === 0) return;
    let newlines = 0;
    for (let i = this.parts.length - 1; i >= 0 && newlines < 2; i--) {
      if (this.parts[i] === "\n") newlines++;
      else if (this.parts[i] !== " ") break;
    }
    this.insert("\n".repeat(2 - newlines), rawOffset);
  }

  /** The text and its offset map (with the end entry `rawEnd`). */
  finish(rawEnd: number): { text: string; map: Uint32Array } {
    const map = new Uint32Array(this.offsets.length + 1);
    for (let i = 0; i < this.offsets.length; i++) map[i] = this.offsets[i];
    map[this.offsets.length] = rawEnd;
    return { text: this.parts.join(""), map };
  }
}
