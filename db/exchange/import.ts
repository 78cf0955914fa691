import { and, eq, inArray, lt, notExists } from "drizzle-orm";
import { articleRevisions, articles, claimReviewSources, claims, reviewDrops, speakerAliases, speakers, users, type NewArticle, type NewClaim } from "../schema";
import type { Database, Executor } from "../client";
import { firstRevision } from "../articles/articles";
import { previewArticleText, replaceArticleText } from "../articles/article-text";
import { insertFormatting } from "../articles/formatting";
import type { FormattingRange } from "../../lib/extract/formatting";
import { asActor } from "../actor";
import { suggestOnArrival } from "../suggestions/import-article";
import { submittedAssignees, submittedMessage } from "../assignments/frozen";
import { claimChangeRefusal, type Actor } from "../../lib/auth/roles";
import { chunked, LOOKUP_CHUNK, planSpeakers, type SpeakerPlan } from "./import-speakers";
import { AppError, forbidden, type Issue } from "../../lib/errors";
import { quoteWithContext } from "../../lib/claims/context";
import { parseClaimlensDocument, type ImportArticle, type ImportClaim, type ImportDocument } from "../../lib/import/claimlens-input";
import { checkDocument } from "../../lib/import/check-document";
import { describeReport, emptyReport, noReanchoring, wouldWrite, type ArticleReport, type ImportReport, type RefusedClaim } from "../../lib/import/import-report";

export interface ImportProgress {
  phase: "checking" | "writing";
  done: number;
  total: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Who imports (null: the system, e.g. the CLI); recorded as the author of what is created and in the history. */
  actor?: Actor | null;
  /**
   * Whether the articles the document creates get their suggested claims computed; by default as the importer's
   * Settings say (db/suggestions/import-article.ts, `suggestOnArrival`).
   */
  suggest?: boolean;
}

// Rows per insert: well under PostgreSQL's 65,535 parameters per statement.
const INSERT_CHUNK = 500;
// Article text per insert statement, at most (one longer article is still inserted alone).
const ARTICLE_TEXT_PER_INSERT = 8 * 1024 * 1024;

interface ClaimPlan {
  claim: ImportClaim;
  action: "create" | "update" | "unchanged";
}

interface ArticlePlan {
  article: ImportArticle;
  report: ArticleReport;
  claims: ClaimPlan[];
  /** The article's revision here before the import (1 for an article the import creates). */
  revision: number;
}

interface ImportPlan {
  speakers: SpeakerPlan[];
  /** Document speaker id → database speaker id. */
  speakerTarget: Map<string, string>;
  articles: ArticlePlan[];
  issues: Issue[];
  /** Claims here the document would change that the importer may not (another analyst's). */
  refused: RefusedClaim[];
}

/**
 * Imports a `claimlens/1` document (one article or a corpus), all or nothing. Every claim is checked before
 * anything is written, and any problem refuses the whole document, listing every problem with its path. An
 * article already here is merged claim by claim (the higher version wins); when the document has another text
 * for it, that text first becomes the article's new revision and the claims here are re-anchored to it (which
 * counts as a change to each). Speakers are matched by id, then by name or alias, and never duplicated.
 * Importing the same document again changes nothing.
 *
 * Claim ownership holds as for an edit: a document that would change a claim here that someone else tagged
 * (its note, offsets, speaker, anything) is refused whole when an analyst imports it; an administrator (or the
 * CLI, `actor` null) may change anyone's. New claims, and re-anchoring to a new text (as a text edit does), are
 * anyone's to make.
 *
 * A dry run reports what would happen, problems and refused claims included, and writes nothing; a real import
 * with problems throws an `invalid` AppError whose details carry the issues and the report, and one that would
 * change others' claims a `forbidden` AppError whose details carry the refused claims and the report.
 */
