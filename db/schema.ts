import { sql } from "drizzle-orm";
import { bigint, boolean, check, customType, date, foreignKey, index, integer, jsonb, pgEnum, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { CLAIM_KINDS, CLAIM_SETS, CLAIM_STATUSES, CONFIDENCE_LEVELS, SPEAKER_KINDS, type AssignmentStatus, type ClaimSet, type ClaimSnapshot, type ReanchorReport } from "../lib/model";
import { ROLES } from "../lib/auth/roles";
import { DIRECTNESS, SUGGESTION_STATUSES } from "../lib/suggestions/model";
import { FORMATTING_TYPES } from "../lib/extract/formatting";

export const claimKind = pgEnum("claim_kind", CLAIM_KINDS);
export const confidenceLevel = pgEnum("confidence_level", CONFIDENCE_LEVELS);
export const speakerKind = pgEnum("speaker_kind", SPEAKER_KINDS);
export const claimStatus = pgEnum("claim_status", CLAIM_STATUSES);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
};

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: "date", precision: 3 });

// Accounts (issue 6). The four tables better-auth needs (through its drizzle adapter, plural names), with the
// admin plugin's role and ban columns; Claimlens reads them with drizzle like any other table.
export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    emailVerified: boolean("email_verified").notNull().default(false),
    image: text("image"),
    role: text("role").notNull().default("viewer"),
    /** A disabled account (better-auth's admin plugin calls it banned): no sign-in, no session, no token. */
    banned: boolean("banned").notNull().default(false),
    banReason: text("ban_reason"),
    banExpires: tz("ban_expires"),
    /** An analyst granted the reviewer permission (issue 14): assigns articles and reviews disagreements. Admins always may. */
    reviewer: boolean("reviewer").notNull().default(false),
    createdAt: tz("created_at").notNull().defaultNow(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    check("users_role_valid", sql`${t.role} in (${sql.raw(ROLES.map((r) => `'${r}'`).join(", "))})`),
    check("users_name_present", sql`char_length(btrim(${t.name})) between 1 and 200`),
    index("users_created_idx").on(t.createdAt, t.id),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: tz("expires_at").notNull(),
    token: text("token").notNull().unique(),
    createdAt: tz("created_at").notNull().defaultNow(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    impersonatedBy: text("impersonated_by"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const accounts = pgTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: tz("access_token_expires_at"),
    refreshTokenExpiresAt: tz("refresh_token_expires_at"),
    scope: text("scope"),
    password: text("password"),
    createdAt: tz("created_at").notNull().defaultNow(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("accounts_user_idx").on(t.userId)],
);

export const verifications = pgTable(
  "verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: tz("expires_at").notNull(),
    createdAt: tz("created_at").notNull().defaultNow(),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [index("verifications_identifier_idx").on(t.identifier)],
);

/**
 * Personal API tokens for scripts (`Authorization: Bearer clk_…`). Only a SHA-256 of the token is stored: the
 * token is random (256 bits), so a fast hash is as safe as a slow one, and lookups stay one index probe.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The first characters of the token, so that its owner can tell tokens apart. */
    prefix: text("prefix").notNull(),
    createdAt: tz("created_at").notNull().defaultNow(),
    lastUsedAt: tz("last_used_at"),
    revokedAt: tz("revoked_at"),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_key").on(t.tokenHash),
    index("api_tokens_user_idx").on(t.userId, t.createdAt.desc()),
    check("api_tokens_name_present", sql`char_length(btrim(${t.name})) between 1 and 100`),
    check("api_tokens_hash_hex", sql`${t.tokenHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/**
 * Sign-in attempts, counted in the database so that every instance on one PostgreSQL sees the same counts: one
 * row per bucket (a client address, or an account's email), keyed by a SHA-256 of what it counts (no address or
 * email is stored as such). `attempts` counts the attempts of the window that started at `windowStartedAt`;
 * for an account, `failures` counts wrong passwords in a row and `lockedUntil` is the back-off they earned (see
 * lib/auth/sign-in-limit.ts).
 */
export const signInLimits = pgTable(
  "sign_in_limits",
  {
    key: text("key").primaryKey(),
    windowStartedAt: tz("window_started_at").notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    failures: integer("failures").notNull().default(0),
    lockedUntil: tz("locked_until"),
    updatedAt: tz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    check("sign_in_limits_key_hex", sql`${t.key} ~ '^[0-9a-f]{64}$'`),
    check("sign_in_limits_counts", sql`${t.attempts} >= 0 and ${t.failures} >= 0`),
    index("sign_in_limits_updated_idx").on(t.updatedAt),
  ],
);

/**
 * Invitations: an administrator invites a person by name, email and role, and hands over a one-time link; the
 * person chooses their own password when they open it, and only then is the account created. As with API tokens,
 * only a SHA-256 of the link's random token is stored. At most one invitation per email is pending at a time.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    role: text("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: tz("created_at").notNull().defaultNow(),
    expiresAt: tz("expires_at").notNull(),
    acceptedAt: tz("accepted_at"),
    /** The account the invitation became; it survives the account's deletion as a record, without the link. */
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    revokedAt: tz("revoked_at"),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    uniqueIndex("invitations_pending_email_key").on(sql`lower(${t.email})`).where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    index("invitations_created_idx").on(t.createdAt.desc(), t.id),
    check("invitations_role_valid", sql`${t.role} in (${sql.raw(ROLES.map((r) => `'${r}'`).join(", "))})`),
    check("invitations_name_present", sql`char_length(btrim(${t.name})) between 1 and 200`),
    check("invitations_email_present", sql`char_length(${t.email}) between 3 and 254 and position('@' in ${t.email}) > 1`),
    check("invitations_hash_hex", sql`${t.tokenHash} ~ '^[0-9a-f]{64}$'`),
    check("invitations_expiry_after_creation", sql`${t.expiresAt} > ${t.createdAt}`),
    check("invitations_accepted_or_revoked", sql`${t.acceptedAt} is null or ${t.revokedAt} is null`),
  ],
);

export const articles = pgTable(
  "articles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    text: text("text").notNull(),
    textSha256: text("text_sha256").notNull(),
    sourceUrl: text("source_url"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date", precision: 3 }),
    /** The number of the current text in article_revisions; each saved edit adds one. */
    revision: integer("revision").notNull().default(1),
    // What the page said about itself when it was imported from the web (issue 13); null for pasted text.
    /** The authors as the page names them: shown, never turned into speakers. */
    byline: text("byline"),
    siteName: text("site_name"),
    modifiedAt: timestamp("modified_at", { withTimezone: true, mode: "date", precision: 3 }),
    language: text("language"),
    canonicalUrl: text("canonical_url"),
    /** When the page was fetched (null: not fetched by Claimlens). */
    fetchedAt: timestamp("fetched_at", { withTimezone: true, mode: "date", precision: 3 }),
    ...timestamps,
  },
  (t) => [
    check("articles_byline_length", sql`char_length(${t.byline}) <= 300`),
    check("articles_site_name_length", sql`char_length(${t.siteName}) <= 300`),
    check("articles_language_tag", sql`${t.language} ~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$'`),
    check("articles_canonical_url_http", sql`${t.canonicalUrl} ~ '^https?://'`),
    check("articles_revision_positive", sql`${t.revision} >= 1`),
    // The library lists newest first with a (created_at, id) cursor.
    index("articles_created_idx").on(t.createdAt.desc(), t.id.desc()),
    index("articles_text_sha256_idx").on(t.textSha256),
    check("articles_title_present", sql`char_length(btrim(${t.title})) between 1 and 300`),
    check("articles_text_present", sql`char_length(${t.text}) > 0`),
    check("articles_text_sha256_hex", sql`${t.textSha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

export const speakers = pgTable(
  "speakers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: speakerKind("kind").notNull().default("person"),
    description: text("description"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
    // Kept by triggers on claims (migration 0002), so that the directory can sort thousands of speakers by
    // claim count or latest claim without counting millions of claims.
    claimsLow: integer("claims_low").notNull().default(0),
    claimsModerate: integer("claims_moderate").notNull().default(0),
    claimsHigh: integer("claims_high").notNull().default(0),
    /** The article date of the speaker's most recent claim. */
    latestClaimAt: timestamp("latest_claim_at", { withTimezone: true, mode: "date", precision: 3 }),
  },
  (t) => [
    uniqueIndex("speakers_name_lower_key").on(sql`lower(${t.name})`),
    check("speakers_name_present", sql`char_length(btrim(${t.name})) between 1 and 200`),
    check("speakers_claim_counts_valid", sql`${t.claimsLow} >= 0 and ${t.claimsModerate} >= 0 and ${t.claimsHigh} >= 0`),
    // The directory's sorts: most cited first, latest claim first (each then by name).
    index("speakers_claim_count_idx").on(sql`(${t.claimsLow} + ${t.claimsModerate} + ${t.claimsHigh}) desc`, sql`lower(${t.name})`, t.id),
    index("speakers_latest_claim_idx").on(sql`coalesce(${t.latestClaimAt}, '-infinity'::timestamptz) desc`, sql`lower(${t.name})`, t.id),
  ],
);

export const speakerAliases = pgTable(
  "speaker_aliases",
  {
    speakerId: uuid("speaker_id")
      .notNull()
      .references(() => speakers.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.speakerId, t.alias] }),
    uniqueIndex("speaker_aliases_alias_lower_key").on(sql`lower(${t.alias})`),
    check("speaker_aliases_alias_present", sql`char_length(btrim(${t.alias})) between 1 and 200`),
  ],
);

/**
 * Where each merged-away speaker went, written by the merge in its transaction (db/speaker-merge.ts), so that a
 * link or script holding the old id can be sent on (db/merged-speakers.ts). A speaker is deleted when merged
 * away, so they are merged away at most once. `into_id` has no foreign key: the speaker who stayed may be merged
 * away or deleted in turn, and the chain is followed from row to row. Merges made before migration 0008 have no
 * row and are not traced.
 */
export const speakerMerges = pgTable(
  "speaker_merges",
  {
    mergedId: uuid("merged_id").primaryKey(),
    intoId: uuid("into_id").notNull(),
    /** The merged-away speaker's name when they were merged, since the row holding it is gone. */
    name: text("name").notNull(),
    mergedBy: text("merged_by").references(() => users.id, { onDelete: "set null" }),
    mergedAt: tz("merged_at").notNull().defaultNow(),
  },
  (t) => [
    // Following a chain reads by merged_id; the index finds every speaker merged into one.
    index("speaker_merges_into_idx").on(t.intoId),
    check("speaker_merges_not_into_self", sql`${t.mergedId} <> ${t.intoId}`),
    check("speaker_merges_name_present", sql`char_length(btrim(${t.name})) between 1 and 200`),
  ],
);

/**
 * The speaker page's overview, kept by triggers on claims (migration 0009) so that it reads a few hundred rows
 * instead of every one of a speaker's claims: claims per day by confidence, per cue, and per article. A row is
 * deleted when its counts fall to zero, so the article count is the number of rows.
 */
export const speakerClaimDays = pgTable(
  "speaker_claim_days",
  {
    speakerId: uuid("speaker_id")
      .notNull()
      .references(() => speakers.id, { onDelete: "cascade" }),
    /** The claims' article date, as a UTC calendar day. */
    day: date("day", { mode: "string" }).notNull(),
    low: integer("low").notNull().default(0),
    moderate: integer("moderate").notNull().default(0),
    high: integer("high").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.speakerId, t.day] }),
    check("speaker_claim_days_counts_valid", sql`${t.low} >= 0 and ${t.moderate} >= 0 and ${t.high} >= 0`),
  ],
);

export const speakerClaimCues = pgTable(
  "speaker_claim_cues",
  {
    speakerId: uuid("speaker_id")
      .notNull()
      .references(() => speakers.id, { onDelete: "cascade" }),
    cue: text("cue").notNull(),
    claims: integer("claims").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.speakerId, t.cue] }),
    // The cue filter lists a speaker's most used cues first.
    index("speaker_claim_cues_most_used_idx").on(t.speakerId, t.claims.desc(), t.cue),
    check("speaker_claim_cues_count_valid", sql`${t.claims} > 0`),
  ],
);

export const speakerClaimArticles = pgTable(
  "speaker_claim_articles",
  {
    speakerId: uuid("speaker_id")
      .notNull()
      .references(() => speakers.id, { onDelete: "cascade" }),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    claims: integer("claims").notNull(),
  },
  (t) => [primaryKey({ columns: [t.speakerId, t.articleId] }), check("speaker_claim_articles_count_valid", sql`${t.claims} > 0`)],
);

export const claims = pgTable(
  "claims",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    // Offsets into the article's current text; both null while the claim is orphaned (its words were not found
    // again after an edit), so that no offsets ever point at other words.
    start: integer("start"),
    end: integer("end"),
    quote: text("quote").notNull(),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    kind: claimKind("kind").notNull(),
    // A speaker with claims cannot be deleted out from under them.
    speakerId: uuid("speaker_id").references(() => speakers.id, { onDelete: "restrict" }),
    cue: text("cue"),
    confidence: confidenceLevel("confidence").notNull(),
    note: text("note"),
    version: integer("version").notNull().default(1),
    status: claimStatus("status").notNull().default("anchored"),
    /** The article revision the offsets and quote belong to. */
    revision: integer("revision").notNull().default(1),
    // Set when re-anchoring placed the claim on words that only resemble its old quote (a typo fixed, a name
    // respelled): the match's score and the quote as it was, until an analyst confirms or moves the span.
    fuzzyScore: real("fuzzy_score"),
    fuzzyOldQuote: text("fuzzy_old_quote"),
    /**
     * Which claim set the claim belongs to: an analyst's own annotation, or the article's reviewed result
     * (issue 14), made by a reviewer from the analysts' claims (claim_review_sources says which).
     */
    claimSet: text("claim_set").$type<ClaimSet>().notNull().default("analyst"),
    reviewedBy: text("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: tz("reviewed_at"),
    // Who tagged the claim and who changed it last: stamped by a trigger from the transaction's actor
    // (migration 0004), so that every writer records them. Null for claims made before accounts existed.
    createdBy: text("created_by").references(() => users.id),
    updatedBy: text("updated_by").references(() => users.id),
    // The article's publication date, or its import date when it has none: copied onto each claim by a trigger
    // (migration 0002) so that a speaker's claims can be paged in article-date order straight off an index.
    articleDate: timestamp("article_date", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    // The workspace lists an article's claims in text order.
    index("claims_article_position_idx").on(t.articleId, t.start, t.end, t.id),
    // A speaker's claims, newest first (speaker review, speaker claim counts).
    index("claims_speaker_idx").on(t.speakerId, t.createdAt.desc(), t.id),
    // The speaker page: one index per order, so that each page is a range scan whatever the filters
    // (newest first, oldest first, by confidence, and by cue, which also counts a speaker's cues).
    index("claims_speaker_newest_idx").on(t.speakerId, t.articleDate.desc(), t.articleId.desc(), t.start, t.id),
    index("claims_speaker_oldest_idx").on(t.speakerId, t.articleDate, t.articleId, t.start, t.id),
    index("claims_speaker_confidence_idx").on(t.speakerId, t.confidence.desc(), t.articleDate.desc(), t.articleId.desc(), t.start, t.id),
    index("claims_speaker_cue_idx").on(t.speakerId, t.cue, t.articleDate.desc(), t.articleId.desc(), t.start, t.id),
    // Word search in quotes ("monitor" finds "closely monitor" and "monitoring").
    index("claims_quote_search_idx").using("gin", sql`to_tsvector('simple', ${t.quote})`),
    check(
      "claims_span_valid",
      sql`(${t.status} = 'anchored' and ${t.start} is not null and ${t.end} is not null and 0 <= ${t.start} and ${t.start} < ${t.end}) or (${t.status} = 'orphaned' and ${t.start} is null and ${t.end} is null)`,
    ),
    check("claims_revision_positive", sql`${t.revision} >= 1`),
    check(
      "claims_fuzzy_flag",
      sql`(${t.fuzzyScore} is null) = (${t.fuzzyOldQuote} is null) and (${t.fuzzyScore} is null or (${t.status} = 'anchored' and ${t.fuzzyScore} between 0 and 1))`,
    ),
    // The workspace's "my claims" and one-analyst filters.
    index("claims_article_author_idx").on(t.articleId, t.createdBy),
    // The library's orphan badge and the workspace's review list.
    index("claims_orphaned_idx").on(t.articleId).where(sql`${t.status} = 'orphaned'`),
    check(
      "claims_kind_speaker",
      sql`(${t.kind} = 'attributed' and ${t.speakerId} is not null) or (${t.kind} = 'reporter' and ${t.speakerId} is null)`,
    ),
    check("claims_quote_present", sql`char_length(${t.quote}) > 0`),
    check("claims_context_length", sql`char_length(${t.prefix}) <= 32 and char_length(${t.suffix}) <= 32`),
    check("claims_version_positive", sql`${t.version} >= 1`),
    check("claims_set_valid", sql`${t.claimSet} in (${sql.raw(CLAIM_SETS.map((v) => `'${v}'`).join(", "))})`),
    check(
      "claims_review_stamp",
      sql`(${t.claimSet} = 'analyst' and ${t.reviewedBy} is null and ${t.reviewedAt} is null) or (${t.claimSet} = 'reviewed' and ${t.reviewedAt} is not null)`,
    ),
    // The target of claim_review_sources' foreign keys, which name the set as well as the claim.
    uniqueIndex("claims_id_set_key").on(t.id, t.claimSet),
    index("claims_article_set_idx").on(t.articleId, t.claimSet),
  ],
);

/**
 * Independent annotation (issue 14): an article assigned to an analyst. While any assignment of an article is
 * open, each assignee sees only their own claims on it (db/assignments/visibility.ts); `done` when they are
 * finished, back to `open` when reopened.
 */
export const assignments = pgTable(
  "assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignedBy: text("assigned_by").references(() => users.id, { onDelete: "set null" }),
    status: text("status").$type<AssignmentStatus>().notNull().default("open"),
    createdAt: tz("created_at").notNull().defaultNow(),
    doneAt: tz("done_at"),
    reopenedAt: tz("reopened_at"),
  },
  (t) => [
    uniqueIndex("assignments_article_user_key").on(t.articleId, t.userId),
    index("assignments_user_idx").on(t.userId),
    // The visibility filter asks "which articles are blind?" on every claim read.
    index("assignments_open_idx").on(t.articleId).where(sql`${t.status} = 'open'`),
    check("assignments_status_valid", sql`${t.status} in ('open', 'done')`),
    check("assignments_done_stamp", sql`(${t.status} = 'done') = (${t.doneAt} is not null)`),
  ],
);

/**
 * Where a reviewed claim came from: the analysts' claims it keeps or merges. The foreign keys carry the claim
 * set, so a link always goes from a reviewed claim to analyst claims.
 */
export const claimReviewSources = pgTable(
  "claim_review_sources",
  {
    reviewedClaimId: uuid("reviewed_claim_id").notNull(),
    reviewedSet: text("reviewed_set").$type<"reviewed">().notNull().default("reviewed"),
    sourceClaimId: uuid("source_claim_id").notNull(),
    sourceSet: text("source_set").$type<"analyst">().notNull().default("analyst"),
  },
  (t) => [
    primaryKey({ columns: [t.reviewedClaimId, t.sourceClaimId] }),
    index("claim_review_sources_source_idx").on(t.sourceClaimId),
    check("claim_review_sources_reviewed_set", sql`${t.reviewedSet} = 'reviewed'`),
    check("claim_review_sources_source_set", sql`${t.sourceSet} = 'analyst'`),
    foreignKey({ name: "claim_review_sources_reviewed_fk", columns: [t.reviewedClaimId, t.reviewedSet], foreignColumns: [claims.id, claims.claimSet] }).onDelete("cascade"),
    // An analyst claim deleted after the review takes its link along; the reviewed claim stays.
    foreignKey({ name: "claim_review_sources_source_fk", columns: [t.sourceClaimId, t.sourceSet], foreignColumns: [claims.id, claims.claimSet] }).onDelete("cascade"),
  ],
);

/**
 * A disagreement a reviewer dropped: none of its analysts' claims belongs in the reviewed set. One row per
 * analyst claim of the disagreement, so that it counts as settled though it adds no reviewed claim; deciding
 * the disagreement again removes these rows.
 */
export const reviewDrops = pgTable(
  "review_drops",
  {
    sourceClaimId: uuid("source_claim_id").primaryKey(),
    sourceSet: text("source_set").$type<"analyst">().notNull().default("analyst"),
    droppedBy: text("dropped_by").references(() => users.id, { onDelete: "set null" }),
    droppedAt: tz("dropped_at").notNull(),
  },
  (t) => [
    check("review_drops_source_set", sql`${t.sourceSet} = 'analyst'`),
    // Only analysts' claims are dropped; one deleted later takes its drop along.
    foreignKey({ name: "review_drops_source_fk", columns: [t.sourceClaimId, t.sourceSet], foreignColumns: [claims.id, claims.claimSet] }).onDelete("cascade"),
  ],
);

/**
 * Every text an article has had, the current one included. A revision's `claims` hold the article's claims as
 * they were when the next revision replaced it (null while it is the current text), and `report` how the claims
 * came through the edit that created it (null for the first text).
 */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    text: text("text").notNull(),
    textSha256: text("text_sha256").notNull(),
    author: text("author"),
    /** What the revision did: "import", "edit", "replace", "restore 3". */
    action: text("action").notNull(),
    claims: jsonb("claims").$type<ClaimSnapshot[]>(),
    report: jsonb("report").$type<ReanchorReport>(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date", precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.revision] }),
    check("article_revisions_revision_positive", sql`${t.revision} >= 1`),
    check("article_revisions_text_present", sql`char_length(${t.text}) > 0`),
    check("article_revisions_text_sha256_hex", sql`${t.textSha256} ~ '^[0-9a-f]{64}$'`),
    check("article_revisions_action_present", sql`char_length(${t.action}) between 1 and 40`),
  ],
);

/**
 * Every change to a claim, a speaker or an article: who, when, what, and the row before and after. Written by
 * triggers (migration 0004) in the transaction of the change, so a failed write leaves no history and no writer
 * can skip it; another trigger refuses updates and deletes, so it only grows.
 */
export const history = pgTable(
  "history",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    /** The article a claim or article entry belongs to (kept after the article is deleted). */
    articleId: uuid("article_id"),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("history_entity_valid", sql`${t.entity} in ('claim', 'speaker', 'article')`),
    index("history_article_idx").on(t.articleId, t.id.desc()),
    index("history_entity_idx").on(t.entity, t.entityId, t.id.desc()),
    index("history_actor_idx").on(t.actorId, t.id.desc()),
  ],
);

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * Suggested claims (issue 12): what the attribution detector found in an article, kept until an analyst accepts
 * (an ordinary claim is created, `claim_id`) or rejects each. Decided suggestions stay, so that computing the
 * suggestions again never proposes what was decided. Anchored like claims: offsets into the current text plus
 * the quote and its context, re-anchored by a text revision in its transaction (db/articles/article-text.ts);
 * the speaker's mention and the cue have offsets of their own, carried along or dropped.
 */
export const suggestions = pgTable(
  "suggestions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: claimKind("kind").notNull(),
    start: integer("start"),
    end: integer("end"),
    quote: text("quote").notNull(),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    speakerName: text("speaker_name"),
    speakerKind: speakerKind("speaker_kind"),
    speakerDescription: text("speaker_description"),
    /** The directory speaker the detector matched by name or alias; accepting attributes the claim to them. */
    speakerId: uuid("speaker_id").references(() => speakers.id, { onDelete: "set null" }),
    mentionStart: integer("mention_start"),
    mentionEnd: integer("mention_end"),
    cue: text("cue"),
    cueStart: integer("cue_start"),
    cueEnd: integer("cue_end"),
    direct: text("direct"),
    status: text("status").notNull().default("pending"),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: tz("decided_at"),
    /** The claim accepting created; null once that claim is deleted. */
    claimId: uuid("claim_id").references(() => claims.id, { onDelete: "set null" }),
    /**
     * The claim whose deletion put this suggestion back in the queue (db/suggestions/claimed.ts): restoring that
     * claim accepts it again. No foreign key: the claim is gone while this is set.
     */
    releasedClaimId: uuid("released_claim_id"),
    /**
     * Whose queue this is: null for the article's shared queue; an assignee's own while the article is assigned
     * for independent annotation (issue 14), so that each assignee's decisions stay theirs until review
     * (db/assignments/visibility.ts, `suggestionQueueOf`).
     */
    ownerId: text("owner_id").references(() => users.id, { onDelete: "cascade" }),
    /** The article revision the offsets belong to. */
    revision: integer("revision").notNull().default(1),
    anchoring: claimStatus("anchoring").notNull().default("anchored"),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    // The workspace's queue and the API's list: an article's suggestions of one status, in text order.
    index("suggestions_article_status_idx").on(t.articleId, t.status, t.start, t.end, t.id),
    // Deleting a claim or a speaker sets these null: without an index each delete would scan every suggestion.
    index("suggestions_claim_idx").on(t.claimId).where(sql`${t.claimId} is not null`),
    index("suggestions_speaker_idx").on(t.speakerId).where(sql`${t.speakerId} is not null`),
    // Restoring a claim finds the suggestions its deletion released; deleting an account drops its queues.
    index("suggestions_released_idx").on(t.releasedClaimId).where(sql`${t.releasedClaimId} is not null`),
    index("suggestions_owner_idx").on(t.ownerId, t.articleId).where(sql`${t.ownerId} is not null`),
    check("suggestions_released_pending", sql`${t.releasedClaimId} is null or ${t.status} = 'pending'`),
    check("suggestions_status_valid", sql`${t.status} in (${inList(SUGGESTION_STATUSES)})`),
    check("suggestions_direct_valid", sql`${t.direct} is null or ${t.direct} in (${inList(DIRECTNESS)})`),
    check(
      "suggestions_span_valid",
      sql`(${t.anchoring} = 'anchored' and ${t.start} is not null and ${t.end} is not null and 0 <= ${t.start} and ${t.start} < ${t.end}) or (${t.anchoring} = 'orphaned' and ${t.start} is null and ${t.end} is null)`,
    ),
    // Only decided suggestions are kept without words: a pending one that loses them is dropped.
    check("suggestions_orphans_decided", sql`${t.anchoring} = 'anchored' or ${t.status} <> 'pending'`),
    check(
      "suggestions_mention_valid",
      sql`(${t.mentionStart} is null and ${t.mentionEnd} is null) or (0 <= ${t.mentionStart} and ${t.mentionStart} < ${t.mentionEnd})`,
    ),
    check("suggestions_cue_span_valid", sql`(${t.cueStart} is null and ${t.cueEnd} is null) or (0 <= ${t.cueStart} and ${t.cueStart} < ${t.cueEnd})`),
    check(
      "suggestions_kind_speaker",
      sql`${t.kind} = 'attributed' or (${t.speakerName} is null and ${t.speakerId} is null and ${t.speakerKind} is null)`,
    ),
    check("suggestions_speaker_complete", sql`(${t.speakerName} is null) = (${t.speakerKind} is null)`),
    check("suggestions_speaker_name_present", sql`${t.speakerName} is null or char_length(btrim(${t.speakerName})) between 1 and 200`),
    check("suggestions_speaker_description_length", sql`char_length(${t.speakerDescription}) <= 500`),
    check("suggestions_cue_length", sql`char_length(${t.cue}) between 1 and 100`),
    check("suggestions_decided", sql`(${t.status} = 'pending') = (${t.decidedAt} is null)`),
    check("suggestions_claim_accepted", sql`${t.claimId} is null or ${t.status} = 'accepted'`),
    check("suggestions_quote_present", sql`char_length(${t.quote}) > 0`),
    check("suggestions_context_length", sql`char_length(${t.prefix}) <= 32 and char_length(${t.suffix}) <= 32`),
    check("suggestions_revision_positive", sql`${t.revision} >= 1`),
  ],
);

/** Each person's preferences (Settings); a person without a row has the defaults (lib/suggestions/model). */
export const userSettings = pgTable("user_settings", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Compute suggested claims after this person imports an article. */
  suggestAfterImport: boolean("suggest_after_import").notNull().default(true),
  /** The confidence Enter gives an accepted suggestion. */
  defaultConfidence: confidenceLevel("default_confidence").notNull().default("moderate"),
  updatedAt: tz("updated_at").notNull().defaultNow(),
});
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  // postgres.js answers a Buffer, PGlite a Uint8Array.
  fromDriver: (value) => Buffer.from(value),
});

/**
 * An article's structure as stand-off ranges over one revision's text (issue 13): headings, lists, quotes,
 * emphasis, links. Each revision has its own rows, so an older text keeps the formatting it had.
 */
export const articleFormatting = pgTable(
  "article_formatting",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    type: text("type").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    href: text("href"),
    level: integer("level"),
  },
  (t) => [
    index("article_formatting_revision_idx").on(t.articleId, t.revision, t.start),
    check("article_formatting_range", sql`${t.start} >= 0 and ${t.start} < ${t.end}`),
    check("article_formatting_type_valid", sql`${t.type} in (${sql.raw(FORMATTING_TYPES.map((f) => `'${f}'`).join(", "))})`),
    check("article_formatting_href", sql`(${t.type} = 'link') = (${t.href} is not null) and (${t.href} is null or ${t.href} ~ '^https?://')`),
    check("article_formatting_level", sql`(${t.type} = 'heading') = (${t.level} is not null) and (${t.level} is null or ${t.level} between 1 and 6)`),
  ],
);

/**
 * The original HTML of a page fetched or uploaded for import, gzip-compressed, so that the extraction can be
 * redone later. Kept until `expires_at` while only a preview refers to it; an article imported from it keeps it
 * (`article_id` set, no expiry) for as long as the article lives.
 */
export const pageSnapshots = pgTable(
  "page_snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    url: text("url"),
    html: bytea("html").notNull(),
    fetchedAt: tz("fetched_at").notNull().defaultNow(),
    expiresAt: tz("expires_at"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    articleId: uuid("article_id").references(() => articles.id, { onDelete: "cascade" }),
  },
  (t) => [
    index("page_snapshots_expires_idx").on(t.expiresAt),
    check("page_snapshots_kept_or_expiring", sql`(${t.articleId} is null) = (${t.expiresAt} is not null)`),
    check("page_snapshots_url_http", sql`${t.url} ~ '^https?://'`),
  ],
);

/** Each preview of a web import, per person, for the rate limit (several servers may share one database). */
export const importAttempts = pgTable(
  "import_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    at: tz("at").notNull().defaultNow(),
  },
  (t) => [index("import_attempts_user_idx").on(t.userId, t.at)],
);

/** Small facts about this installation, such as whether the sample article was imported. */
export const appMeta = pgTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Speaker = typeof speakers.$inferSelect;
export type SpeakerAlias = typeof speakerAliases.$inferSelect;
export type SpeakerMerge = typeof speakerMerges.$inferSelect;
export type Claim = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;
export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type ArticleFormattingRow = typeof articleFormatting.$inferSelect;
export type PageSnapshot = typeof pageSnapshots.$inferSelect;
export type User = typeof users.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type HistoryRow = typeof history.$inferSelect;
export type Assignment = typeof assignments.$inferSelect;
export type ReviewDrop = typeof reviewDrops.$inferSelect;
export type Suggestion = typeof suggestions.$inferSelect;
export type NewSuggestion = typeof suggestions.$inferInsert;
