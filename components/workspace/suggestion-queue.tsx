"use client";

import { useEffect, useRef, type Ref } from "react";
import { CLAIM_KIND_LABELS, type Confidence } from "@/lib/model";
import type { SuggestionDto } from "@/lib/suggestions/model";
import { CONFIDENCE_SHORT, shortenQuote } from "./claim-text";
import { queueWindow, sameSpeaker, suggestedSpeaker } from "./suggestion-queue-state";
import type { Suggestions } from "./use-suggestions";
import styles from "./suggestion-queue.module.css";

interface SuggestionQueueProps {
  suggestions: Suggestions;
  /** What Enter (and the Accept button) gives: the analyst's default confidence from Settings. */
  defaultConfidence: Confidence;
  /** Why the analyst may not decide suggestions (a viewer); null when they may. */
  blocked: string | null;
  /** Opens the tag form on the suggestion, prefilled (E). */
  onEdit(suggestion: SuggestionDto): void;
  /** The queue's heading, where the keyboard review starts (Enter there accepts, not a button's click). */
  headingRef?: Ref<HTMLHeadingElement>;
}


const DIRECTNESS_LABELS = { direct: "direct quote", indirect: "indirect", mixed: "partly quoted" } as const;

function SuggestionItem({ s, position, current, props, sameSpeakerCount }: { s: SuggestionDto; position: string; current: boolean; props: SuggestionQueueProps; sameSpeakerCount: number }) {
  const { suggestions, defaultConfidence, blocked, onEdit } = props;
  const busy = suggestions.busyId === s.id;
  const speaker = suggestedSpeaker(s);
  const quote = shortenQuote(s.quote, current ? 240 : 90);
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (current) item.current?.scrollIntoView({ block: "nearest" });
  }, [current, suggestions.flash]);

  return (
    <li ref={item} className={`${styles.item} ${current ? styles.current : ""}`} aria-current={current ? "true" : undefined} data-suggestion-id={s.id}>
      {/* Named by its place and speaker, not its words: the words are a claim's only once accepted. */}
      <button type="button" className={styles.show} onClick={() => suggestions.show(s.id)} aria-label={`Suggestion ${position}: ${speaker.label}`}>
        <span className={styles.meta}>
          <span className={`${styles.kind} ${styles[s.kind]}`}>{CLAIM_KIND_LABELS[s.kind]}</span>
          <span className={speaker.isNew ? styles.newSpeaker : styles.speaker}>{speaker.label}</span>
          {s.cue ? <span className={styles.cue}>“{s.cue}”</span> : null}
          {s.direct ? <span className={styles.direct}>{DIRECTNESS_LABELS[s.direct]}</span> : null}
        </span>
        <span className={styles.quote}>
          {quote.shown}
          {quote.rest ? "…" : ""}
        </span>
      </button>
      {current && !blocked ? (
        <div className={styles.actions}>
          <button
            type="button"
            className="button small primary"
            disabled={busy}
            onClick={() => void suggestions.accept(s, defaultConfidence)}
            title={`Accept with ${CONFIDENCE_SHORT[defaultConfidence].toLowerCase()} confidence (Enter; 1, 2, 3 for low, moderate, high)`}
          >
            Accept
          </button>
          <button type="button" className="button small" disabled={busy} onClick={() => onEdit(s)} title="Open the tag form with this suggestion filled in (E)">
            Edit
          </button>
          <button type="button" className="button small ghost" disabled={busy} onClick={() => void suggestions.reject(s)} title="Reject: it will not be proposed again (X)">
            Reject
          </button>
          {s.speaker && sameSpeakerCount > 1 ? (
            <button type="button" className="button small ghost" disabled={busy} onClick={() => void suggestions.acceptAll(s, defaultConfidence)}>
              Accept all {sameSpeakerCount} from {s.speaker.name}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/**
 * The "Suggestions" queue at the top of the claims panel: "Suggest claims" (with reporter statements, or not),
 * then the pending suggestions in text order. The current one (J / K, or a click) shows its actions; the keys
 * of the review are the workspace's (shortcuts.ts). Accepting says beforehand when it creates a speaker.
 */
export function SuggestionQueue(props: SuggestionQueueProps) {
  const { suggestions, defaultConfidence, blocked, headingRef } = props;
  const { items, currentId } = suggestions;
  const currentIndex = items.findIndex((s) => s.id === currentId);
  const { from, to } = queueWindow(items.length, currentIndex);
  return (
    <section className={styles.queue} aria-labelledby="suggestions-heading">
      <div className={styles.head}>
        <div className={styles.headingRow}>
          <h3 id="suggestions-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
            Suggestions <span className={styles.count}>{items.length}</span>
          </h3>
          {blocked || items.length === 0 ? null : suggestions.reviewing ? (
            <button type="button" className="button small ghost" onClick={() => suggestions.review(false)}>
              Stop reviewing
            </button>
          ) : (
            <button type="button" className="button small primary" onClick={() => suggestions.review(true)}>
              Review suggestions
            </button>
          )}
        </div>
        {blocked ? null : (
          <div className={styles.compute}>
            <button type="button" className="button small" disabled={suggestions.computing} onClick={() => void suggestions.compute()}>
              {suggestions.computing ? "Suggesting…" : "Suggest claims"}
            </button>
            <label className={styles.toggle}>
              <input
                type="checkbox"
                checked={suggestions.reporterStatements}
                onChange={(event) => suggestions.setReporterStatements(event.currentTarget.checked)}
              />
              Include reporter statements
            </label>
          </div>
        )}
      </div>
      {items.length === 0 ? (
        <p className={styles.empty}>{blocked ? "No suggestions waiting." : "No suggestions waiting. Suggest claims finds the attributions in the article for you to confirm."}</p>
      ) : (
        <>
          {blocked || !suggestions.reviewing ? null : (
            <p className={styles.keys} aria-hidden="true">
              <kbd>J</kbd>/<kbd>K</kbd> walk · <kbd>Enter</kbd> accepts ({CONFIDENCE_SHORT[defaultConfidence].toLowerCase()}) · <kbd>1</kbd>
              <kbd>2</kbd>
              <kbd>3</kbd> low/moderate/high · <kbd>E</kbd> edit · <kbd>X</kbd> reject
            </p>
          )}
          {from > 0 ? <p className={styles.more}>{from} earlier in the text (K)</p> : null}
          <ul className={styles.list} aria-label="Suggested claims">
            {items.slice(from, to).map((s, i) => (
              <SuggestionItem
                key={s.id}
                s={s}
                position={`${from + i + 1} of ${items.length}`}
                current={s.id === currentId}
                props={props}
                sameSpeakerCount={s.id === currentId ? items.filter((other) => other.kind === "attributed" && sameSpeaker(s, other)).length : 0}
              />
            ))}
          </ul>
          {to < items.length ? <p className={styles.more}>{items.length - to} more further on (J)</p> : null}
        </>
      )}
    </section>
  );
}
