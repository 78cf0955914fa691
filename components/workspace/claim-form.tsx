"use client";

import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from "react";
import type { Span } from "@/lib/claims/span";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, CONFIDENCE_LEVELS, type ClaimKind, type Confidence } from "@/lib/model";
import { CONFIDENCE_HINT, CONFIDENCE_SHORT } from "./claim-text";
import { runShortcut } from "@/components/use-shortcuts";
import { CLAIM_FORM_KEYMAP } from "./shortcuts";
import { SpeakerCombobox } from "./speaker-combobox";
import type { SpeakerChoice } from "./speaker-options";
import styles from "./claim-form.module.css";

/** The values of the claim form, as the analyst fills them in. */
export interface ClaimDraft {
  kind: ClaimKind;
  speaker: SpeakerChoice | null;
  speakerQuery: string;
  cue: string;
  confidence: Confidence | null;
  note: string;
}

interface ClaimFormProps {
  mode: "new" | "edit";
  quote: string;
  initial: ClaimDraft;
  saving: boolean;
  serverError: string | null;
  /** Whether saving met a version someone else saved meanwhile (the comparison dialog tells the rest). */
  conflict: boolean;
  onSave(draft: ClaimDraft): void;
  onCancel(): void;
  /** Opens the comparison of the analyst's version and the current one again. */
  onCompare(): void;
  /** The claim's article and span, so the speaker picker can suggest the speakers named around it. */
  suggestFor?: { articleId: string; span: Span };
  /** Opens the list of keyboard shortcuts (`?`). */
  onHelp(): void;
}

type Problems = Partial<Record<"speaker" | "confidence", string>>;

function check(draft: ClaimDraft): Problems {
  const problems: Problems = {};
  if (draft.kind === "attributed" && !draft.speaker) {
    problems.speaker =
      draft.speakerQuery.trim() === ""
        ? "Choose who made this claim, or make it a reporter statement."
        : `Pick “${draft.speakerQuery.trim()}” from the list, or create it as a new speaker.`;
  }
  if (!draft.confidence) problems.confidence = "Choose a confidence level.";
  return problems;
}

/**
 * The form that tags a selection as a claim ("New claim") or changes a claim ("Edit claim"): a non-modal
 * dialog that keeps every value when saving fails, and cancels on Escape.
 */
