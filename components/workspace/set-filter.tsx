"use client";

import { useId } from "react";
import { parseSetFilter, SET_OPTIONS, type SetFilter } from "./claim-filter";
import styles from "./claim-panel.module.css";

/**
 * "Set": every claim, the article's reviewed claims only, or the analysts' own claims only; with the other
 * filters it filters the list and the highlights. Shown once the article has reviewed claims.
 */
export function SetFilterSelect({ value, onChange }: { value: SetFilter; onChange(value: SetFilter): void }) {
  const id = useId();
  return (
    <div className={styles.authorFilter}>
      <label htmlFor={id}>Set</label>
      <select id={id} value={value} onChange={(event) => onChange(parseSetFilter(event.target.value))}>
        {SET_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
