"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { UserRefDto } from "@/lib/model";
import { activityHref } from "./activity-href";
import styles from "./activity.module.css";

/**
 * "Show changes by": everyone, or one account. The choice lives in the address (`?actor=`), so a view can be
 * bookmarked and shared; without script the form still works as a plain GET form.
 */
export function ActorFilter({ people, actorId }: { people: readonly UserRefDto[]; actorId: string | null }) {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  // The select shows the choice at once, while the page for it is fetched; the page remounts it (by key) after.
  const [chosen, setChosen] = useState(actorId ?? "");
  // An address may name an account no longer listed: it stays a choice, so the select says what is shown.
  const listed = actorId === null || people.some((p) => p.id === actorId);

  function choose(value: string) {
    setChosen(value);
    startTransition(() => router.push(activityHref(value || null), { scroll: false }));
  }

  return (
    <form className={styles.filter} method="get" action="/activity" onSubmit={(event) => event.preventDefault()} aria-busy={pending}>
      <label htmlFor={id} className={styles.filterLabel}>
        Show changes by
      </label>
      <select id={id} name="actor" value={chosen} onChange={(event) => choose(event.target.value)}>
        <option value="">Everyone</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
        {!listed && actorId ? <option value={actorId}>A former account</option> : null}
      </select>
      <noscript>
        <button type="submit" className="button small">
          Show
        </button>
      </noscript>
      <p className="visually-hidden" role="status">
        {pending ? "Updating the list…" : ""}
      </p>
    </form>
  );
}
