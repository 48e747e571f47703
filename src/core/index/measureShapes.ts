/**
 * A measure's facts with their near-copy shapes numbered locally. An archive's common measure has
 * tens of thousands of facts in a few hundred shapes; a check weighs each shape once and then walks
 * the facts. With each fact's shape as a small number, the walk finds the weighing in a flat array
 * instead of a map, and skips a shape that can say nothing about the claim at one read per fact.
 */

/** The facts of one measure list and the local shape number of each. */
export interface ShapedList {
  /** The measure's fact ids, ascending (the list itself). */
  readonly fids: readonly number[];
  /** Local shape number of each entry of `fids` (meaningful up to `fids.length` when read). */
  readonly local: Int32Array;
  /** The shape id (`CorpusIndex.factShape`) of each local number. */
  readonly shapes: readonly number[];
}

interface Held {
  length: number;
  local: Int32Array;
  shapes: number[];
  byShape: Map<number, number>;
}

/**
 * The local shape numbers of each measure list, kept with the list: a list that grows (new
 * documents' facts) has only its new facts numbered; one that is replaced (a source retired) is
 * numbered again when next asked.
 */
export class ShapedListCache {
  private readonly held = new WeakMap<readonly number[], Held>();

  /** `list` (ascending fact ids) with local shape numbers; `shapeOf` gives a fact's shape id. */
  of(list: readonly number[], shapeOf: (fid: number) => number): ShapedList {
    let held = this.held.get(list);
    if (!held) {
      held = { length: 0, local: new Int32Array(Math.max(16, list.length)), shapes: [], byShape: new Map() };
      this.held.set(list, held);
    }
    if (held.length < list.length) {
      if (held.local.length < list.length) {
        const grown = new Int32Array(Math.max(list.length, held.local.length * 2));
        grown.set(held.local);
        held.local = grown;
      }
      for (let i = held.length; i < list.length; i++) {
        const shape = shapeOf(list[i]!);
        let n = held.byShape.get(shape);
        if (n === undefined) {
          n = held.shapes.length;
          held.byShape.set(shape, n);
          held.shapes.push(shape);
        }
        held.local[i] = n;
      }
      held.length = list.length;
    }
    return { fids: list, local: held.local, shapes: held.shapes };
  }

  /**
   * `kept`, a list made by dropping some facts of `list` (a source retired), takes over the shape
   * numbers `list` had: a live update then costs the next check no renumbering of a common
   * measure's tens of thousands of facts. (The dropped facts' shapes keep their numbers, unread.)
   */
  carry(list: readonly number[], kept: readonly number[]): void {
    const held = this.held.get(list);
    if (!held || kept === list) return;
    const local = new Int32Array(Math.max(16, kept.length));
    // Both ascending, `kept` within `list`: one walk over the numbered part numbers `j` of `kept`.
    let j = 0;
    for (let i = 0; i < held.length && j < kept.length; i++) if (list[i] === kept[j]) local[j++] = held.local[i]!;
    this.held.set(kept, { length: j, local, shapes: held.shapes, byShape: held.byShape });
    this.held.delete(list);
  }
}
