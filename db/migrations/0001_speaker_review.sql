ALTER TABLE "claims" ADD COLUMN "article_date" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "speakers" ADD COLUMN "claims_low" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "speakers" ADD COLUMN "claims_moderate" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "speakers" ADD COLUMN "claims_high" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "speakers" ADD COLUMN "latest_claim_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "claims_speaker_newest_idx" ON "claims" USING btree ("speaker_id","article_date" DESC NULLS LAST,"article_id" DESC NULLS LAST,"start","id");--> statement-breakpoint
CREATE INDEX "claims_speaker_oldest_idx" ON "claims" USING btree ("speaker_id","article_date","article_id","start","id");--> statement-breakpoint
CREATE INDEX "claims_speaker_confidence_idx" ON "claims" USING btree ("speaker_id","confidence" DESC NULLS LAST,"article_date" DESC NULLS LAST,"article_id" DESC NULLS LAST,"start","id");--> statement-breakpoint
CREATE INDEX "claims_speaker_cue_idx" ON "claims" USING btree ("speaker_id","cue","article_date" DESC NULLS LAST,"article_id" DESC NULLS LAST,"start","id");--> statement-breakpoint
CREATE INDEX "claims_quote_search_idx" ON "claims" USING gin (to_tsvector('simple', "quote"));--> statement-breakpoint
CREATE INDEX "speakers_claim_count_idx" ON "speakers" USING btree (("claims_low" + "claims_moderate" + "claims_high") desc,lower("name"),"id");--> statement-breakpoint
CREATE INDEX "speakers_latest_claim_idx" ON "speakers" USING btree (coalesce("latest_claim_at", '-infinity'::timestamptz) desc,lower("name"),"id");--> statement-breakpoint
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_claim_counts_valid" CHECK ("speakers"."claims_low" >= 0 and "speakers"."claims_moderate" >= 0 and "speakers"."claims_high" >= 0);