CREATE TABLE "speaker_merges" (
	"merged_id" uuid PRIMARY KEY NOT NULL,
	"into_id" uuid NOT NULL,
	"name" text NOT NULL,
	"merged_by" text,
	"merged_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "speaker_merges_not_into_self" CHECK ("speaker_merges"."merged_id" <> "speaker_merges"."into_id"),
	CONSTRAINT "speaker_merges_name_present" CHECK (char_length(btrim("speaker_merges"."name")) between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "speaker_merges" ADD CONSTRAINT "speaker_merges_merged_by_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "speaker_merges_into_idx" ON "speaker_merges" USING btree ("into_id");