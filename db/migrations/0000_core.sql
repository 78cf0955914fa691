CREATE TYPE "public"."claim_kind" AS ENUM('attributed', 'reporter');--> statement-breakpoint
CREATE TYPE "public"."confidence_level" AS ENUM('low', 'moderate', 'high');--> statement-breakpoint
CREATE TYPE "public"."speaker_kind" AS ENUM('person', 'organization', 'unnamed_source');--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"text_sha256" text NOT NULL,
	"source_url" text,
	"published_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_title_present" CHECK (char_length(btrim("articles"."title")) between 1 and 300),
	CONSTRAINT "articles_text_present" CHECK (char_length("articles"."text") > 0),
	CONSTRAINT "articles_text_sha256_hex" CHECK ("articles"."text_sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"quote" text NOT NULL,
	"prefix" text DEFAULT '' NOT NULL,
	"suffix" text DEFAULT '' NOT NULL,
	"kind" "claim_kind" NOT NULL,
	"speaker_id" uuid,
	"cue" text,
	"confidence" "confidence_level" NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claims_span_valid" CHECK (0 <= "claims"."start" and "claims"."start" < "claims"."end"),
	CONSTRAINT "claims_kind_speaker" CHECK (("claims"."kind" = 'attributed' and "claims"."speaker_id" is not null) or ("claims"."kind" = 'reporter' and "claims"."speaker_id" is null)),
	CONSTRAINT "claims_quote_present" CHECK (char_length("claims"."quote") > 0),
	CONSTRAINT "claims_context_length" CHECK (char_length("claims"."prefix") <= 32 and char_length("claims"."suffix") <= 32),
	CONSTRAINT "claims_version_positive" CHECK ("claims"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "speaker_aliases" (
	"speaker_id" uuid NOT NULL,
	"alias" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "speaker_aliases_speaker_id_alias_pk" PRIMARY KEY("speaker_id","alias"),
	CONSTRAINT "speaker_aliases_alias_present" CHECK (char_length(btrim("speaker_aliases"."alias")) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "speakers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "speaker_kind" DEFAULT 'person' NOT NULL,
	"description" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "speakers_name_present" CHECK (char_length(btrim("speakers"."name")) between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_aliases" ADD CONSTRAINT "speaker_aliases_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_created_idx" ON "articles" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_text_sha256_idx" ON "articles" USING btree ("text_sha256");--> statement-breakpoint
CREATE INDEX "claims_article_position_idx" ON "claims" USING btree ("article_id","start","end","id");--> statement-breakpoint
CREATE INDEX "claims_speaker_idx" ON "claims" USING btree ("speaker_id","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "speaker_aliases_alias_lower_key" ON "speaker_aliases" USING btree (lower("alias"));--> statement-breakpoint
CREATE UNIQUE INDEX "speakers_name_lower_key" ON "speakers" USING btree (lower("name"));