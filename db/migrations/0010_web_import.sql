CREATE TABLE "article_formatting" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "article_formatting_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"type" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"href" text,
	"level" integer,
	CONSTRAINT "article_formatting_range" CHECK ("article_formatting"."start" >= 0 and "article_formatting"."start" < "article_formatting"."end"),
	CONSTRAINT "article_formatting_type_valid" CHECK ("article_formatting"."type" in ('heading', 'paragraph', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'codeBlock', 'bold', 'italic', 'strike', 'code', 'link')),
	CONSTRAINT "article_formatting_href" CHECK (("article_formatting"."type" = 'link') = ("article_formatting"."href" is not null) and ("article_formatting"."href" is null or "article_formatting"."href" ~ '^https?://')),
	CONSTRAINT "article_formatting_level" CHECK (("article_formatting"."type" = 'heading') = ("article_formatting"."level" is not null) and ("article_formatting"."level" is null or "article_formatting"."level" between 1 and 6))
);
--> statement-breakpoint
CREATE TABLE "import_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "page_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text,
	"html" "bytea" NOT NULL,
	"fetched_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone,
	"created_by" text,
	"article_id" uuid,
	CONSTRAINT "page_snapshots_kept_or_expiring" CHECK (("page_snapshots"."article_id" is null) = ("page_snapshots"."expires_at" is not null)),
	CONSTRAINT "page_snapshots_url_http" CHECK ("page_snapshots"."url" ~ '^https?://')
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "byline" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "site_name" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "modified_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "canonical_url" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "fetched_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "article_formatting" ADD CONSTRAINT "article_formatting_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_attempts" ADD CONSTRAINT "import_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_snapshots" ADD CONSTRAINT "page_snapshots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_snapshots" ADD CONSTRAINT "page_snapshots_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_formatting_revision_idx" ON "article_formatting" USING btree ("article_id","revision","start");--> statement-breakpoint
CREATE INDEX "import_attempts_user_idx" ON "import_attempts" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "page_snapshots_expires_idx" ON "page_snapshots" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_byline_length" CHECK (char_length("articles"."byline") <= 300);--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_site_name_length" CHECK (char_length("articles"."site_name") <= 300);--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_language_tag" CHECK ("articles"."language" ~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$');--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_canonical_url_http" CHECK ("articles"."canonical_url" ~ '^https?://');