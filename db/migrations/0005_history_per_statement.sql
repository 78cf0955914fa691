-- The claim history written once per statement instead of once per row: a text edit that re-anchors 5,000 claims
-- now inserts its 5,000 history rows with one INSERT … SELECT over the statement's transition tables, instead of
-- calling a function 5,000 times. What is recorded is the same (see 0004).
DROP TRIGGER claims_history ON claims;
--> statement-breakpoint
DROP FUNCTION claims_record_history();
--> statement-breakpoint
CREATE FUNCTION claims_history_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO history (entity, entity_id, article_id, actor_id, action, before, after)
  SELECT 'claim', n.id::text, n.article_id, claimlens_actor(), claimlens_action('create'), NULL, to_jsonb(n)
  FROM new_claims n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION claims_history_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO history (entity, entity_id, article_id, actor_id, action, before, after)
  SELECT 'claim', n.id::text, n.article_id, claimlens_actor(), claimlens_action('update'), to_jsonb(o), to_jsonb(n)
  FROM new_claims n JOIN old_claims o ON o.id = n.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION claims_history_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO history (entity, entity_id, article_id, actor_id, action, before, after)
  SELECT 'claim', o.id::text, o.article_id, claimlens_actor(), claimlens_action('delete'), to_jsonb(o), NULL
  FROM old_claims o;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER claims_history_insert AFTER INSERT ON claims
  REFERENCING NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION claims_history_inserted();
--> statement-breakpoint
CREATE TRIGGER claims_history_update AFTER UPDATE ON claims
  REFERENCING OLD TABLE AS old_claims NEW TABLE AS new_claims FOR EACH STATEMENT EXECUTE FUNCTION claims_history_updated();
--> statement-breakpoint
CREATE TRIGGER claims_history_delete AFTER DELETE ON claims
  REFERENCING OLD TABLE AS old_claims FOR EACH STATEMENT EXECUTE FUNCTION claims_history_deleted();
