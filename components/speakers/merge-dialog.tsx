"use client";

import { useEffect, useId, useRef, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { countOf } from "@/components/library/format";
import { SPEAKER_KIND_LABELS } from "@/lib/model";
import type { MergePlanDto, MergeResultDto, SpeakerProfileDto } from "@/lib/speakers/model";
import { ErrorMessage } from "@/components/error-message";
import styles from "./merge-dialog.module.css";
import { useModalDialog } from "@/components/use-modal-dialog";

/**
 * Merging two speakers who are one ("Kirby" was created twice): pick the other speaker, read what will
 * happen, swap which one stays if need be, then confirm. Nothing is written before the confirmation.
 */
export function MergeDialog({
  speaker,
  onClose,
  onMerged,
}: {
  speaker: SpeakerProfileDto;
  onClose: () => void;
  onMerged: (result: MergeResultDto, mergedAway: SpeakerProfileDto) => void;
}) {
  const dialog = useModalDialog();
  const searchInput = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SpeakerProfileDto[]>([]);
  const [searching, setSearching] = useState(false);
  const [plan, setPlan] = useState<MergePlanDto | null>(null);
  const [pending, setPending] = useState<"preview" | "merge" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);
  const id = useId();

  useEffect(() => {
    const mine = ++ticket.current;
    const q = query.trim();
    const timer = setTimeout(async () => {
      setSearching(true);
      try {
        const { items } = await api.searchSpeakers(q, 8);
        if (mine !== ticket.current) return;
        setResults(items.filter((s) => s.id !== speaker.id).slice(0, 6));
      } catch (caught) {
        if (mine === ticket.current) setError(caught instanceof ApiError ? caught.message : "The search failed. Try again.");
      } finally {
        if (mine === ticket.current) setSearching(false);
      }
    }, q === "" ? 0 : 200);
    return () => clearTimeout(timer);
  }, [query, speaker.id]);

  async function preview(intoId: string, fromId: string) {
    setError(null);
    setPending("preview");
    try {
      setPlan(await api.previewMerge(intoId, fromId));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The merge could not be previewed. Try again.");
    } finally {
      setPending(null);
    }
  }

  async function merge() {
    if (!plan) return;
    setError(null);
    setPending("merge");
    try {
      const result = await api.mergeSpeakers(plan.into.id, plan.from.id);
      onMerged(result, plan.from);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "The speakers could not be merged; nothing was changed. Try again.");
      setPending(null);
    }
  }

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onClose={onClose}
      onCancel={(event) => {
        if (pending === "merge") event.preventDefault();
      }}
    >
      <div className={styles.body}>
        <header className={styles.header}>
          <h2 id={`${id}-title`}>Merge speakers</h2>
          <button type="button" className={styles.close} aria-label="Close" onClick={() => dialog.current?.close()} disabled={pending === "merge"}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <p id={`${id}-intro`} className={styles.intro}>
          When one person or body was entered twice, merge the two: every claim and alias of one moves to the other, and
          its name becomes an alias.
        </p>

        {plan ? (
          <MergePlan
            plan={plan}
            headingId={`${id}-plan`}
            swap={
              <button
                type="button"
                className={`button small ${styles.swap}`}
                onClick={() => void preview(plan.from.id, plan.into.id)}
                disabled={pending !== null}
                title={`Keep ${plan.from.name} and merge ${plan.into.name} into them`}
              >
                <span aria-hidden="true">⇄</span> Keep {plan.from.name} instead
              </button>
            }
          />
        ) : (
          <div className={styles.pick}>
            <label htmlFor={`${id}-search`} className={styles.label}>
              Which speaker is the same as {speaker.name}?
            </label>
            <input
              id={`${id}-search`}
              ref={searchInput}
              type="search"
              value={query}
              autoComplete="off"
              autoFocus
              placeholder="Name or alias"
              onChange={(event) => setQuery(event.target.value)}
            />
            <ul className={styles.results} aria-label="Speakers" aria-busy={searching}>
              {results.map((s) => (
                <li key={s.id}>
                  <button type="button" className={styles.result} onClick={() => void preview(speaker.id, s.id)} disabled={pending !== null}>
                    <span className={styles.resultName}>{s.name}</span>
                    <span className={styles.resultMeta}>
                      {SPEAKER_KIND_LABELS[s.kind]} · {countOf(s.claimCount, "claim")}
                      {s.aliases.length > 0 ? ` · also ${s.aliases.join(", ")}` : ""}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {!searching && results.length === 0 ? (
              <p className={styles.none}>{query.trim() ? `No other speaker's name or alias contains “${query.trim()}”.` : "There is no other speaker yet."}</p>
            ) : null}
          </div>
        )}

        <ErrorMessage message={error} />

        <footer className={styles.footer}>
          {plan ? (
            <>
              <button type="button" className="button small ghost" onClick={() => setPlan(null)} disabled={pending !== null}>
                <span aria-hidden="true">←</span> Choose another
              </button>
              <span className={styles.spacer} />
              <button type="button" className="button primary" onClick={() => void merge()} disabled={pending !== null}>
                {pending === "merge" ? "Merging…" : `Merge ${plan.from.name} into ${plan.into.name}`}
              </button>
            </>
          ) : (
            <>
              <span className={styles.spacer} />
              <button type="button" className="button ghost" onClick={() => dialog.current?.close()}>
                Cancel
              </button>
            </>
          )}
        </footer>
      </div>
    </dialog>
  );
}

/** "What will happen": the preview of a merge, in the analyst's words. */
function MergePlan({ plan, headingId, swap }: { plan: MergePlanDto; headingId: string; swap: React.ReactNode }) {
  return (
    <section aria-labelledby={headingId} className={styles.plan} aria-live="polite">
      <div className={styles.planHead}>
        <h3 id={headingId} className={styles.planHeading}>
          What will happen
        </h3>
        {swap}
      </div>
      <ul className={styles.steps}>
        <li>
          <strong>{countOf(plan.claimsMoving, "claim")}</strong> {plan.claimsMoving === 1 ? "moves" : "move"} from {plan.from.name} to{" "}
          {plan.into.name}.
        </li>
        <li>
          {plan.aliasesMoving.length === 0 ? (
            <>{plan.from.name} has no aliases to move.</>
          ) : (
            <>
              <strong>{countOf(plan.aliasesMoving.length, "alias", "aliases")}</strong> {plan.aliasesMoving.length === 1 ? "moves" : "move"}:{" "}
              {plan.aliasesMoving.map((a) => `“${a}”`).join(", ")}.
            </>
          )}
        </li>
        <li>
          “{plan.nameBecomesAlias}” becomes an alias of {plan.into.name}.
        </li>
        {plan.descriptionAdopted ? (
          <li>
            {plan.into.name} takes the description “{plan.descriptionAdopted}”.
          </li>
        ) : null}
        <li>The speaker {plan.from.name} is deleted.</li>
      </ul>
      <div className={styles.after}>
        <p className={styles.afterLabel}>Afterwards</p>
        <p className={styles.afterName}>
          {plan.result.name} <span className={styles.afterMeta}>· {SPEAKER_KIND_LABELS[plan.result.kind]} · {countOf(plan.result.claimCount, "claim")}</span>
        </p>
        {plan.result.description ? <p className={styles.afterMeta}>{plan.result.description}</p> : null}
        <p className={styles.afterMeta}>Aliases: {plan.result.aliases.length > 0 ? plan.result.aliases.join(", ") : "none"}</p>
      </div>
    </section>
  );
}
