/**
 * The page-furniture rules check a cheap guard before their pattern (an opening word, a closing
 * bracket, a word the pattern needs). The guards must never change an answer: every line gets
 * the reason it gets with every pattern tried.
 */
import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { furnitureReason } from "../../src/core/sources/blocks";
import { rng } from "./random";

const SEEDS = path.resolve(__dirname, "../../../seeds");

/** Lines that trip each rule, and near misses. */
const RULE_LINES = [
  "",
  "   ",
  "*** ---",
  "?? ??",
  "The ?? mark",
  "Picture: REX/SHUTTERSTOCK",
  "photo credit: Jane Roe",
  "Caption : the scene",
  "Officers at the scene (Getty Images)",
  "Officers at the scene (Photo: PA Wire)",
  "Getty Images",
  "PA Wire / PA Images",
  "© Reuters",
  "Photos AFP",
  "Follow us on X",
  "JOIN US ON Facebook",
  "Read more: the operation",
  "See also",
  "More news from the region",
  "See more news",
  "Click here to read",
  "Advertise with us",
  "Advertising here",
  "Advertisement",
  "Sign up to our newsletter",
  "Get our daily newsletter",
  "Newsletter",
  "The newsletter reported that 40 people subscribed to it.",
  "SUBSCRIBE now",
  "Subscribers only",
  "Scroll to top",
  "Back to top",
  "Skip to main content",
  "Jump to comments",
  "Newspapers in English",
  "Sign in",
  "Log in",
  "Login",
  "Register now",
  "Share this article",
  "Tweet",
  "Email",
  "Print this story",
  "Copy link",
  "WhatsApp",
  "Pin",
  "We use cookies to improve your experience. Accept",
  "Cookie settings",
  "The cookies were eaten.",
  "By Jane Roe",
  "- by Jane Roe",
  "\u2022 BY JANE ROE",
  "By the end of June, 746 people were arrested.",
  "Related Articles",
  "More from Crime",
  "You may also like",
  "Recommended",
  "Most read",
  "Trending",
  "Also read:",
  "Latest news",
  "Further reading",
  "Police in Leeds arrested 31 people.",
  "April was a busy month (for some)",
  "Paris police said",
  "Rex Tillerson said",
];

const WORDS = ["police", "Police", "the", "newsletter", "Subscribe", "cookies", "accept", "(Getty Images)", "??", "\u00a9", "PA", "by", "By", "Read", "more", "here", "with", "us", ")", "(", ".", ":", "Jane", "Roe", "746", "Share", "this"];

describe("page furniture: rule guards", () => {
  it("give every rule's line, and every seed line, the reason the unguarded rules give", () => {
    const lines = [...RULE_LINES];
    for (const f of readdirSync(SEEDS)) {
      if (/\.(txt|md|html?)$/i.test(f)) lines.push(...readFileSync(path.join(SEEDS, f), "utf8").split("\n"));
    }
    let furniture = 0;
    for (const line of lines) {
      const want = furnitureReason(line, false);
      if (want) furniture++;
      assert.equal(furnitureReason(line, true), want, JSON.stringify(line));
    }
    assert.ok(furniture >= 50, `lines judged furniture: ${furniture}`);
  });

  it("give random lines made of rule words the reason the unguarded rules give (20,000 lines)", () => {
    const next = rng(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    for (let i = 0; i < 20_000; i++) {
      const head = next() < 0.5 ? pick(RULE_LINES) : "";
      const words = Array.from({ length: Math.floor(next() * 6) }, () => pick(WORDS));
      const line = [head, ...words].join(next() < 0.8 ? " " : "  ");
      assert.equal(furnitureReason(line, true), furnitureReason(line, false), JSON.stringify(line));
    }
  });
});
