CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"assigned_by" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp (3) with time zone,
	"reopened_at" timestamp (3) with time zone,
	CONSTRAINT "assignments_status_valid" CHECK ("assignments"."status" in ('open', 'done')),
	CONSTRAINT "assignments_done_stamp" CHECK (("assignments"."status" = 'done') = ("assignments"."done_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "claim_review_sources" (
	"reviewed_claim_id" uuid NOT NULL,
	"reviewed_set" text DEFAULT 'reviewed' NOT NULL,
	"source_claim_id" uuid NOT NULL,
	"source_set" text DEFAULT 'analyst' NOT NULL,
	CONSTRAINT "claim_review_sources_reviewed_claim_id_source_claim_id_pk" PRIMARY KEY("reviewed_claim_id","source_claim_id"),
	CONSTRAINT "claim_review_sources_reviewed_set" CHECK ("claim_review_sources"."reviewed_set" = 'reviewed'),
	CONSTRAINT "claim_review_sources_source_set" CHECK ("claim_review_sources"."source_set" = 'analyst')
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "claim_set" text DEFAULT 'analyst' NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "reviewed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "reviewer" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- The composite foreign keys below need this unique index first.
CREATE UNIQUE INDEX "claims_id_set_key" ON "claims" USING btree ("id","claim_set");--> statement-breakpoint
ALTER TABLE "claim_review_sources" ADD CONSTRAINT "claim_review_sources_reviewed_fk" FOREIGN KEY ("reviewed_claim_id","reviewed_set") REFERENCES "public"."claims"("id","claim_set") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_review_sources" ADD CONSTRAINT "claim_review_sources_source_fk" FOREIGN KEY ("source_claim_id","source_set") REFERENCES "public"."claims"("id","claim_set") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_article_user_key" ON "assignments" USING btree ("article_id","user_id");--> statement-breakpoint
CREATE INDEX "assignments_user_idx" ON "assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "assignments_open_idx" ON "assignments" USING btree ("article_id") WHERE "assignments"."status" = 'open';--> statement-breakpoint
CREATE INDEX "claim_review_sources_source_idx" ON "claim_review_sources" USING btree ("source_claim_id");--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_article_set_idx" ON "claims" USING btree ("article_id","claim_set");--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_set_valid" CHECK ("claims"."claim_set" in ('analyst', 'reviewed'));--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_review_stamp" CHECK (("claims"."claim_set" = 'analyst' and "claims"."reviewed_by" is null and "claims"."reviewed_at" is null) or ("claims"."claim_set" = 'reviewed' and "claims"."reviewed_at" is not null));