export async function importDocument(db: Database, input: unknown, options: ImportOptions = {}): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const parsed = parseClaimlensDocument(input);
  if (!parsed.document) return refuse(emptyReport(dryRun, parsed.issues));
  const document = parsed.document;
  const documentIssues = checkDocument(document);

  const run = async (tx: Executor): Promise<ImportReport> => {
    const plan = await planImport(tx, document, options);
    const issues = [...documentIssues, ...plan.issues];
    // A real import learns what became of the claims when it changes the texts; the others say what would.
    if (dryRun || issues.length > 0) await previewTextChanges(tx, plan, issues);
    const report = reportOf(plan, dryRun, issues);
    if (!report.ok) return refuse(report);
    if (dryRun || !report.changed) return report;
    await applyPlan(tx, plan, options);
    return reportOf(plan, dryRun, issues);
  };
  return dryRun ? run(db) : asActor(db, options.actor ?? null, "import", run);

  function refuse(report: ImportReport): ImportReport {
    if (dryRun) return report;
    if (report.issues.length === 0 && report.refused.length > 0) throw forbidden(describeReport(report), { refused: report.refused, report });
    throw new AppError("invalid", describeReport(report), { issues: report.issues, report });
  }
}

function reportOf(plan: ImportPlan, dryRun: boolean, issues: Issue[]): ImportReport {
  const report = emptyReport(dryRun, issues);
  report.refused = plan.refused;
  report.ok = issues.length === 0 && plan.refused.length === 0;
  report.speakers = plan.speakers.map((s) => s.report);
  report.articles = plan.articles.map((a) => a.report);
  const { summary } = report;
  for (const { report: a } of plan.articles) {
    summary.articles[a.outcome]++;
    summary.claims.created += a.claims.created;
    summary.claims.updated += a.claims.updated;
    summary.claims.unchanged += a.claims.unchanged;
    if (a.reanchored) for (const [outcome, n] of Object.entries(a.reanchored)) summary.reanchored[outcome as keyof typeof a.reanchored] += n;
  }
  for (const s of report.speakers) {
    summary.speakers[s.outcome]++;
    summary.speakers.aliasesAdded += s.aliasesAdded.length;
  }
  report.changed = report.ok && !dryRun && wouldWrite(summary);
  return report;
}

