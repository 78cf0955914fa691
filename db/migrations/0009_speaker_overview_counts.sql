CREATE TABLE "speaker_claim_articles" (
	"speaker_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"claims" integer NOT NULL,
	CONSTRAINT "speaker_claim_articles_speaker_id_article_id_pk" PRIMARY KEY("speaker_id","article_id"),
	CONSTRAINT "speaker_claim_articles_count_valid" CHECK ("speaker_claim_articles"."claims" > 0)
);
--> statement-breakpoint
CREATE TABLE "speaker_claim_cues" (
	"speaker_id" uuid NOT NULL,
	"cue" text NOT NULL,
	"claims" integer NOT NULL,
	CONSTRAINT "speaker_claim_cues_speaker_id_cue_pk" PRIMARY KEY("speaker_id","cue"),
	CONSTRAINT "speaker_claim_cues_count_valid" CHECK ("speaker_claim_cues"."claims" > 0)
);
--> statement-breakpoint
CREATE TABLE "speaker_claim_days" (
	"speaker_id" uuid NOT NULL,
	"day" date NOT NULL,
	"low" integer DEFAULT 0 NOT NULL,
	"moderate" integer DEFAULT 0 NOT NULL,
	"high" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "speaker_claim_days_speaker_id_day_pk" PRIMARY KEY("speaker_id","day"),
	CONSTRAINT "speaker_claim_days_counts_valid" CHECK ("speaker_claim_days"."low" >= 0 and "speaker_claim_days"."moderate" >= 0 and "speaker_claim_days"."high" >= 0)
);
--> statement-breakpoint
ALTER TABLE "speaker_claim_articles" ADD CONSTRAINT "speaker_claim_articles_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_claim_articles" ADD CONSTRAINT "speaker_claim_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_claim_cues" ADD CONSTRAINT "speaker_claim_cues_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_claim_days" ADD CONSTRAINT "speaker_claim_days_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "speaker_claim_cues_most_used_idx" ON "speaker_claim_cues" USING btree ("speaker_id","claims" DESC NULLS LAST,"cue");--> statement-breakpoint
-- The speaker page's overview (claims per day by confidence, per cue, per article), kept by statement-level
-- triggers on claims like the speakers' counters of migration 0002, so that every writer keeps it right and the
-- page reads a speaker's few hundred days instead of all of their claims.
--
-- Each trigger sums its transition table into deltas keyed by (speaker, article, day, confidence, cue) and hands
-- them to one function. Existing rows are updated first; only rows that do not exist yet are inserted, and only
-- from non-negative deltas: a delete cascading from an article or a speaker may already have removed the row it
-- would decrement. Rows whose counts reach zero are deleted, so the article count is the number of rows.
CREATE FUNCTION speaker_overview_apply(deltas jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH d AS (
    SELECT * FROM jsonb_to_recordset(deltas) AS x(speaker_id uuid, article_id uuid, day date, confidence confidence_level, cue text, n int)
  ), g AS (
    SELECT speaker_id, day,
           coalesce(sum(n) FILTER (WHERE confidence = 'low'), 0)::int AS low,
           coalesce(sum(n) FILTER (WHERE confidence = 'moderate'), 0)::int AS moderate,
           coalesce(sum(n) FILTER (WHERE confidence = 'high'), 0)::int AS high
    FROM d GROUP BY speaker_id, day
  ), u AS (
    UPDATE speaker_claim_days t SET low = t.low + g.low, moderate = t.moderate + g.moderate, high = t.high + g.high
    FROM g WHERE t.speaker_id = g.speaker_id AND t.day = g.day
    RETURNING t.speaker_id, t.day
  )
  INSERT INTO speaker_claim_days AS t (speaker_id, day, low, moderate, high)
  SELECT g.speaker_id, g.day, g.low, g.moderate, g.high FROM g
  WHERE g.low >= 0 AND g.moderate >= 0 AND g.high >= 0 AND g.low + g.moderate + g.high > 0
    AND NOT EXISTS (SELECT 1 FROM u WHERE u.speaker_id = g.speaker_id AND u.day = g.day)
  ORDER BY g.speaker_id, g.day
  ON CONFLICT (speaker_id, day) DO UPDATE
    SET low = t.low + excluded.low, moderate = t.moderate + excluded.moderate, high = t.high + excluded.high;

  DELETE FROM speaker_claim_days t
  USING (SELECT DISTINCT speaker_id, day FROM jsonb_to_recordset(deltas) AS x(speaker_id uuid, day date)) k
  WHERE t.speaker_id = k.speaker_id AND t.day = k.day AND t.low = 0 AND t.moderate = 0 AND t.high = 0;

  WITH g AS (
    SELECT speaker_id, cue, sum(n)::int AS n
    FROM jsonb_to_recordset(deltas) AS x(speaker_id uuid, cue text, n int)
    WHERE cue IS NOT NULL GROUP BY speaker_id, cue HAVING sum(n) <> 0
  ), u AS (
    UPDATE speaker_claim_cues t SET claims = t.claims + g.n
    FROM g WHERE t.speaker_id = g.speaker_id AND t.cue = g.cue AND t.claims + g.n > 0
    RETURNING t.speaker_id, t.cue
  ), gone AS (
    DELETE FROM speaker_claim_cues t USING g
    WHERE t.speaker_id = g.speaker_id AND t.cue = g.cue AND t.claims + g.n <= 0
    RETURNING t.speaker_id, t.cue
  )
  INSERT INTO speaker_claim_cues AS t (speaker_id, cue, claims)
  SELECT g.speaker_id, g.cue, g.n FROM g
  WHERE g.n > 0
    AND NOT EXISTS (SELECT 1 FROM u WHERE u.speaker_id = g.speaker_id AND u.cue = g.cue)
    AND NOT EXISTS (SELECT 1 FROM gone WHERE gone.speaker_id = g.speaker_id AND gone.cue = g.cue)
  ORDER BY g.speaker_id, g.cue
  ON CONFLICT (speaker_id, cue) DO UPDATE SET claims = t.claims + excluded.claims;

  WITH g AS (
    SELECT speaker_id, article_id, sum(n)::int AS n
    FROM jsonb_to_recordset(deltas) AS x(speaker_id uuid, article_id uuid, n int)
    GROUP BY speaker_id, article_id HAVING sum(n) <> 0
  ), u AS (
    UPDATE speaker_claim_articles t SET claims = t.claims + g.n
    FROM g WHERE t.speaker_id = g.speaker_id AND t.article_id = g.article_id AND t.claims + g.n > 0
    RETURNING t.speaker_id, t.article_id
  ), gone AS (
    DELETE FROM speaker_claim_articles t USING g
    WHERE t.speaker_id = g.speaker_id AND t.article_id = g.article_id AND t.claims + g.n <= 0
    RETURNING t.speaker_id, t.article_id
  )
  INSERT INTO speaker_claim_articles AS t (speaker_id, article_id, claims)
  SELECT g.speaker_id, g.article_id, g.n FROM g
  WHERE g.n > 0
    AND NOT EXISTS (SELECT 1 FROM u WHERE u.speaker_id = g.speaker_id AND u.article_id = g.article_id)
    AND NOT EXISTS (SELECT 1 FROM gone WHERE gone.speaker_id = g.speaker_id AND gone.article_id = g.article_id)
  ORDER BY g.speaker_id, g.article_id
  ON CONFLICT (speaker_id, article_id) DO UPDATE SET claims = t.claims + excluded.claims;
END
$$;
--> statement-breakpoint
CREATE FUNCTION speaker_overview_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM speaker_overview_apply(coalesce((
    SELECT jsonb_agg(d) FROM (
      SELECT speaker_id, article_id, (article_date AT TIME ZONE 'UTC')::date AS day, confidence, cue, count(*) AS n
      FROM new_claims WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5
    ) d), '[]'::jsonb));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION speaker_overview_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM speaker_overview_apply(coalesce((
    SELECT jsonb_agg(d) FROM (
      SELECT speaker_id, article_id, (article_date AT TIME ZONE 'UTC')::date AS day, confidence, cue, -count(*) AS n
      FROM old_claims WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5
    ) d), '[]'::jsonb));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION speaker_overview_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Most updates (an edited note, a re-anchoring save of thousands of claims) change none of the counted fields.
  PERFORM speaker_overview_apply(coalesce((
    SELECT jsonb_agg(d) FROM (
      SELECT speaker_id, article_id, day, confidence, cue, sum(n) AS n
      FROM (
        SELECT n.speaker_id, n.article_id, (n.article_date AT TIME ZONE 'UTC')::date AS day, n.confidence, n.cue, 1 AS n
        FROM new_claims n JOIN old_claims o ON o.id = n.id
        WHERE (o.speaker_id, o.article_id, o.article_date, o.confidence, o.cue) IS DISTINCT FROM (n.speaker_id, n.article_id, n.article_date, n.confidence, n.cue)
        UNION ALL
        SELECT o.speaker_id, o.article_id, (o.article_date AT TIME ZONE 'UTC')::date, o.confidence, o.cue, -1
        FROM new_claims n JOIN old_claims o ON o.id = n.id
        WHERE (o.speaker_id, o.article_id, o.article_date, o.confidence, o.cue) IS DISTINCT FROM (n.speaker_id, n.article_id, n.article_date, n.confidence, n.cue)
      ) changed
      WHERE speaker_id IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0
    ) d), '[]'::jsonb));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION speaker_overview_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- DELETE, not TRUNCATE: a TRUNCATE that names these tables too is still using them.
  DELETE FROM speaker_claim_days WHERE true;
  DELETE FROM speaker_claim_cues WHERE true;
  DELETE FROM speaker_claim_articles WHERE true;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER claims_speaker_overview_insert AFTER INSERT ON claims
  REFERENCING NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION speaker_overview_inserted();
--> statement-breakpoint
CREATE TRIGGER claims_speaker_overview_delete AFTER DELETE ON claims
  REFERENCING OLD TABLE AS old_claims FOR EACH STATEMENT EXECUTE FUNCTION speaker_overview_deleted();
--> statement-breakpoint
CREATE TRIGGER claims_speaker_overview_update AFTER UPDATE ON claims
  REFERENCING OLD TABLE AS old_claims NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION speaker_overview_updated();
--> statement-breakpoint
CREATE TRIGGER claims_speaker_overview_truncate AFTER TRUNCATE ON claims
  FOR EACH STATEMENT EXECUTE FUNCTION speaker_overview_truncated();
--> statement-breakpoint
-- The claims already there, counted once.
INSERT INTO speaker_claim_days (speaker_id, day, low, moderate, high)
SELECT speaker_id, (article_date AT TIME ZONE 'UTC')::date,
       count(*) FILTER (WHERE confidence = 'low'), count(*) FILTER (WHERE confidence = 'moderate'), count(*) FILTER (WHERE confidence = 'high')
FROM claims WHERE speaker_id IS NOT NULL GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO speaker_claim_cues (speaker_id, cue, claims)
SELECT speaker_id, cue, count(*) FROM claims WHERE speaker_id IS NOT NULL AND cue IS NOT NULL GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO speaker_claim_articles (speaker_id, article_id, claims)
SELECT speaker_id, article_id, count(*) FROM claims WHERE speaker_id IS NOT NULL GROUP BY 1, 2;
