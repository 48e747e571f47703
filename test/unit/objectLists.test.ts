/**
 * Lists of one elements kind: an empty list from `objectList` or `listOf` is of the kind a list of
 * objects has, as V8 itself reports it, where an empty literal or `map` result is not.
 */
import * as assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { listOf, objectList } from "../../src/core/text/objectLists";

// V8's own test of an array's elements kind, compiled after the flag that allows it is set.
setFlagsFromString("--allow-natives-syntax");
const hasObjectElements = new Function("a", "return %HasObjectElements(a)") as (a: unknown[]) => boolean;

describe("objectLists", () => {
  it("V8 tells an empty literal from a list of objects (the test can fail)", () => {
    assert.equal(hasObjectElements([]), false);
    assert.equal(hasObjectElements([].map((x) => x)), false);
    assert.equal(hasObjectElements([{ a: 1 }]), true);
  });

  it("objectList is empty and of the objects' kind", () => {
    const xs = objectList<{ a: number }>();
    assert.equal(xs.length, 0);
    assert.equal(hasObjectElements(xs), true);
    xs.push({ a: 1 });
    assert.deepEqual(xs, [{ a: 1 }]);
  });

  it("listOf keeps a list that holds something and makes an empty one of the objects' kind", () => {
    const full = [{ a: 1 }];
    assert.equal(listOf(full), full);
    const empty = listOf([].map((x) => x));
    assert.equal(empty.length, 0);
    assert.equal(hasObjectElements(empty), true);
  });
});
