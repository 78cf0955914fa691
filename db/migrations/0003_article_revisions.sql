CREATE TYPE "public"."claim_status" AS ENUM('anchored', 'orphaned');--> statement-breakpoint
CREATE TABLE "article_revisions" (
	"article_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"text" text NOT NULL,
	"text_sha256" text NOT NULL,
	"author" text,
	"action" text NOT NULL,
	"claims" jsonb,
	"report" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_revisions_article_id_revision_pk" PRIMARY KEY("article_id","revision"),
	CONSTRAINT "article_revisions_revision_positive" CHECK ("article_revisions"."revision" >= 1),
	CONSTRAINT "article_revisions_text_present" CHECK (char_length("article_revisions"."text") > 0),
	CONSTRAINT "article_revisions_text_sha256_hex" CHECK ("article_revisions"."text_sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "article_revisions_action_present" CHECK (char_length("article_revisions"."action") between 1 and 40)
);
--> statement-breakpoint
ALTER TABLE "claims" DROP CONSTRAINT "claims_span_valid";--> statement-breakpoint
ALTER TABLE "claims" ALTER COLUMN "start" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ALTER COLUMN "end" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "status" "claim_status" DEFAULT 'anchored' NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "fuzzy_score" real;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "fuzzy_old_quote" text;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_orphaned_idx" ON "claims" USING btree ("article_id") WHERE "claims"."status" = 'orphaned';--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_revision_positive" CHECK ("articles"."revision" >= 1);--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_revision_positive" CHECK ("claims"."revision" >= 1);--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_fuzzy_flag" CHECK (("claims"."fuzzy_score" is null) = ("claims"."fuzzy_old_quote" is null) and ("claims"."fuzzy_score" is null or ("claims"."status" = 'anchored' and "claims"."fuzzy_score" between 0 and 1)));--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_span_valid" CHECK (("claims"."status" = 'anchored' and "claims"."start" is not null and "claims"."end" is not null and 0 <= "claims"."start" and "claims"."start" < "claims"."end") or ("claims"."status" = 'orphaned' and "claims"."start" is null and "claims"."end" is null));--> statement-breakpoint
-- Every article already here gets its text as revision 1, so that every article has its current text in
-- article_revisions from now on.
INSERT INTO "article_revisions" ("article_id", "revision", "text", "text_sha256", "action", "created_at")
SELECT "id", 1, "text", "text_sha256", 'import', "created_at" FROM "articles";
