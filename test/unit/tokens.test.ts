/**
 * `tokenize`: words and numbers with their flags; `stem`. The flags of an ASCII word are read from its
 * character codes; they must be what the Unicode expressions say for any word.
 */
import { isPastVerb } from "../../src/core/analysis/verbs";
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { isContent, stem, tokenize } from "../../src/core/analysis/tokens";

/** The flags as the Unicode expressions define them. */
function reference(raw: string): { capitalised: boolean; acronym: boolean; numeric: boolean } {
  const letters = raw.replace(/[^\p{L}]/gu, "");
  return {
    capitalised: /^\p{Lu}/u.test(raw),
    acronym: letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
    numeric: /\d/.test(raw),
  };
}

describe("tokenize", () => {
  it("flags capitalised words, acronyms and numbers as the Unicode expressions do, ASCII or not", () => {
    const piece = fc.constantFrom("NCA", "Nca", "nca", "UK", "U", "4GB", "3G", "A1", "e2e", "£54m", "13.4", "1,200", "Met's", "ÉCOLE", "Ça", "ΣΟΦΙΑ", "ϒ", "ǅemal", "İstanbul", "x", "-", " ", "'", "’s", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join("")), (text) => {
        for (const t of tokenize(text)) {
          const { capitalised, acronym, numeric } = t;
          assert.deepEqual({ capitalised, acronym, numeric }, reference(t.text), t.text);
        }
      }),
    );
  });

  it("reads words, possessives and numbers with their offsets", () => {
    const text = "The NCA's 4GB phones cost £1,200 in Ça Va";
    const tokens = tokenize(text);
    assert.deepEqual(tokens.map((t) => t.text), ["The", "NCA's", "4GB", "phones", "cost", "1,200", "in", "Ça", "Va"]);
    const nca = tokens[1]!;
    assert.equal(nca.lower, "nca");
    assert.equal(text.slice(nca.span.start, nca.span.end), "NCA's");
    // The possessive s is a lowercase letter: "NCA's" is not all capitals (as before the ASCII reading).
    assert.deepEqual(tokens.filter((t) => t.acronym).map((t) => t.text), ["4GB"]);
    assert.deepEqual(tokens.filter((t) => t.capitalised).map((t) => t.text), ["The", "NCA's", "Ça", "Va"]);
    assert.deepEqual(tokens.filter((t) => t.numeric).map((t) => t.text), ["4GB", "1,200"]);
  });
});

describe("isContent", () => {
  it("leaves out approximators: 'roughly 1.5%' and 'roughly two-thirds' share no word of what they count", () => {
    assert.deepEqual(tokenize("Roughly two-thirds were volunteers, nearly all of them local, around 1.5% approximately").filter(isContent).map((t) => t.lower), ["two", "thirds", "volunteers", "local", "1.5"]);
  });
});

describe("stem", () => {
  it("stems a noun in -ure as its verb (Porter2 joins 'approval' and 'approved', not 'seizure' and 'seized')", () => {
    assert.equal(stem("seizure"), stem("seized"));
    assert.equal(stem("seizures"), stem("seize"));
    assert.equal(stem("closure"), stem("closed"));
    assert.equal(stem("failures"), stem("failed"));
    assert.equal(stem("approval"), stem("approved"));
    // Not every -ure noun has a verb it is made from.
    assert.notEqual(stem("pressure"), stem("pressed"));
    assert.notEqual(stem("measure"), stem("mean"));
  });

  it("stems American spellings as British ones ('meters' and 'metres', 'center' and 'centre'), and no other word with them", () => {
    for (const [us, gb] of [["meters", "metres"], ["meter", "metre"], ["kilometers", "kilometres"], ["center", "centre"], ["liter", "litre"]]) assert.equal(stem(us!), stem(gb!), us);
    assert.notEqual(stem("meet"), stem("metre"));
    assert.equal(stem("feet"), stem("foot"));
  });

  it("stems the words of a death as one event ('killed', 'died', 'dead', 'deaths'), and no other word with them", () => {
    for (const w of ["died", "dead", "deaths", "killing", "kills", "death"]) assert.equal(stem(w), stem("killed"), w);
    for (const w of ["deadline", "deadly", "skilled", "diet"]) assert.notEqual(stem(w), stem("killed"), w);
  });
});

describe("isPastVerb", () => {
  it("reads regular and listed irregular past forms, not short words that end alike", () => {
    for (const w of ["arrested", "seized", "taken", "led", "fed", "shed"]) assert.ok(isPastVerb(w), w);
    for (const w of ["red", "bed", "men", "ten"]) assert.ok(!isPastVerb(w), w);
    // Nor numbers that end alike ("a seven-day hearing" dates no event "seven").
    for (const w of ["seven", "eleven", "fifteen", "nineteen"]) assert.ok(!isPastVerb(w), w);
  });
});
