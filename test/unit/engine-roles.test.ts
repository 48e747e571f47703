/**
 * People's posts (`analysis/roles`, `check/roleCheck`): the roles a sentence gives its people, and
 * a claim's role of a person that no source gives them where sources give another. From the
 * twenty-ninth session's blind probes, where six of the labelled wrong claims swapped a post.
 */
import * as assert from "node:assert/strict";
import { mayBeRole, rolesIn } from "../../src/core/analysis/roles";
import { findEntities } from "../../src/core/analysis/entities";
import { checkDraft } from "../../src/core/check/checkDraft";
import { indexOf } from "./madeUpReports";
import { flagged, kinds } from "./probeCorpora";

/** The roles of a sentence's people, as "person: head [which]". */
function roles(text: string): string[] {
  const people = findEntities(text, 0, text.length).filter((e) => e.type === "person");
  return rolesIn(text, { start: 0, end: text.length }, people).map((r) => `${r.person}: ${r.text} = ${r.head} [${r.which.join(" ")}]`);
}

describe("engine: people's roles", () => {
  it("reads a role after a name, before it, or before it and a comma, without whose body it is", () => {
    assert.deepEqual(roles("Colin Strachan, Meridian's operations director for the north, said the company was pleased."), ["Colin Strachan: operations director for the north = director [operations north]"]);
    assert.deepEqual(roles("Dr Anwen Marsh, 49, Fellside's clinical director, who has worked at the practice for 21 years, said staff were stretched."), ["Anwen Marsh: clinical director = director [clinical]"]);
    assert.deepEqual(roles("Joan Pettifer, 74, is chief executive of Healthwatch Westmere."), ["Joan Pettifer: chief executive = executive [chief]"]);
    assert.deepEqual(roles("The work was approved by leisure cabinet member Imran Shafiq on Monday."), ["Imran Shafiq: leisure cabinet member = member [leisure cabinet]"]);
    assert.deepEqual(roles("The council's leader, Dawn Pryor, said she expected a new contractor."), ["Dawn Pryor: leader = leader []"]);
    assert.deepEqual(roles("Graham Pellow, the council's cabinet member for culture, leisure and tourism, has said the council had no choice."), ["Graham Pellow: cabinet member for culture, leisure and tourism = member [cabinet culture leisure tourism]"]);
    // A veterinary surgeon is a vet, a head teacher a headteacher, a chairman a chair.
    assert.deepEqual(roles("Dr Fiona Castellan, a retired veterinary surgeon, judged the show."), ["Fiona Castellan: retired veterinary surgeon = vet []"]);
    assert.deepEqual(roles("Head teacher Rachel Pennington has written to parents."), ["Rachel Pennington: head teacher = headteacher []"]);
    assert.deepEqual(roles("Derek Hume, chairman of Hollinsfield Angling Club, said the club had restocked."), ["Derek Hume: chairman = chair []"]);
    // No role of another time, of some other body, or of a rank ("the fourth cabinet minister to leave").
    assert.deepEqual(roles("Richard Okafor was previously finance director at the trust."), []);
    assert.deepEqual(roles("Helen Marchbank was head of a primary school in Ledwick."), []);
    assert.deepEqual(roles("Tom Carver is the fourth cabinet minister to leave the government."), []);
    assert.deepEqual(roles("Claire Pennington, the trust's most senior nurse, said it could not keep the ward open."), []);
    // No role where the words are no post, or belong to another ("said the chief executive, Dr ...").
    assert.deepEqual(roles("Gareth Pennick, 58, who farms sheep near Kelthorpe, started a petition."), []);
    assert.deepEqual(roles("Dog walker Graham Oakes saw the cliff fall."), []);
    assert.deepEqual(roles("The plan was backed by the chief executive, Dr Fiona Reddaway, and by the board."), ["Fiona Reddaway: chief executive = executive [chief]"]);
    assert.deepEqual(roles("The meeting heard from the chief executive, the treasurer, and Dawn Pryor."), []);
    assert.deepEqual(roles("Votes were cast by every councillor, Dawn Pryor included."), []);
  });

  it("a claim's role may be a source's when it says no more of which role than the source does", () => {
    const director = { head: "director", which: ["clinical"], context: ["fellside's", "clinical", "director"] };
    assert.equal(mayBeRole({ head: "director", which: [] }, director), true);
    assert.equal(mayBeRole({ head: "director", which: ["clinical"] }, director), true);
    assert.equal(mayBeRole({ head: "director", which: ["artistic"] }, director), false);
    assert.equal(mayBeRole({ head: "manager", which: ["practice"] }, director), false);
    assert.equal(mayBeRole({ head: "member", which: ["cabinet", "leisure"] }, { head: "member", which: ["cabinet", "culture", "leisure", "tourism"], context: [] }), true);
    // Words of whose post it is count too ("opposition leader" of "leader of the opposition group").
    assert.equal(mayBeRole({ head: "leader", which: ["opposition"] }, { head: "leader", which: [], context: ["leader", "of", "the", "opposition", "group"] }), true);
    // A claim may say more than a source, where the source says no more of which ("coach driver" of "driver").
    assert.equal(mayBeRole({ head: "driver", which: ["coach"] }, { head: "driver", which: [], context: ["the", "driver"] }), true);
    assert.equal(mayBeRole({ head: "director", which: ["artistic"] }, { head: "director", which: ["executive"], context: ["the", "executive", "director"] }), false);
    // A head that says only that someone leads is any post; a "leader" may be a general secretary.
    assert.equal(mayBeRole({ head: "head", which: [] }, { head: "headteacher", which: [], context: [] }), true);
    assert.equal(mayBeRole({ head: "leader", which: [] }, { head: "secretary", which: ["general"], context: [] }), true);
    assert.equal(mayBeRole({ head: "executive", which: ["chief"] }, { head: "leader", which: ["council"], context: [] }), false);
  });

  it("flags a post the sources give the person otherwise, and no post they give", () => {
    assert.deepEqual(flagged("vetshortage", "Colin Strachan, Meridian's chief executive, said the company could not safely staff a 24-hour rota."), ["contradicted"]);
    assert.deepEqual(flagged("theatrecuts", "David Okonjo, the Kestrel's artistic director, said every line of the budget had been examined."), ["contradicted"]);
    assert.deepEqual(flagged("skatepark", "Imran Shafiq is Harbeck Borough Council's cabinet member for finance."), ["contradicted"]);
    assert.deepEqual(flagged("theatrecuts", "Graham Pellow, the council's cabinet member for leisure, defended the cut."), []);
    assert.deepEqual(flagged("vetshortage", "Dr Anwen Marsh, Fellside's clinical director, said staff had been stretched for years."), []);
    assert.ok(kinds("vetshortage", "Colin Strachan, Meridian's operations director, said the company could not safely staff a 24-hour rota.").includes("supported"));
    // A post of another time is left alone, as is one a sentence naming the person says in other words.
    const ix = indexOf(["Richard Okafor, the trust's chief executive, will lead the merged trust.", "Among the volunteers are 35 retired nurses, including Margaret Oduya, 71.\n\nThe inspections will be led by the former chief building inspector Margaret Oduya."]);
    const problems = (text: string) => checkDraft(ix, `# Draft\n\n${text}\n`).filter((f) => f.kind === "contradicted").length;
    assert.equal(problems("Richard Okafor was previously finance director at the trust."), 0);
    assert.equal(problems("Richard Okafor, the trust's finance director, will lead the merged trust."), 1);
    assert.equal(problems("Retired nurse Margaret Oduya had not given an injection for 16 years."), 0);
    assert.equal(problems("Before joining the trust, Richard Okafor was finance director of Calder Trust."), 0);
    // A role of another kind is no answer: a founder may be a retired teacher too.
    assert.deepEqual(flagged("sewage", "Alan Brooks, the founder of Clean Teme, is 71."), []);
    // A role opening its sentence is read with its first word ("Chief executive Pieter Vanhove").
    const opening = indexOf(["Chief executive Pieter Vanhove said the firm would pay."]);
    assert.equal(checkDraft(opening, "# Draft\n\nPieter Vanhove, the firm's marketing executive, said the firm would pay.\n").filter((f) => f.kind === "contradicted").length, 1);
  });

  it("says which post the sources give, where, and leaves a name two people share alone", () => {
    const ix = indexOf(["Colin Strachan, Meridian's operations director for the north, said the company was pleased.", "Helen Marsh, the practice's senior partner, retired.\n\nEileen Marsh, the parish council chair, was evacuated."]);
    const [finding] = checkDraft(ix, "# Draft\n\nColin Strachan, Meridian's chief executive, said the company was pleased.\n");
    assert.equal(finding!.kind, "contradicted");
    assert.equal(finding!.suggestion, "operations director for the north");
    assert.equal(finding!.message, "Sources say Colin Strachan is operations director for the north, not chief executive");
    assert.equal(finding!.evidence[0]!.source, "report-1");
    assert.equal(finding!.evidence[0]!.text.slice(finding!.evidence[0]!.highlight!.start, finding!.evidence[0]!.highlight!.end), "operations director for the north");
    // "Marsh" alone may be either; "Helen Marsh" is one.
    assert.ok(!checkDraft(ix, "# Draft\n\nMarsh, the practice manager, retired.\n").some((f) => f.kind === "contradicted"));
    assert.ok(checkDraft(ix, "# Draft\n\nHelen Marsh, the practice manager, retired.\n").some((f) => f.kind === "contradicted"));
  });
});
