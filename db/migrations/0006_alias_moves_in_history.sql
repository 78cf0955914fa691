-- A merge moves the merged-away speaker's aliases with an UPDATE of speaker_id, which the insert/delete trigger of
-- 0004 did not see: the move is now recorded as the alias leaving one speaker and joining the other.
CREATE FUNCTION speaker_aliases_record_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO history (entity, entity_id, actor_id, action, before, after)
  VALUES
    ('speaker', OLD.speaker_id::text, claimlens_actor(), 'alias-remove', jsonb_build_object('alias', OLD.alias), NULL),
    ('speaker', NEW.speaker_id::text, claimlens_actor(), 'alias-add', NULL, jsonb_build_object('alias', NEW.alias));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER speaker_aliases_history_move AFTER UPDATE OF speaker_id ON speaker_aliases FOR EACH ROW
  WHEN (OLD.speaker_id IS DISTINCT FROM NEW.speaker_id)
  EXECUTE FUNCTION speaker_aliases_record_move();
