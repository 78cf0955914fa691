"use client";

import { useId } from "react";
import { parseAuthorFilter, type AuthorFilter, type AuthorOption } from "./claim-filter";
import styles from "./claim-panel.module.css";

/** "Show claims by": everyone's claims, mine, or one analyst's; with the kind chips it filters the list and the highlights. */
export function AuthorFilterSelect({ options, value, onChange }: { options: readonly AuthorOption[]; value: AuthorFilter; onChange(value: AuthorFilter): void }) {
  const id = useId();
  return (
    <div className={styles.authorFilter}>
      <label htmlFor={id}>Show claims by</label>
      <select id={id} value={value} onChange={(event) => onChange(parseAuthorFilter(event.target.value))}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
