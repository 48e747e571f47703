import * as assert from "node:assert/strict";
import { splitSentences, type SentenceOptions } from "../../src/core/analysis/sentences";

/** The sentences of `text` as strings. */
function split(text: string, options?: SentenceOptions): string[] {
  return splitSentences(text, 0, text.length, options).map((s) => text.slice(s.start, s.end));
}

describe("engine: splitSentences", () => {
  const cases: { name: string; text: string; options?: SentenceOptions; expected: string[] }[] = [
    {
      name: "police titles with a full stop do not end the sentence",
      text: "Det Chief Supt. Gerry McLean, head of the organised crime unit, spoke in Glasgow. Officers listened.",
      expected: ["Det Chief Supt. Gerry McLean, head of the organised crime unit, spoke in Glasgow.", "Officers listened."],
    },
    {
      name: "Dr. and No. 10 are abbreviations",
      text: "Dr. Ilia Kolochenko talks about ransomware. No. 10 declined to comment on the hack.",
      expected: ["Dr. Ilia Kolochenko talks about ransomware.", "No. 10 declined to comment on the hack."],
    },
    {
      name: "decimals in money are not sentence ends",
      text: "So far, the Met has charged 99 people and seized £13.4m in cash. It is the largest single cash seizure in its history.",
      expected: ["So far, the Met has charged 99 people and seized £13.4m in cash.", "It is the largest single cash seizure in its history."],
    },
    {
      name: "a lowercase word after a full stop continues the sentence",
      text: "The raid began at 5 a.m. on Thursday. Nobody was hurt.",
      expected: ["The raid began at 5 a.m. on Thursday.", "Nobody was hurt."],
    },
    {
      name: "single initials are not sentence ends",
      text: "The report was written by J. K. Smith for the council. It was published in June.",
      expected: ["The report was written by J. K. Smith for the council.", "It was published in June."],
    },
    {
      name: "question and exclamation marks end sentences; an ellipsis ends the last",
      text: "Was it worth it? Police say yes! The gangs are not so sure...",
      expected: ["Was it worth it?", "Police say yes!", "The gangs are not so sure..."],
    },
    {
      name: "without keepQuotesTogether a multi-sentence quote is split inside",
      text: 'She said: "This is just the beginning. We will be disrupting organised criminal networks." Officers agreed.',
      expected: ['She said: "This is just the beginning.', 'We will be disrupting organised criminal networks."', "Officers agreed."],
    },
    {
      name: "with keepQuotesTogether a multi-sentence quote stays in one sentence with its speaker",
      text: 'She said: "This is just the beginning. We will be disrupting organised criminal networks." Officers agreed.',
      options: { keepQuotesTogether: true },
      expected: ['She said: "This is just the beginning. We will be disrupting organised criminal networks."', "Officers agreed."],
    },
    {
      name: "curly quotes are paired the same way with keepQuotesTogether",
      text: "McLean said: \u201cThey want to take themselves away. They use apps.\u201d The unit agreed.",
      options: { keepQuotesTogether: true },
      expected: ["McLean said: \u201cThey want to take themselves away. They use apps.\u201d", "The unit agreed."],
    },
    {
      name: "a quote closing on a full stop ends the sentence (kept together)",
      text: 'Police said the gang was "brazen." Priti Patel welcomed the arrests.',
      options: { keepQuotesTogether: true },
      expected: ['Police said the gang was "brazen."', "Priti Patel welcomed the arrests."],
    },
    {
      name: "a quote closing on a full stop ends the sentence (split mode)",
      text: 'Police said the gang was "brazen." Priti Patel welcomed the arrests.',
      expected: ['Police said the gang was "brazen."', "Priti Patel welcomed the arrests."],
    },
    {
      name: "a quote closing on a full stop followed by lowercase does not end the sentence",
      text: 'He shouted "stop." and ran off. Then he was caught.',
      options: { keepQuotesTogether: true },
      expected: ['He shouted "stop." and ran off.', "Then he was caught."],
    },
    {
      name: "a closing bracket after the full stop belongs to the sentence",
      text: "The Dark Web hides servers (often behind Tor.) Officers track them anyway.",
      expected: ["The Dark Web hides servers (often behind Tor.)", "Officers track them anyway."],
    },
    {
      name: "a blank line ends a sentence without punctuation (a headline)",
      text: "Crime chat network cracked\n\nThe NCA worked with forces across Europe.",
      expected: ["Crime chat network cracked", "The NCA worked with forces across Europe."],
    },
    {
      name: "a single line break inside wrapped prose does not end the sentence",
      text: "The operators of EncroChat charged up to\n£1,500 for a six-month contract. Users paid.",
      expected: ["The operators of EncroChat charged up to\n£1,500 for a six-month contract.", "Users paid."],
    },
    {
      name: "a line break before a list item ends the sentence",
      text: "Seized in the raids\n- 77 firearms\n- two tonnes of drugs",
      expected: ["Seized in the raids", "- 77 firearms", "- two tonnes of drugs"],
    },
    {
      name: "a unit on a figure ends a sentence as a word does ('820p.'); a page is still 'p. 12'",
      text: "It cut its target to 820p. Tom Ashdown was blunt. See p. 12 for more.",
      expected: ["It cut its target to 820p.", "Tom Ashdown was blunt.", "See p. 12 for more."],
    },
    {
      name: "punctuation-only paragraphs (a section break) are dropped",
      text: "Officers arrived.\n\n* * *\n\nArrests followed.",
      expected: ["Officers arrived.", "Arrests followed."],
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(split(c.text, c.options), c.expected));
  }

  it("respects start and end and returns trimmed spans inside them", () => {
    const text = "Ignore this. Officers recovered 77 firearms. Then they left. Ignore that.";
    const start = text.indexOf("Officers") - 1;
    const end = text.indexOf("Ignore that");
    const spans = splitSentences(text, start, end);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ["Officers recovered 77 firearms.", "Then they left."]);
    for (const s of spans) assert.ok(s.start >= start && s.end <= end && s.start < s.end);
  });

  it("returns nothing for empty or blank text", () => {
    assert.deepEqual(splitSentences(""), []);
    assert.deepEqual(splitSentences("   \n\n  "), []);
  });
});