async function planImport(db: Executor, document: ImportDocument, options: ImportOptions): Promise<ImportPlan> {
  const issues: Issue[] = [];
  const totalClaims = document.articles.reduce((n, a) => n + a.claims.length, 0);
  options.onProgress?.({ phase: "checking", done: 0, total: totalClaims });
  const { plans: speakerPlans, target } = await planSpeakers(db, document);

  const existingArticles = new Map<string, { textSha256: string; revision: number }>();
  for (const ids of chunked(document.articles.map((a) => a.id), LOOKUP_CHUNK)) {
    const rows = await db.select({ id: articles.id, textSha256: articles.textSha256, revision: articles.revision }).from(articles).where(inArray(articles.id, ids));
    for (const row of rows) existingArticles.set(row.id, row);
  }
  const existingClaims = new Map<string, { articleId: string; version: number; claimSet: string; createdBy: { id: string; name: string } | null }>();
  const claimIds = document.articles.flatMap((a) => a.claims.map((c) => c.id));
  for (const ids of chunked(claimIds, LOOKUP_CHUNK)) {
    const rows = await db
      .select({ id: claims.id, articleId: claims.articleId, version: claims.version, claimSet: claims.claimSet, authorId: users.id, authorName: users.name })
      .from(claims)
      .leftJoin(users, eq(users.id, claims.createdBy))
      .where(inArray(claims.id, ids));
    for (const { authorId, authorName, ...row } of rows) {
      existingClaims.set(row.id, { ...row, createdBy: authorId !== null && authorName !== null ? { id: authorId, name: authorName } : null });
    }
  }
  const refused: RefusedClaim[] = [];
  // Submitted work is frozen (db/assignments/frozen.ts): the system (the CLI) alone is not held.
  const submitted = options.actor ? await submittedAssignees(db, [...existingArticles.keys()]) : new Map<string, Map<string, string>>();

  let checked = 0;
  const articlePlans: ArticlePlan[] = document.articles.map((article) => {
    const existing = existingArticles.get(article.id);
    const revised = existing !== undefined && existing.textSha256 !== article.textSha256;
    const report: ArticleReport = {
      path: article.path,
      id: article.id,
      title: article.title,
      outcome: revised ? "revised" : existing ? "unchanged" : "created",
      claims: { created: 0, updated: 0, unchanged: 0 },
      ...(revised ? { reanchored: noReanchoring() } : {}),
    };
    const claimPlans: ClaimPlan[] = article.claims.map((claim) => {
      const current = existingClaims.get(claim.id);
      let action: ClaimPlan["action"] = "create";
      if (current && current.articleId !== article.id) {
        issues.push({ path: `${claim.path}.id`, message: `is already the id of a claim on another article (${current.articleId})` });
        action = "unchanged";
      } else if (current) {
        // Re-anchoring to the document's text is a change to every claim here: their versions go up by one first.
        const versionHere = current.version + (revised ? 1 : 0);
        action = claim.version > versionHere ? "update" : "unchanged";
        const refusal = action === "update" && options.actor ? claimChangeRefusal(options.actor, current.createdBy, "change") : null;
        const author = current.claimSet === "analyst" ? current.createdBy : null;
        const frozen = action === "update" && author && submitted.get(article.id)?.has(author.id) ? submittedMessage(author.id === options.actor?.userId ? null : author.name) : null;
        if (refusal ?? frozen) refused.push({ path: claim.path, id: claim.id, articleTitle: article.title, owner: current.createdBy, message: (refusal ?? frozen) as string });
      }
      if (action === "create" && options.actor && submitted.get(article.id)?.has(options.actor.userId)) {
        refused.push({ path: claim.path, id: claim.id, articleTitle: article.title, owner: null, message: submittedMessage(null) });
      }
      report.claims[action === "create" ? "created" : action === "update" ? "updated" : "unchanged"]++;
      return { claim, action };
    });
    if (existing && !revised && report.claims.created + report.claims.updated > 0) report.outcome = "merged";
    checked += article.claims.length;
    options.onProgress?.({ phase: "checking", done: checked, total: totalClaims });
    return { article, report, claims: claimPlans, revision: existing?.revision ?? 1 };
  });
  return { speakers: speakerPlans, speakerTarget: target, articles: articlePlans, issues, refused };
}

/**
 * Fills in, for each article whose text the document changes, what would become of the claims here, computed
 * without writing. An article whose document text has a problem of its own is left at zero.
 */
async function previewTextChanges(db: Executor, plan: ImportPlan, issues: Issue[]): Promise<void> {
  for (const { article, report } of plan.articles) {
    if (report.outcome !== "revised") continue;
    if (issues.some((i) => i.path.startsWith(`${article.path}.text`))) continue;
    const counts = await previewArticleText(db, article.id, article.text);
    if (counts) report.reanchored = counts;
  }
}

