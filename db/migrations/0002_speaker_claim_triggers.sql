-- Denormalised copies kept by the database itself, so that every writer (the API, imports, scripts) keeps them right:
--   claims.article_date      = the article's publication date, or its import date when it has none;
--   speakers.claims_low|moderate|high, latest_claim_at = the speaker's claim counts and latest article date.

-- Existing rows first, before the triggers exist: copy the article dates, then count every speaker's claims once.
UPDATE claims c SET article_date = coalesce(a.published_at, a.created_at)
FROM articles a WHERE a.id = c.article_id;
--> statement-breakpoint
UPDATE speakers s SET
  claims_low = coalesce(k.low, 0), claims_moderate = coalesce(k.moderate, 0), claims_high = coalesce(k.high, 0),
  latest_claim_at = k.latest
FROM (
  SELECT speaker_id,
         count(*) FILTER (WHERE confidence = 'low') AS low,
         count(*) FILTER (WHERE confidence = 'moderate') AS moderate,
         count(*) FILTER (WHERE confidence = 'high') AS high,
         max(article_date) AS latest
  FROM claims WHERE speaker_id IS NOT NULL GROUP BY speaker_id
) k
WHERE s.id = k.speaker_id;
--> statement-breakpoint
CREATE FUNCTION claims_set_article_date() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d timestamptz;
BEGIN
  SELECT coalesce(a.published_at, a.created_at) INTO d FROM articles a WHERE a.id = NEW.article_id;
  -- An unknown article is left to the foreign key to refuse.
  IF FOUND THEN
    NEW.article_date := d;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER claims_article_date BEFORE INSERT OR UPDATE OF article_id, article_date ON claims
  FOR EACH ROW EXECUTE FUNCTION claims_set_article_date();
--> statement-breakpoint
CREATE FUNCTION articles_copy_date_to_claims() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE claims SET article_date = coalesce(NEW.published_at, NEW.created_at)
  WHERE article_id = NEW.id AND article_date IS DISTINCT FROM coalesce(NEW.published_at, NEW.created_at);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER articles_claim_dates AFTER UPDATE OF published_at, created_at ON articles
  FOR EACH ROW
  WHEN (coalesce(OLD.published_at, OLD.created_at) IS DISTINCT FROM coalesce(NEW.published_at, NEW.created_at))
  EXECUTE FUNCTION articles_copy_date_to_claims();
--> statement-breakpoint
-- Statement-level triggers with transition tables: a bulk insert or a merge updates each speaker once.
-- After a delete or an update the latest claim is looked up again rather than derived, so that it stays right;
-- that is one probe of claims_speaker_newest_idx per speaker.
CREATE FUNCTION speakers_apply_claim_deltas(deltas jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE speakers s SET
    claims_low = s.claims_low + d.low,
    claims_moderate = s.claims_moderate + d.moderate,
    claims_high = s.claims_high + d.high,
    latest_claim_at = (SELECT max(c.article_date) FROM claims c WHERE c.speaker_id = s.id)
  FROM jsonb_to_recordset(deltas) AS d(speaker_id uuid, low int, moderate int, high int)
  WHERE s.id = d.speaker_id;
END
$$;
--> statement-breakpoint
CREATE FUNCTION claims_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- New claims can only move the latest claim later: no need to look at the speaker's other claims.
  UPDATE speakers s SET
    claims_low = s.claims_low + d.low,
    claims_moderate = s.claims_moderate + d.moderate,
    claims_high = s.claims_high + d.high,
    latest_claim_at = greatest(s.latest_claim_at, d.latest)
  FROM (
    SELECT speaker_id,
           count(*) FILTER (WHERE confidence = 'low') AS low,
           count(*) FILTER (WHERE confidence = 'moderate') AS moderate,
           count(*) FILTER (WHERE confidence = 'high') AS high,
           max(article_date) AS latest
    FROM new_claims WHERE speaker_id IS NOT NULL GROUP BY speaker_id
  ) d
  WHERE s.id = d.speaker_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION claims_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM speakers_apply_claim_deltas(coalesce((
    SELECT jsonb_agg(d) FROM (
      SELECT speaker_id,
             -count(*) FILTER (WHERE confidence = 'low') AS low,
             -count(*) FILTER (WHERE confidence = 'moderate') AS moderate,
             -count(*) FILTER (WHERE confidence = 'high') AS high
      FROM old_claims WHERE speaker_id IS NOT NULL GROUP BY speaker_id
    ) d), '[]'::jsonb));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION claims_count_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM speakers_apply_claim_deltas(coalesce((
    SELECT jsonb_agg(d) FROM (
      SELECT speaker_id,
             sum(CASE WHEN confidence = 'low' THEN n ELSE 0 END) AS low,
             sum(CASE WHEN confidence = 'moderate' THEN n ELSE 0 END) AS moderate,
             sum(CASE WHEN confidence = 'high' THEN n ELSE 0 END) AS high
      FROM (
        SELECT n.speaker_id, n.confidence, 1 AS n
        FROM new_claims n JOIN old_claims o ON o.id = n.id
        WHERE (o.speaker_id, o.confidence, o.article_date) IS DISTINCT FROM (n.speaker_id, n.confidence, n.article_date)
        UNION ALL
        SELECT o.speaker_id, o.confidence, -1 AS n
        FROM new_claims n JOIN old_claims o ON o.id = n.id
        WHERE (o.speaker_id, o.confidence, o.article_date) IS DISTINCT FROM (n.speaker_id, n.confidence, n.article_date)
      ) changed
      WHERE speaker_id IS NOT NULL
      GROUP BY speaker_id
    ) d), '[]'::jsonb));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION claims_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE speakers SET claims_low = 0, claims_moderate = 0, claims_high = 0, latest_claim_at = NULL
  WHERE claims_low + claims_moderate + claims_high > 0 OR latest_claim_at IS NOT NULL;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER claims_speaker_counts_insert AFTER INSERT ON claims
  REFERENCING NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION claims_count_inserted();
--> statement-breakpoint
CREATE TRIGGER claims_speaker_counts_delete AFTER DELETE ON claims
  REFERENCING OLD TABLE AS old_claims FOR EACH STATEMENT EXECUTE FUNCTION claims_count_deleted();
--> statement-breakpoint
CREATE TRIGGER claims_speaker_counts_update AFTER UPDATE ON claims
  REFERENCING OLD TABLE AS old_claims NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION claims_count_updated();
--> statement-breakpoint
CREATE TRIGGER claims_speaker_counts_truncate AFTER TRUNCATE ON claims
  FOR EACH STATEMENT EXECUTE FUNCTION claims_count_truncated();
