CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp (3) with time zone,
	"refresh_token_expires_at" timestamp (3) with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "api_tokens_name_present" CHECK (char_length(btrim("api_tokens"."name")) between 1 and 100),
	CONSTRAINT "api_tokens_hash_hex" CHECK ("api_tokens"."token_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"article_id" uuid,
	"actor_id" text,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "history_entity_valid" CHECK ("history"."entity" in ('claim', 'speaker', 'article'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	"impersonated_by" text,
	CONSTRAINT "sessions_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"role" text DEFAULT 'viewer' NOT NULL,
	"banned" boolean DEFAULT false NOT NULL,
	"ban_reason" text,
	"ban_expires" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_valid" CHECK ("users"."role" in ('admin', 'analyst', 'viewer')),
	CONSTRAINT "users_name_present" CHECK (char_length(btrim("users"."name")) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_key" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "history_article_idx" ON "history" USING btree ("article_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "history_entity_idx" ON "history" USING btree ("entity","entity_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "history_actor_idx" ON "history" USING btree ("actor_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_created_idx" ON "users" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "verifications_identifier_idx" ON "verifications" USING btree ("identifier");--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_article_author_idx" ON "claims" USING btree ("article_id","created_by");--> statement-breakpoint
-- The actor and action of the current transaction, set by db/actor.ts with set_config(..., true) before each
-- change; null for the system (the sample article, a CLI run without an account).
CREATE FUNCTION claimlens_actor() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('claimlens.actor', true), '')
$$;
--> statement-breakpoint
CREATE FUNCTION claimlens_action(fallback text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('claimlens.action', true), ''), fallback)
$$;
--> statement-breakpoint
-- Authorship: who tagged a claim and who changed it last, whoever writes the row.
CREATE FUNCTION claims_stamp_authors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.created_by := coalesce(NEW.created_by, claimlens_actor());
    NEW.updated_by := coalesce(claimlens_actor(), NEW.updated_by, NEW.created_by);
  ELSE
    NEW.updated_by := coalesce(claimlens_actor(), NEW.updated_by);
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER claims_authors BEFORE INSERT OR UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION claims_stamp_authors();
--> statement-breakpoint
CREATE FUNCTION claims_record_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO history (entity, entity_id, article_id, actor_id, action, before, after)
  VALUES (
    'claim',
    coalesce(NEW.id, OLD.id)::text,
    coalesce(NEW.article_id, OLD.article_id),
    claimlens_actor(),
    claimlens_action(CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END),
    CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END,
    CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END
  );
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER claims_history AFTER INSERT OR UPDATE OR DELETE ON claims FOR EACH ROW EXECUTE FUNCTION claims_record_history();
--> statement-breakpoint
-- Speakers: their own fields only (the claim counts the claim triggers keep are not a change anyone made).
CREATE FUNCTION speakers_record_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  counts text[] := ARRAY['claims_low', 'claims_moderate', 'claims_high', 'latest_claim_at'];
BEGIN
  INSERT INTO history (entity, entity_id, actor_id, action, before, after)
  VALUES (
    'speaker',
    coalesce(NEW.id, OLD.id)::text,
    claimlens_actor(),
    claimlens_action(CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END),
    CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) - counts END,
    CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) - counts END
  );
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER speakers_history_insert_delete AFTER INSERT OR DELETE ON speakers FOR EACH ROW EXECUTE FUNCTION speakers_record_history();
--> statement-breakpoint
CREATE TRIGGER speakers_history_update AFTER UPDATE OF name, kind, description ON speakers FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.description IS DISTINCT FROM NEW.description)
  EXECUTE FUNCTION speakers_record_history();
--> statement-breakpoint
CREATE FUNCTION speaker_aliases_record_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO history (entity, entity_id, actor_id, action, before, after)
  VALUES (
    'speaker',
    coalesce(NEW.speaker_id, OLD.speaker_id)::text,
    claimlens_actor(),
    CASE TG_OP WHEN 'INSERT' THEN 'alias-add' ELSE 'alias-remove' END,
    CASE WHEN TG_OP = 'DELETE' THEN jsonb_build_object('alias', OLD.alias) ELSE NULL END,
    CASE WHEN TG_OP = 'INSERT' THEN jsonb_build_object('alias', NEW.alias) ELSE NULL END
  );
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER speaker_aliases_history AFTER INSERT OR DELETE ON speaker_aliases FOR EACH ROW EXECUTE FUNCTION speaker_aliases_record_history();
--> statement-breakpoint
-- Articles: everything but the text, which article_revisions keeps.
CREATE FUNCTION articles_record_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO history (entity, entity_id, article_id, actor_id, action, before, after)
  VALUES (
    'article',
    coalesce(NEW.id, OLD.id)::text,
    coalesce(NEW.id, OLD.id),
    claimlens_actor(),
    CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'edit' ELSE 'delete' END,
    CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) - 'text' END,
    CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) - 'text' END
  );
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_history_insert_delete AFTER INSERT OR DELETE ON articles FOR EACH ROW EXECUTE FUNCTION articles_record_history();
--> statement-breakpoint
CREATE TRIGGER articles_history_update AFTER UPDATE OF title, text_sha256, source_url, published_at, revision ON articles FOR EACH ROW
  WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.text_sha256 IS DISTINCT FROM NEW.text_sha256
    OR OLD.source_url IS DISTINCT FROM NEW.source_url OR OLD.published_at IS DISTINCT FROM NEW.published_at)
  EXECUTE FUNCTION articles_record_history();
--> statement-breakpoint
-- History only grows: no row is ever changed or removed (TRUNCATE, for tests and a deliberate reset, is not refused).
CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'history is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history FOR EACH ROW EXECUTE FUNCTION history_append_only();
--> statement-breakpoint
-- The key that signs session cookies when BETTER_AUTH_SECRET is not set: made once, here, so that no request has
-- to store it (two random UUIDs: 244 random bits).
INSERT INTO "app_meta" ("key", "value")
VALUES ('auth_secret', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))
ON CONFLICT ("key") DO NOTHING;
