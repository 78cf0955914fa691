"use client";

import { useId } from "react";
import styles from "./claim-panel.module.css";

interface FilterSelectProps<T extends string> {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  /** Reads the chosen option's value back into the filter's type (the rule lives in claim-filter.ts). */
  parse(value: string): T;
  onChange(value: T): void;
}

/**
 * One of the panel's drop-down filters ("Show claims by", "Set"); with the kind chips they filter the list and the
 * highlights together.
 */
export function FilterSelect<T extends string>({ label, options, value, parse, onChange }: FilterSelectProps<T>) {
  const id = useId();
  return (
    <div className={styles.authorFilter}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(parse(event.target.value))}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
