ALTER TABLE "suggestions" ADD COLUMN "released_claim_id" uuid;--> statement-breakpoint
ALTER TABLE "suggestions" ADD COLUMN "owner_id" text;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "suggestions_released_idx" ON "suggestions" USING btree ("released_claim_id") WHERE "suggestions"."released_claim_id" is not null;--> statement-breakpoint
CREATE INDEX "suggestions_owner_idx" ON "suggestions" USING btree ("owner_id","article_id") WHERE "suggestions"."owner_id" is not null;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_released_pending" CHECK ("suggestions"."released_claim_id" is null or "suggestions"."status" = 'pending');