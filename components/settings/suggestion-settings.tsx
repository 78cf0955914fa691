"use client";

import { useId, useState } from "react";
import { api } from "@/components/api-client";
import { ErrorMessage } from "@/components/error-message";
import { CONFIDENCE_LABELS, CONFIDENCE_LEVELS, type Confidence } from "@/lib/model";
import type { UserSettingsDto } from "@/lib/suggestions/model";
import { plainProblem } from "./plain-problem";
import styles from "./settings.module.css";

/**
 * The analyst's preferences for suggested claims: whether importing an article computes them, and the confidence
 * Enter gives a suggestion it accepts in the workspace. Each change is saved at once.
 */
export function SuggestionSettings({ initial }: { initial: UserSettingsDto }) {
  const [settings, setSettings] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const ids = { heading: useId(), toggleHint: useId(), confidence: useId(), confidenceHint: useId() };

  async function save(patch: Partial<UserSettingsDto>) {
    const before = settings;
    setSettings({ ...settings, ...patch });
    setSaving(true);
    setError(null);
    setStatus("");
    try {
      setSettings(await api.updateSettings(patch));
      setStatus("Saved.");
    } catch (caught) {
      setSettings(before);
      setError(plainProblem(caught, "The setting could not be saved. Try again.", { suggestAfterImport: "Suggest claims after import", defaultConfidence: "Default confidence" }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby={ids.heading} className={`card ${styles.section}`}>
      <h2 id={ids.heading} className={styles.sectionHeading}>
        Suggested claims
      </h2>
      <p className={`muted ${styles.intro}`}>
        Claimlens finds the attributions in an article and proposes them as suggestions for you to accept or reject in the workspace.
      </p>
      <ErrorMessage message={error} />
      <div className={styles.preferences}>
        <label className={styles.toggle}>
          <input
            type="checkbox"
            checked={settings.suggestAfterImport}
            disabled={saving}
            aria-describedby={ids.toggleHint}
            onChange={(event) => void save({ suggestAfterImport: event.currentTarget.checked })}
          />
          <span>Suggest claims after import</span>
        </label>
        <p id={ids.toggleHint} className={`muted ${styles.hint}`}>
          When you import an article, its suggestions are waiting when the workspace opens. Off: press “Suggest claims” in the workspace when you want them.
        </p>
        <label htmlFor={ids.confidence} className={styles.fieldLabel}>
          Default confidence
        </label>
        <select
          id={ids.confidence}
          className={styles.select}
          value={settings.defaultConfidence}
          disabled={saving}
          aria-describedby={ids.confidenceHint}
          onChange={(event) => void save({ defaultConfidence: event.currentTarget.value as Confidence })}
        >
          {CONFIDENCE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {CONFIDENCE_LABELS[level]}
            </option>
          ))}
        </select>
        <p id={ids.confidenceHint} className={`muted ${styles.hint}`}>
          What <kbd>Enter</kbd> gives a suggestion it accepts; <kbd>1</kbd>, <kbd>2</kbd> and <kbd>3</kbd> accept as low, moderate and high.
        </p>
      </div>
      <p role="status" className={`muted ${styles.saved}`}>
        {status}
      </p>
    </section>
  );
}
