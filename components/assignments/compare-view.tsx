"use client";

import { useCallback, useMemo, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { ErrorMessage } from "@/components/error-message";
import type { ReviewUnitDto, ReviewUnitsDto } from "@/lib/agreement/model";
import type { ReviewDecision } from "@/lib/agreement/schemas";
import { CLAIM_KIND_LABELS, type ClaimDto } from "@/lib/model";
import { useShortcuts } from "@/components/use-shortcuts";
import { ShortcutsDialog } from "@/components/workspace/shortcuts-dialog";
import { segmentsOf } from "./compare-segments";
import { COMPARE_KEYMAP, compareKeymaps } from "./compare-shortcuts";
import { MergedClaimForm } from "./merged-claim-form";
import styles from "./assignments.module.css";

interface CompareViewProps {
  articleId: string;
  text: string;
  initial: ReviewUnitsDto;
  mayReview: boolean;
}

const describe = (c: ClaimDto) =>
  [CLAIM_KIND_LABELS[c.kind], c.speaker?.name, c.cue ? `“${c.cue}”` : null, `${c.confidence} confidence`].filter(Boolean).join(" · ");

/**
 * The assignees' claims over one text: agreed places in green, disagreements in red, and beside the text the
 * disagreements one by one, each analyst's version in a lane of its own. J and K walk the disagreements; a
 * reviewer keeps one version, both, writes a merged claim, or drops them all (D drops the current one). The keys
 * are `COMPARE_KEYMAP`, which the `?` overlay lists.
 */
export function CompareView({ articleId, text, initial, mayReview }: CompareViewProps) {
  const [data, setData] = useState(initial);
  const [current, setCurrent] = useState(0);
  const [merging, setMerging] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const disagreements = useMemo(() => data.units.filter((u) => !u.agreed), [data]);
  const names = useMemo(() => new Map(data.analysts.map((a) => [a.id, a.name])), [data]);
  const byKey = useMemo(() => new Map(data.units.map((u) => [u.key, u])), [data]);
  const segments = useMemo(() => segmentsOf(text.length, data.units), [text, data]);
  const focused = disagreements[current];

  const go = useCallback(
    (step: number) => {
      if (disagreements.length === 0) return;
      const next = (current + step + disagreements.length) % disagreements.length;
      setCurrent(next);
      const key = disagreements[next]?.key;
      if (key) {
        document.getElementById(`disagreement-${key}`)?.scrollIntoView({ block: "nearest" });
        document.getElementById(`unit-${key}`)?.scrollIntoView({ block: "center" });
      }
    },
    [current, disagreements],
  );

  const decide = useCallback(
    async (decision: ReviewDecision) => {
      setBusy(true);
      setError(null);
      try {
        await api.reviewArticle(articleId, [decision]);
        setData(await api.listReviewUnits(articleId));
        setMerging(null);
      } catch (e) {
        setError(e instanceof ApiError ? e.message : "Something went wrong; the decision was not saved.");
      } finally {
        setBusy(false);
      }
    },
    [articleId],
  );

  const [helpOpen, setHelpOpen] = useState(false);
  useShortcuts(
    COMPARE_KEYMAP,
    {
      next: () => go(1),
      previous: () => go(-1),
      // Without a disagreement to drop (or the right to), D is left alone.
      ...(mayReview && focused && !busy ? { drop: () => void decide({ unit: focused.key, drop: true }) } : {}),
      help: () => setHelpOpen(true),
    },
    { ignoreWithin: "dialog" },
  );

  const classFor = (keys: string[]) => {
    const units = keys.map((k) => byKey.get(k)).filter((u): u is ReviewUnitDto => Boolean(u));
    if (units.length === 0) return undefined;
    const cls = [units.some((u) => !u.agreed) ? styles.disagreed : styles.agreed];
    if (focused && keys.includes(focused.key)) cls.push(styles.current);
    return cls.join(" ");
  };

  return (
    <>
      <p className={styles.legend}>
        <span>
          <span className={styles.swatch} style={{ background: "var(--success)" }} aria-hidden="true" />
          Agreed ({data.counts.agreed})
        </span>
        <span>
          <span className={styles.swatch} style={{ background: "var(--danger)" }} aria-hidden="true" />
          Disagreement ({data.counts.disagreements}, {data.counts.reviewed} reviewed{data.counts.dropped > 0 ? `, ${data.counts.dropped} dropped` : ""})
        </span>
      </p>
      <div className={styles.compare}>
        <div className={styles.text} aria-label="The article with both analysts' claims">
          {segments.map((s) => {
            const cls = classFor(s.units);
            const text_ = text.slice(s.start, s.end);
            if (!cls) return <span key={s.start}>{text_}</span>;
            const first = s.units[0];
            const startsUnit = s.units.find((k) => byKey.get(k)?.start === s.start);
            return (
              <mark key={s.start} id={startsUnit ? `unit-${startsUnit}` : undefined} className={cls} data-unit={first}>
                {text_}
              </mark>
            );
          })}
        </div>
        <section aria-labelledby="disagreements-title">
          <h2 id="disagreements-title">Disagreements</h2>
          <p className={styles.keys}>
            J: next, K: previous{mayReview ? ", D: drop" : ""}.{" "}
            <button type="button" className={`button small ${styles.shortcutsButton}`} onClick={() => setHelpOpen(true)} aria-keyshortcuts="?" title="Keyboard shortcuts (?)">
              <span aria-hidden="true">?</span>
              <span className="visually-hidden">Keyboard shortcuts</span>
            </button>{" "}
            {focused ? `${current + 1} of ${disagreements.length}.` : ""}
          </p>
          <ErrorMessage message={error} />
          {disagreements.length === 0 ? <p>The analysts agree on every claim.</p> : null}
          <ol className={styles.list}>
            {disagreements.map((unit, i) => (
              <li
                key={unit.key}
                id={`disagreement-${unit.key}`}
                aria-current={i === current ? "true" : undefined}
                aria-label={`Disagreement ${i + 1}`}
                className={`${styles.unit} ${unit.reviewed.length > 0 || unit.dropped ? styles.resolved : ""}`}
                onClick={() => setCurrent(i)}
              >
                <div className={styles.lanes}>
                  {data.analysts.map((analyst) => {
                    const versions = unit.versions.filter((v) => v.analystId === analyst.id);
                    return (
                      <div key={analyst.id} className={styles.lane}>
                        <span className={styles.who}>{analyst.name}</span>
                        <span>
                          {versions.length === 0 ? <span className={styles.missing}>no claim here</span> : null}
                          {versions.map((v) => (
                            <span key={v.claim.id}>
                              <span className={styles.quote}>“{v.claim.quote}”</span>
                              <br />
                              <span className={styles.facts}>{describe(v.claim)}</span>
                            </span>
                          ))}
                        </span>
                      </div>
                    );
                  })}
                </div>
                {unit.reviewed.length > 0 ? (
                  <p className={styles.facts}>
                    Reviewed: {unit.reviewed.map((c) => `“${c.quote}” (${describe(c)})`).join("; ")}
                  </p>
                ) : null}
                {unit.dropped ? (
                  <p className={styles.facts}>Dropped{unit.dropped.by ? ` by ${unit.dropped.by.name}` : ""}: none of these claims is in the reviewed set.</p>
                ) : null}
                {mayReview ? (
                  <div className={styles.decision}>
                    {unit.versions.map((v) => (
                      <button key={v.claim.id} type="button" className="button small" disabled={busy} onClick={() => decide({ unit: unit.key, keep: [v.claim.id] })}>
                        Keep {names.get(v.analystId)}’s
                      </button>
                    ))}
                    {unit.versions.length > 1 ? (
                      <button type="button" className="button small" disabled={busy} onClick={() => decide({ unit: unit.key, keep: unit.versions.map((v) => v.claim.id) })}>
                        Keep both
                      </button>
                    ) : null}
                    <button type="button" className="button small ghost" disabled={busy} onClick={() => setMerging(merging === unit.key ? null : unit.key)}>
                      Edit merged…
                    </button>
                    <button
                      type="button"
                      className="button small ghost"
                      disabled={busy}
                      title="None of these claims belongs in the reviewed set (D)"
                      aria-keyshortcuts="D"
                      onClick={() => decide({ unit: unit.key, drop: true })}
                    >
                      Drop
                    </button>
                  </div>
                ) : null}
                {merging === unit.key ? (
                  <MergedClaimForm text={text} unit={unit} busy={busy} onSubmit={(merged) => decide({ unit: unit.key, merged })} onCancel={() => setMerging(null)} />
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
      {helpOpen ? <ShortcutsDialog keymaps={compareKeymaps(mayReview)} onClose={() => setHelpOpen(false)} /> : null}
    </>
  );
}