export function ClaimForm({ mode, quote, initial, saving, serverError, conflict, onSave, onCancel, onCompare, suggestFor, onHelp }: ClaimFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  const speakerInput = useRef<HTMLInputElement>(null);
  const confidenceGroup = useRef<HTMLFieldSetElement>(null);
  const kindGroup = useRef<HTMLFieldSetElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const title = mode === "new" ? "New claim" : "Edit claim";

  // The focus moves into the form as it opens (only then: later changes of kind must not move it), before the
  // page's effects run: the text then no longer holds the selection, so showing the words being tagged does not
  // make ProseMirror put the selection back into the long text (~10 ms of a 100,000-word article's T).
  useLayoutEffect(() => {
    if (draft.kind === "attributed") speakerInput.current?.focus();
    else kindGroup.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const update = (patch: Partial<ClaimDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems((p) => {
      const next = { ...p };
      if ("speaker" in patch || "kind" in patch) delete next.speaker;
      if ("confidence" in patch) delete next.confidence;
      return next;
    });
  };

  const chooseKind = (kind: ClaimKind) => update(kind === "reporter" ? { kind, speaker: null, speakerQuery: "" } : { kind });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft);
    setProblems(found);
    if (found.speaker) speakerInput.current?.focus();
    else if (found.confidence) confidenceGroup.current?.querySelector("input")?.focus();
    else if (!saving) onSave(draft);
  };

  return (
    <section
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      className={styles.dialog}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !event.defaultPrevented) {
          event.preventDefault();
          onCancel();
          return;
        }
        runShortcut(CLAIM_FORM_KEYMAP, {
          low: () => update({ confidence: "low" }),
          moderate: () => update({ confidence: "moderate" }),
          high: () => update({ confidence: "high" }),
          attributed: () => chooseKind("attributed"),
          reporter: () => chooseKind("reporter"),
          save: () => formRef.current?.requestSubmit(),
          help: onHelp,
        }, event);
      }}
    >
      <h2 id={`${id}-title`} className={styles.title}>
        {title}
      </h2>
      <blockquote className={styles.quote} aria-label="Selected words">
        {quote}
      </blockquote>
      <form ref={formRef} onSubmit={submit} noValidate>
        <fieldset className={styles.group} ref={kindGroup}>
          <legend className={styles.legend}>Kind</legend>
          <div className={styles.kindChoices}>
            {CLAIM_KINDS.map((kind) => (
              <label key={kind} className={`${styles.choice} ${styles[`kind-${kind}`] ?? ""}`}>
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={kind}
                  checked={draft.kind === kind}
                  onChange={() => chooseKind(kind)}
                />
                <span>{CLAIM_KIND_LABELS[kind]}</span>
              </label>
            ))}
          </div>
        </fieldset>

        {draft.kind === "attributed" ? (
          <div className="field">
            <label htmlFor={`${id}-speaker`}>Speaker</label>
            <SpeakerCombobox
              inputId={`${id}-speaker`}
              inputRef={speakerInput}
              value={draft.speaker}
              query={draft.speakerQuery}
              onQueryChange={(speakerQuery) => setDraft((d) => ({ ...d, speakerQuery }))}
              onChange={(speaker) => update({ speaker })}
              invalid={Boolean(problems.speaker)}
              describedBy={problems.speaker ? `${id}-speaker-problem` : `${id}-speaker-hint`}
              suggestFor={suggestFor}
            />
            {problems.speaker ? (
              <p id={`${id}-speaker-problem`} className={styles.fieldError}>
                {problems.speaker}
              </p>
            ) : (
              <p id={`${id}-speaker-hint`} className="hint">
                Search by name or alias.
              </p>
            )}
          </div>
        ) : null}

        <div className="field">
          <label htmlFor={`${id}-cue`}>Cue</label>
          <input
            id={`${id}-cue`}
            type="text"
            value={draft.cue}
            maxLength={100}
            aria-describedby={`${id}-cue-hint`}
            onChange={(event) => update({ cue: event.target.value })}
          />
          <p id={`${id}-cue-hint`} className="hint">
            The words that hand the claim to its source, such as “said” or “according to”. Optional.
          </p>
        </div>

        <fieldset
          className={styles.group}
          ref={confidenceGroup}
          aria-describedby={problems.confidence ? `${id}-confidence-problem ${id}-confidence-hint` : `${id}-confidence-hint`}
          aria-invalid={problems.confidence ? true : undefined}
        >
          <legend className={styles.legend}>Confidence</legend>
          <div className={styles.segmented}>
            {CONFIDENCE_LEVELS.map((level) => (
              <label key={level} className={`${styles.choice} ${styles[`confidence-${level}`] ?? ""}`}>
                <input
                  type="radio"
                  name={`${id}-confidence`}
                  value={level}
                  checked={draft.confidence === level}
                  onChange={() => update({ confidence: level })}
                />
                <span>{CONFIDENCE_SHORT[level]}</span>
              </label>
            ))}
          </div>
          {problems.confidence ? (
            <p id={`${id}-confidence-problem`} className={styles.fieldError}>
              {problems.confidence}
            </p>
          ) : null}
          <p id={`${id}-confidence-hint`} className="hint">
            {CONFIDENCE_HINT}
          </p>
        </fieldset>

        <div className="field">
          <label htmlFor={`${id}-note`}>Note</label>
          <textarea id={`${id}-note`} rows={3} value={draft.note} onChange={(event) => update({ note: event.target.value })} />
        </div>

        {conflict ? (
          <div className={`error-message ${styles.conflict}`}>
            <p>Someone else saved this claim while you were editing it. Your values are kept until you choose.</p>
            <button type="button" className="button small" onClick={onCompare}>
              Compare versions
            </button>
          </div>
        ) : null}
        {serverError && !conflict ? (
          <div role="alert" className="error-message">
            {serverError}
          </div>
        ) : null}

        <div className={styles.actions}>
          <button type="submit" className="button primary" disabled={saving} aria-busy={saving || undefined}>
            Save claim
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <span className={styles.keyHint} aria-hidden="true">
            Ctrl+Enter saves · Esc cancels
          </span>
        </div>
      </form>
    </section>
  );
}
