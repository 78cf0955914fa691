"use client";

import { useMemo } from "react";
import type { ClaimDto, ClaimKind } from "@/lib/model";
import styles from "./claim-panel.module.css";

/** Which claims the panel and the highlights show. */
export type KindFilter = "all" | ClaimKind;

const CHIPS: { value: KindFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "attributed", label: "Attributed" },
  { value: "reporter", label: "Reporter" },
];

/** Filter chips for the claims panel: all claims, attributed claims only, or reporter statements only. */
export function KindFilterChips({ claims, value, onChange }: { claims: readonly ClaimDto[]; value: KindFilter; onChange(v: KindFilter): void }) {
  // Counted once per list (the workspace renders on every selection; 5,000 claims were three passes each time).
  const counts = useMemo(() => {
    const byKind: Record<KindFilter, number> = { all: claims.length, attributed: 0, reporter: 0 };
    for (const claim of claims) byKind[claim.kind] += 1;
    return byKind;
  }, [claims]);
  return (
    <div className={styles.chips} role="group" aria-label="Show claims">
      {CHIPS.map((chip) => (
        <button
          key={chip.value}
          type="button"
          className={`${styles.chip} ${styles[`chip-${chip.value}`] ?? ""}`}
          aria-pressed={value === chip.value}
          onClick={() => onChange(chip.value)}
        >
          {chip.label}
          <span className={styles.chipCount}>{counts[chip.value]}</span>
        </button>
      ))}
    </div>
  );
}
