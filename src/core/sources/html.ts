/**
 * HTML sources: visible article text extracted with htmlparser2, each character mapped back to its
 * offset in the raw HTML (entities map to the entity's first character).
 */
import { Parser } from "htmlparser2";
import type { DeclaredMeta } from "./markdown";
import { TextBuilder } from "./textBuilder";

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  "head", "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
  "nav", "header", "footer", "aside", "figure", "figcaption", "form", "button", "select", "textarea", "menu", "dialog",
]);

/** Elements that hold lists of links to other pages, whose dates are theirs. */
const LINK_LISTS = new Set(["nav", "aside", "footer"]);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
  "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "address", "details",
  "summary", "body", "html",
]);

/** The visible text of an HTML document, its offset map and the metadata it declares. */
export interface HtmlExtraction {
  text: string;
  /** `map[i]` = offset in the raw HTML of `text[i]`; `map[text.length]` = raw length. */
  map: Uint32Array;
  meta: DeclaredMeta;
}

/**
 * Extracts article text from HTML. Content of script, style, nav, header, footer, aside, figure and
 * similar elements is dropped; block elements become paragraph breaks, `<br>` a line break; other
 * whitespace (including newlines in the source) becomes spaces, as a browser would render it.
 */
export function extractHtml(raw: string): HtmlExtraction {
  const out = new TextBuilder();
  const meta: DeclaredMeta = {};
  let skipDepth = 0;
  let inTitle = false;
  let title = "";
  const stack: string[] = [];
  let timeDate: string | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        if (SKIPPED.has(name)) skipDepth++;
        if (name === "title") inTitle = true;
        if (name === "meta") readMetaTag(attrs, meta);
        // A byline's "<time datetime=...>" dates the page, where no meta tag does (not one of a
        // related link's, in a nav, aside or footer).
        if (name === "time" && !timeDate && ISO_DAY.test(attrs.datetime ?? "") && !stack.some((t) => LINK_LISTS.has(t))) timeDate = attrs.datetime!.slice(0, 10);
        if (skipDepth > 0) return;
        if (name === "br") out.insert("\n", parser.startIndex);
        else if (BLOCKS.has(name)) out.paragraphBreak(parser.startIndex);
      },
      onclosetag(name) {
        // htmlparser2 closes implied tags too, so the stack stays balanced.
        const i = stack.lastIndexOf(name);
        if (i >= 0) stack.length = i;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === "title") inTitle = false;
        if (skipDepth === 0 && BLOCKS.has(name)) out.paragraphBreak(parser.startIndex);
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipDepth > 0) return;
        const start = parser.startIndex;
        const span = parser.endIndex - start + 1;
        // Newlines and tabs in HTML source are rendered as spaces.
        const rendered = text.replace(/[\r\n\t\f]/g, " ");
        if (rendered.length === span) out.copy(rendered, start);
        else out.insert(rendered, start); // a decoded entity
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(raw);
  parser.end();
  if (!meta.title && title.trim()) meta.title = title.replace(/\s+/g, " ").trim();
  if (!meta.date && timeDate) meta.date = timeDate;
  return { ...out.finish(raw.length), meta };
}

/** Reads `<meta name|property=... content=...>` into the declared metadata (first value wins). */
function readMetaTag(attrs: Record<string, string>, meta: DeclaredMeta): void {
  const name = (attrs.name ?? attrs.property ?? attrs.itemprop ?? "").toLowerCase();
  const content = attrs.content?.replace(/\s+/g, " ").trim();
  if (!name || !content) return;
  const set = (field: "title" | "author" | "publisher" | "date" | "url"): void => {
    if (!meta[field]) meta[field] = field === "date" ? content.slice(0, 10) : content;
  };
  if (name === "og:title" || name === "twitter:title" || name === "headline") set("title");
  else if (name === "author" || name === "article:author" || name === "byl") set("author");
  else if (name === "og:site_name" || name === "publisher" || name === "application-name") set("publisher");
  else if (name === "article:published_time" || name === "date" || name === "datepublished" || name === "pubdate") set("date");
  else if (name === "og:url") set("url");
}
