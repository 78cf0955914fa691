CREATE TABLE "sign_in_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sign_in_limits_key_hex" CHECK ("sign_in_limits"."key" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "sign_in_limits_counts" CHECK ("sign_in_limits"."attempts" >= 0 and "sign_in_limits"."failures" >= 0)
);
--> statement-breakpoint
CREATE INDEX "sign_in_limits_updated_idx" ON "sign_in_limits" USING btree ("updated_at");