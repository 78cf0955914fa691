CREATE TABLE "suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"kind" "claim_kind" NOT NULL,
	"start" integer,
	"end" integer,
	"quote" text NOT NULL,
	"prefix" text DEFAULT '' NOT NULL,
	"suffix" text DEFAULT '' NOT NULL,
	"speaker_name" text,
	"speaker_kind" "speaker_kind",
	"speaker_description" text,
	"speaker_id" uuid,
	"mention_start" integer,
	"mention_end" integer,
	"cue" text,
	"cue_start" integer,
	"cue_end" integer,
	"direct" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp (3) with time zone,
	"claim_id" uuid,
	"revision" integer DEFAULT 1 NOT NULL,
	"anchoring" "claim_status" DEFAULT 'anchored' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suggestions_status_valid" CHECK ("suggestions"."status" in ('pending', 'accepted', 'rejected')),
	CONSTRAINT "suggestions_direct_valid" CHECK ("suggestions"."direct" is null or "suggestions"."direct" in ('direct', 'indirect', 'mixed')),
	CONSTRAINT "suggestions_span_valid" CHECK (("suggestions"."anchoring" = 'anchored' and "suggestions"."start" is not null and "suggestions"."end" is not null and 0 <= "suggestions"."start" and "suggestions"."start" < "suggestions"."end") or ("suggestions"."anchoring" = 'orphaned' and "suggestions"."start" is null and "suggestions"."end" is null)),
	CONSTRAINT "suggestions_orphans_decided" CHECK ("suggestions"."anchoring" = 'anchored' or "suggestions"."status" <> 'pending'),
	CONSTRAINT "suggestions_mention_valid" CHECK (("suggestions"."mention_start" is null and "suggestions"."mention_end" is null) or (0 <= "suggestions"."mention_start" and "suggestions"."mention_start" < "suggestions"."mention_end")),
	CONSTRAINT "suggestions_cue_span_valid" CHECK (("suggestions"."cue_start" is null and "suggestions"."cue_end" is null) or (0 <= "suggestions"."cue_start" and "suggestions"."cue_start" < "suggestions"."cue_end")),
	CONSTRAINT "suggestions_kind_speaker" CHECK ("suggestions"."kind" = 'attributed' or ("suggestions"."speaker_name" is null and "suggestions"."speaker_id" is null and "suggestions"."speaker_kind" is null)),
	CONSTRAINT "suggestions_speaker_complete" CHECK (("suggestions"."speaker_name" is null) = ("suggestions"."speaker_kind" is null)),
	CONSTRAINT "suggestions_speaker_name_present" CHECK ("suggestions"."speaker_name" is null or char_length(btrim("suggestions"."speaker_name")) between 1 and 200),
	CONSTRAINT "suggestions_speaker_description_length" CHECK (char_length("suggestions"."speaker_description") <= 500),
	CONSTRAINT "suggestions_cue_length" CHECK (char_length("suggestions"."cue") between 1 and 100),
	CONSTRAINT "suggestions_decided" CHECK (("suggestions"."status" = 'pending') = ("suggestions"."decided_at" is null)),
	CONSTRAINT "suggestions_claim_accepted" CHECK ("suggestions"."claim_id" is null or "suggestions"."status" = 'accepted'),
	CONSTRAINT "suggestions_quote_present" CHECK (char_length("suggestions"."quote") > 0),
	CONSTRAINT "suggestions_context_length" CHECK (char_length("suggestions"."prefix") <= 32 and char_length("suggestions"."suffix") <= 32),
	CONSTRAINT "suggestions_revision_positive" CHECK ("suggestions"."revision" >= 1)
);
--> statement-breakpoint
CREATE TABLE "user_settings" (
	"user_id" text PRIMARY KEY NOT NULL,
	"suggest_after_import" boolean DEFAULT true NOT NULL,
	"default_confidence" "confidence_level" DEFAULT 'moderate' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_settings" ADD CONSTRAINT "user_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "suggestions_article_status_idx" ON "suggestions" USING btree ("article_id","status","start","end","id");--> statement-breakpoint
CREATE INDEX "suggestions_claim_idx" ON "suggestions" USING btree ("claim_id") WHERE "suggestions"."claim_id" is not null;--> statement-breakpoint
CREATE INDEX "suggestions_speaker_idx" ON "suggestions" USING btree ("speaker_id") WHERE "suggestions"."speaker_id" is not null;