async function applyPlan(tx: Executor, plan: ImportPlan, options: ImportOptions): Promise<void> {
  const created = plan.speakers.flatMap((s) => (s.create ? [s.create] : []));
  for (const chunk of chunked(created, INSERT_CHUNK)) {
    await tx.insert(speakers).values(chunk.map((s) => ({ id: s.id, name: s.name, kind: s.kind, description: s.description })));
  }
  const aliasRows = plan.speakers.flatMap((s) => {
    const labels = s.create ? s.create.aliases.filter((a) => a.toLowerCase() !== s.create?.name.toLowerCase()) : s.report.aliasesAdded;
    const unique = [...new Map(labels.map((a) => [a.toLowerCase(), a])).values()];
    return unique.map((alias) => ({ speakerId: s.targetId, alias }));
  });
  for (const chunk of chunked(aliasRows, INSERT_CHUNK)) await tx.insert(speakerAliases).values(chunk);

  const total = plan.articles.reduce((n, a) => n + a.claims.filter((c) => c.action !== "unchanged").length, 0);
  let done = 0;
  options.onProgress?.({ phase: "writing", done, total });
  // Rows are buffered across articles and written a few hundred per statement; articles always go first, so
  // that their claims' foreign keys hold.
  let articleRows: (NewArticle & { id: string; createdAt: Date })[] = [];
  let formattingRows: { articleId: string; ranges: FormattingRange[] }[] = [];
  let articleBytes = 0;
  let claimRows: NewClaim[] = [];
  const reviewLinks: { reviewedClaimId: string; sourceClaimId: string }[] = [];
  const drops: { sourceClaimId: string; droppedAt: Date }[] = [];
  const flushArticles = async () => {
    if (articleRows.length > 0) {
      await tx.insert(articles).values(articleRows);
      // Every article has its current text in article_revisions, an imported one too.
      await tx.insert(articleRevisions).values(articleRows.map(firstRevision));
      for (const { articleId, ranges } of formattingRows) await insertFormatting(tx, articleId, 1, ranges);
    }
    articleRows = [];
    formattingRows = [];
    articleBytes = 0;
  };
  const flushClaims = async () => {
    await flushArticles();
    if (claimRows.length > 0) await tx.insert(claims).values(claimRows);
    done += claimRows.length;
    claimRows = [];
    options.onProgress?.({ phase: "writing", done, total });
  };
  const importedAt = new Date();
  for (const { article, report, claims: claimPlans, revision: revisionHere } of plan.articles) {
    let revision = revisionHere;
    if (report.outcome === "created") {
      articleRows.push({
        id: article.id,
        title: article.title,
        text: article.text,
        textSha256: article.textSha256,
        sourceUrl: article.sourceUrl,
        publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
        createdAt: article.createdAt ? new Date(article.createdAt) : importedAt,
        ...(article.updatedAt ? { updatedAt: new Date(article.updatedAt) } : {}),
      });
      if (article.formatting && article.formatting.length > 0) formattingRows.push({ articleId: article.id, ranges: article.formatting });
      articleBytes += article.text.length;
      if (articleRows.length >= 100 || articleBytes >= ARTICLE_TEXT_PER_INSERT) await flushArticles();
    } else if (report.outcome === "revised") {
      // Before the document's claims are merged: their offsets refer to the document's text.
      const reanchoring = await replaceArticleText(tx, article.id, { text: article.text, action: "import", actor: options.actor ?? null, formatting: article.formatting });
      report.reanchored = reanchoring.counts;
      revision = reanchoring.revision;
    }
    const row = (claim: ImportClaim) => ({
      articleId: article.id,
      ...anchorOf(article.text, claim),
      // Revision numbers are local to an installation: a claim belongs to the article's text here.
      revision,
      kind: claim.kind,
      speakerId: claim.speaker ? (plan.speakerTarget.get(claim.speaker.id) ?? null) : null,
      cue: claim.cue,
      confidence: claim.confidence,
      note: claim.note,
      version: claim.version,
      createdAt: new Date(claim.createdAt),
      updatedAt: new Date(claim.updatedAt),
      // A reviewed claim stays reviewed; who reviewed it is informative only, as its author is.
      claimSet: claim.set,
      reviewedBy: null,
      reviewedAt: claim.review ? new Date(claim.review.at) : null,
    });
    const changing = new Set(claimPlans.filter((c) => c.action !== "unchanged").map((c) => c.claim.id));
    for (const drop of article.reviewDrops) if (changing.has(drop.claimId)) drops.push({ sourceClaimId: drop.claimId, droppedAt: new Date(drop.at) });
    for (const { claim, action } of claimPlans) {
      if (claim.review && action !== "unchanged") for (const source of claim.review.sources) reviewLinks.push({ reviewedClaimId: claim.id, sourceClaimId: source });
      if (action === "create") {
        claimRows.push({ id: claim.id, ...row(claim) });
        if (claimRows.length >= INSERT_CHUNK) await flushClaims();
      } else if (action === "update") {
        const { createdAt: _created, ...fields } = row(claim);
        // The version guard keeps a change saved meanwhile by someone else from being overwritten by an older one.
        await tx.update(claims).set(fields).where(and(eq(claims.id, claim.id), lt(claims.version, claim.version)));
        done++;
      }
    }
  }
  await flushClaims();
  await linkReviewSources(tx, reviewLinks);
  await insertReviewDrops(tx, drops);
  // After the document's claims are in: a suggestion on the words of one of them is not proposed.
  const createdIds = plan.articles.filter((a) => a.report.outcome === "created").map((a) => a.article.id);
  await suggestOnArrival(tx, createdIds, options.actor ?? null, options.suggest);
}

