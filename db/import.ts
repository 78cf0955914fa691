import { and, eq, inArray, lt } from "drizzle-orm";
import { articles, claims, speakerAliases, speakers, type NewArticle, type NewClaim } from "./schema";
import type { Database, Executor } from "./client";
import { chunked, LOOKUP_CHUNK, planSpeakers, type SpeakerPlan } from "./import-speakers";
import { AppError, type Issue } from "../lib/errors";
import { quoteWithContext } from "../lib/claims/context";
import { parseClaimlensDocument, type ImportArticle, type ImportClaim, type ImportDocument } from "../lib/import/claimlens-input";
import { checkDocument } from "../lib/import/check-document";
import { describeReport, emptyReport, type ArticleReport, type ImportReport } from "../lib/import/import-report";

export interface ImportProgress {
  phase: "checking" | "writing";
  done: number;
  total: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
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
}

interface ImportPlan {
  speakers: SpeakerPlan[];
  /** Document speaker id → database speaker id. */
  speakerTarget: Map<string, string>;
  articles: ArticlePlan[];
  issues: Issue[];
}

/**
 * Imports a `claimlens/1` document (one article or a corpus), all or nothing. Every claim is checked before
 * anything is written, and any problem refuses the whole document, listing every problem with its path. An
 * article already here with the same text is merged claim by claim (the higher version wins); speakers are
 * matched by id, then by name or alias, and never duplicated. Importing the same document again changes nothing.
 *
 * A dry run reports what would happen, problems included, and writes nothing; a real import with problems
 * throws an `invalid` AppError whose details carry the issues and the report.
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
    const report = reportOf(plan, dryRun, issues);
    if (!report.ok) return refuse(report);
    if (dryRun || !report.changed) return report;
    await applyPlan(tx, plan, options);
    return report;
  };
  return dryRun ? run(db) : db.transaction(run);

  function refuse(report: ImportReport): ImportReport {
    if (dryRun) return report;
    throw new AppError("invalid", describeReport(report), { issues: report.issues, report });
  }
}

function reportOf(plan: ImportPlan, dryRun: boolean, issues: Issue[]): ImportReport {
  const report = emptyReport(dryRun, issues);
  report.speakers = plan.speakers.map((s) => s.report);
  report.articles = plan.articles.map((a) => a.report);
  const { summary } = report;
  for (const { report: a } of plan.articles) {
    summary.articles[a.outcome]++;
    summary.claims.created += a.claims.created;
    summary.claims.updated += a.claims.updated;
    summary.claims.unchanged += a.claims.unchanged;
  }
  for (const s of report.speakers) {
    summary.speakers[s.outcome]++;
    summary.speakers.aliasesAdded += s.aliasesAdded.length;
  }
  const wouldWrite =
    summary.articles.created + summary.claims.created + summary.claims.updated + summary.speakers.created + summary.speakers.aliasesAdded > 0;
  report.changed = report.ok && !dryRun && wouldWrite;
  return report;
}

async function planImport(db: Executor, document: ImportDocument, options: ImportOptions): Promise<ImportPlan> {
  const issues: Issue[] = [];
  const totalClaims = document.articles.reduce((n, a) => n + a.claims.length, 0);
  options.onProgress?.({ phase: "checking", done: 0, total: totalClaims });
  const { plans: speakerPlans, target } = await planSpeakers(db, document);

  const existingArticles = new Map<string, { title: string; textSha256: string }>();
  for (const ids of chunked(document.articles.map((a) => a.id), LOOKUP_CHUNK)) {
    const rows = await db.select({ id: articles.id, title: articles.title, textSha256: articles.textSha256 }).from(articles).where(inArray(articles.id, ids));
    for (const row of rows) existingArticles.set(row.id, row);
  }
  const existingClaims = new Map<string, { articleId: string; version: number }>();
  const claimIds = document.articles.flatMap((a) => a.claims.map((c) => c.id));
  for (const ids of chunked(claimIds, LOOKUP_CHUNK)) {
    const rows = await db.select({ id: claims.id, articleId: claims.articleId, version: claims.version }).from(claims).where(inArray(claims.id, ids));
    for (const row of rows) existingClaims.set(row.id, row);
  }

  let checked = 0;
  const articlePlans: ArticlePlan[] = document.articles.map((article) => {
    const existing = existingArticles.get(article.id);
    const report: ArticleReport = {
      path: article.path,
      id: article.id,
      title: article.title,
      outcome: existing ? "unchanged" : "created",
      claims: { created: 0, updated: 0, unchanged: 0 },
    };
    if (existing && existing.textSha256 !== article.textSha256) {
      report.outcome = "refused";
      report.reason = `An article with this id is already here with a different text (“${existing.title}”); moving its claims to a changed text is not supported yet.`;
      issues.push({ path: `${article.path}.text`, message: `differs from the text of the article already here with this id (“${existing.title}”); re-anchoring claims to a changed text is not supported yet` });
      return { article, report, claims: [] };
    }
    const claimPlans: ClaimPlan[] = article.claims.map((claim) => {
      const current = existingClaims.get(claim.id);
      let action: ClaimPlan["action"] = "create";
      if (current && current.articleId !== article.id) {
        issues.push({ path: `${claim.path}.id`, message: `is already the id of a claim on another article (${current.articleId})` });
        action = "unchanged";
      } else if (current) action = claim.version > current.version ? "update" : "unchanged";
      report.claims[action === "create" ? "created" : action === "update" ? "updated" : "unchanged"]++;
      return { claim, action };
    });
    if (existing && report.claims.created + report.claims.updated > 0) report.outcome = "merged";
    checked += article.claims.length;
    options.onProgress?.({ phase: "checking", done: checked, total: totalClaims });
    return { article, report, claims: claimPlans };
  });
  return { speakers: speakerPlans, speakerTarget: target, articles: articlePlans, issues };
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
  let articleRows: NewArticle[] = [];
  let articleBytes = 0;
  let claimRows: NewClaim[] = [];
  const flushArticles = async () => {
    if (articleRows.length > 0) await tx.insert(articles).values(articleRows);
    articleRows = [];
    articleBytes = 0;
  };
  const flushClaims = async () => {
    await flushArticles();
    if (claimRows.length > 0) await tx.insert(claims).values(claimRows);
    done += claimRows.length;
    claimRows = [];
    options.onProgress?.({ phase: "writing", done, total });
  };
  for (const { article, report, claims: claimPlans } of plan.articles) {
    if (report.outcome === "created") {
      articleRows.push({
        id: article.id,
        title: article.title,
        text: article.text,
        textSha256: article.textSha256,
        sourceUrl: article.sourceUrl,
        publishedAt: article.publishedAt ? new Date(article.publishedAt) : null,
        ...(article.createdAt ? { createdAt: new Date(article.createdAt) } : {}),
        ...(article.updatedAt ? { updatedAt: new Date(article.updatedAt) } : {}),
      });
      articleBytes += article.text.length;
      if (articleRows.length >= 100 || articleBytes >= ARTICLE_TEXT_PER_INSERT) await flushArticles();
    }
    const row = (claim: ImportClaim) => ({
      articleId: article.id,
      start: claim.start,
      end: claim.end,
      // The stored text is the authority for the context, whatever the document says.
      ...quoteWithContext(article.text, claim),
      kind: claim.kind,
      speakerId: claim.speaker ? (plan.speakerTarget.get(claim.speaker.id) ?? null) : null,
      cue: claim.cue,
      confidence: claim.confidence,
      note: claim.note,
      version: claim.version,
      createdAt: new Date(claim.createdAt),
      updatedAt: new Date(claim.updatedAt),
    });
    for (const { claim, action } of claimPlans) {
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
}
