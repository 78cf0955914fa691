CREATE TABLE "review_drops" (
	"source_claim_id" uuid PRIMARY KEY NOT NULL,
	"source_set" text DEFAULT 'analyst' NOT NULL,
	"dropped_by" text,
	"dropped_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "review_drops_source_set" CHECK ("review_drops"."source_set" = 'analyst')
);
--> statement-breakpoint
ALTER TABLE "review_drops" ADD CONSTRAINT "review_drops_dropped_by_users_id_fk" FOREIGN KEY ("dropped_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_drops" ADD CONSTRAINT "review_drops_source_fk" FOREIGN KEY ("source_claim_id","source_set") REFERENCES "public"."claims"("id","claim_set") ON DELETE cascade ON UPDATE no action;