/** The links from reviewed claims to the analysts' claims they came from, where those are here as analyst claims. */
async function linkReviewSources(tx: Executor, links: { reviewedClaimId: string; sourceClaimId: string }[]): Promise<void> {
  for (const chunk of chunked(links, INSERT_CHUNK)) {
    const present = new Set(
      (
        await tx
          .select({ id: claims.id })
          .from(claims)
          .where(and(inArray(claims.id, chunk.map((l) => l.sourceClaimId)), eq(claims.claimSet, "analyst")))
      ).map((r) => r.id),
    );
    const rows = chunk.filter((l) => present.has(l.sourceClaimId));
    if (rows.length > 0) await tx.insert(claimReviewSources).values(rows).onConflictDoNothing();
  }
}

/**
 * The document's dropped disagreements, for the analysts' claims it brings or changes: a claim here that a reviewed
 * claim keeps or merges, or that is dropped already, keeps the decision made here. Who dropped is informative only,
 * as a reviewed claim's reviewer is.
 */
async function insertReviewDrops(tx: Executor, drops: { sourceClaimId: string; droppedAt: Date }[]): Promise<void> {
  for (const chunk of chunked(drops, INSERT_CHUNK)) {
    const decided = tx.select({ id: claimReviewSources.sourceClaimId }).from(claimReviewSources).where(eq(claimReviewSources.sourceClaimId, claims.id));
    const open = new Set(
      (
        await tx
          .select({ id: claims.id })
          .from(claims)
          .where(and(inArray(claims.id, chunk.map((d) => d.sourceClaimId)), eq(claims.claimSet, "analyst"), notExists(decided)))
      ).map((r) => r.id),
    );
    const rows = chunk.filter((d) => open.has(d.sourceClaimId)).map((d) => ({ ...d, droppedBy: null }));
    if (rows.length > 0) await tx.insert(reviewDrops).values(rows).onConflictDoNothing();
  }
}

/**
 * Where a claim of the document points: an anchored claim's quote and context are taken from the text (the
 * stored text is the authority, whatever the document says); an orphan keeps the ones it had in its old text.
 */
function anchorOf(text: string, claim: ImportClaim): Pick<NewClaim, "start" | "end" | "quote" | "prefix" | "suffix" | "status" | "fuzzyScore" | "fuzzyOldQuote"> {
  if (claim.start === null || claim.end === null) {
    return { start: null, end: null, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix, status: "orphaned", fuzzyScore: null, fuzzyOldQuote: null };
  }
  const span = { start: claim.start, end: claim.end };
  return { ...span, ...quoteWithContext(text, span), status: "anchored", fuzzyScore: claim.fuzzy?.score ?? null, fuzzyOldQuote: claim.fuzzy?.oldQuote ?? null };
}
