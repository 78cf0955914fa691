"use client";

import Link from "@/components/app-link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { ErrorMessage } from "@/components/error-message";
import type { AssignmentDto } from "@/lib/agreement/model";
import { AssignDialog } from "./assign-dialog";
import styles from "./assignments.module.css";

interface AssignmentBarProps {
  articleId: string;
  me: { id: string; mayReview: boolean };
  assignments: AssignmentDto[];
  /** Who can be assigned (reviewers only need it). */
  candidates: { id: string; name: string }[];
}

/**
 * Above an article: who annotates it independently and who is done (never how far anyone has got), "Mark done"
 * or "Reopen" for an assignee, "Assign…" for a reviewer, and the agreement and review once everyone is done.
 */
export function AssignmentBar({ articleId, me, assignments, candidates }: AssignmentBarProps) {
  const router = useRouter();
  const [assigning, setAssigning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mine = assignments.find((a) => a.user.id === me.id);
  const allDone = assignments.length > 0 && assignments.every((a) => a.status === "done");
  if (assignments.length === 0 && !me.mayReview) return null;

  const act = async (change: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await change();
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Something went wrong; nothing was changed.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.bar} aria-label="Independent annotation">
      {assignments.length === 0 ? (
        <p className="muted">Not assigned for independent annotation.</p>
      ) : (
        <>
          <p>{allDone ? "Independent annotation, everyone done:" : "Independent annotation:"}</p>
          <ul className={styles.people}>
            {assignments.map((a) => (
              <li key={a.id} className={styles.person}>
                {a.user.name}
                {a.user.id === me.id ? " (you)" : ""} — {a.status === "done" ? <span className={styles.done}>done</span> : "not done"}
              </li>
            ))}
          </ul>
          {mine && mine.status === "open" ? <p className="muted">Until everyone is done, you see only your own claims here.</p> : null}
        </>
      )}
      <div className={styles.actions}>
        {mine?.status === "open" ? (
          <button type="button" className="button small primary" disabled={busy} onClick={() => act(() => api.markAssignmentDone(mine.id))}>
            Mark done
          </button>
        ) : null}
        {mine?.status === "done" && !allDone ? (
          <button type="button" className="button small" disabled={busy} onClick={() => act(() => api.reopenAssignment(mine.id))}>
            Reopen my assignment
          </button>
        ) : null}
        {allDone ? (
          <>
            <Link className="button small" href={`/articles/${articleId}/agreement`}>
              Agreement
            </Link>
            <Link className="button small" href={`/articles/${articleId}/compare`}>
              Compare and review
            </Link>
          </>
        ) : null}
        {me.mayReview ? (
          <button type="button" className="button small" onClick={() => setAssigning(true)}>
            Assign…
          </button>
        ) : null}
      </div>
      <ErrorMessage message={error} />
      {assigning ? (
        <AssignDialog
          articleId={articleId}
          candidates={candidates}
          assigned={assignments.map((a) => a.user.id)}
          onClose={() => setAssigning(false)}
          onAssigned={() => {
            setAssigning(false);
            router.refresh();
          }}
        />
      ) : null}
    </section>
  );
}
