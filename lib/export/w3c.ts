import type { ClaimDto, ClaimStatus } from "../model";
import type { ExportedArticle } from "./claimlens-document";
import { codePointOffsets, type CodePointOffsets } from "./code-point-offsets";
import type { ExportEvent, ExportHeader } from "./export-events";
import { prettyJson } from "./pretty-json";

/** The W3C Web Annotation context, and the `claimlens:` namespace for what the W3C vocabulary has no word for. */
export const W3C_CONTEXT = [
  "http://www.w3.org/ns/anno.jsonld",
  {
    claimlens: "urn:claimlens:vocab#",
    "claimlens:speaker": { "@type": "@id" },
  },
] as const;

/** Which Claimlens field a body carries, alongside the W3C purpose that describes its role. */
export type BodyField = "kind" | "speaker" | "cue" | "confidence" | "note";

export interface TextualBody {
  type: "TextualBody";
  purpose: "classifying" | "identifying" | "tagging" | "assessing" | "commenting";
  value: string;
  format?: "text/plain";
  "claimlens:field": BodyField;
  "claimlens:speaker"?: string;
}

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  /** Code points from the start of the article's text, as the W3C model counts. */
  start: number;
  end: number;
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "classifying";
  created: string;
  modified: string;
  "claimlens:version": number;
  /** `orphaned`: the claim's words were lost in an edit of the text; only its old quote is left to find it by. */
  "claimlens:status": ClaimStatus;
  body: TextualBody[];
  target: {
    source: {
      id: string;
      type: "Text";
      format: "text/plain";
      "claimlens:title": string;
      "claimlens:textSha256": string;
    };
    scope?: string;
    /** An orphaned claim has no position in the text, so only its (old) quote. */
    selector: [TextQuoteSelector, TextPositionSelector] | [TextQuoteSelector];
  };
}

export const urn = (uuid: string) => `urn:uuid:${uuid}`;

/**
 * One claim as a W3C Web Annotation. The target's source is the article's own text (`urn:uuid:<article id>`),
 * because the position selector counts in that text and not in the web page it came from; the page, when
 * known, is the target's `scope`. An orphaned claim has no position, only the quote it had before the edit
 * that lost it (`claimlens:status` says so).
 */
export function claimAnnotation(article: ExportedArticle, claim: ClaimDto, offsets: CodePointOffsets = codePointOffsets(article.text)): WebAnnotation {
  const body: TextualBody[] = [{ type: "TextualBody", purpose: "classifying", value: claim.kind, "claimlens:field": "kind" }];
  if (claim.speaker) {
    body.push({
      type: "TextualBody",
      purpose: "identifying",
      value: claim.speaker.name,
      "claimlens:field": "speaker",
      "claimlens:speaker": urn(claim.speaker.id),
    });
  }
  if (claim.cue) body.push({ type: "TextualBody", purpose: "tagging", value: claim.cue, "claimlens:field": "cue" });
  body.push({ type: "TextualBody", purpose: "assessing", value: claim.confidence, "claimlens:field": "confidence" });
  if (claim.note) body.push({ type: "TextualBody", purpose: "commenting", value: claim.note, format: "text/plain", "claimlens:field": "note" });
  return {
    id: urn(claim.id),
    type: "Annotation",
    motivation: "classifying",
    created: claim.createdAt,
    modified: claim.updatedAt,
    "claimlens:version": claim.version,
    "claimlens:status": claim.status,
    body,
    target: {
      source: {
        id: urn(article.id),
        type: "Text",
        format: "text/plain",
        "claimlens:title": article.title,
        "claimlens:textSha256": article.textSha256,
      },
      ...(article.sourceUrl ? { scope: article.sourceUrl } : {}),
      selector: selectors(claim, offsets),
    },
  };
}

function selectors(claim: ClaimDto, offsets: CodePointOffsets): WebAnnotation["target"]["selector"] {
  const quote: TextQuoteSelector = { type: "TextQuoteSelector", exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix };
  if (claim.start === null || claim.end === null) return [quote];
  return [quote, { type: "TextPositionSelector", start: offsets.at(claim.start), end: offsets.at(claim.end) }];
}

/**
 * The W3C export: one AnnotationCollection whose first (and only) page holds every annotation. `total` is
 * written last, once the annotations have been counted; JSON-LD gives key order no meaning.
 */
export async function* w3cChunks(header: ExportHeader, events: AsyncIterable<ExportEvent>): AsyncGenerator<string> {
  const collectionId = urn(crypto.randomUUID());
  const opening = {
    "@context": W3C_CONTEXT,
    id: collectionId,
    type: "AnnotationCollection",
    label: `Claimlens claims exported ${header.exportedAt.toISOString()}`,
    generated: header.exportedAt.toISOString(),
    generator: { id: "urn:claimlens:app", type: "Software", name: "Claimlens" },
  };
  const head = prettyJson(opening, 0).slice(0, -"\n}".length);
  const page = { id: urn(crypto.randomUUID()), type: "AnnotationPage", partOf: collectionId, startIndex: 0 };
  yield `${head},\n  "first": ${prettyJson(page, 1).slice(0, -"\n  }".length)},\n    "items": [`;

  let total = 0;
  let article: ExportedArticle | undefined;
  let offsets: CodePointOffsets | undefined;
  for await (const event of events) {
    if (event.type === "article") {
      article = event.article;
      offsets = codePointOffsets(article.text);
    } else if (event.type === "claims" && article && offsets) {
      let chunk = "";
      for (const claim of event.claims) {
        chunk += `${total === 0 ? "\n      " : ",\n      "}${prettyJson(claimAnnotation(article, claim, offsets), 3)}`;
        total++;
      }
      yield chunk;
    }
  }
  yield `${total === 0 ? "]" : "\n    ]"}\n  },\n  "total": ${total}\n}\n`;
}
