import styles from "./speaker-page.module.css";
import { exportHref } from "@/lib/export/export-href";

/** The formats a speaker's claims download in, through the corpus export filtered to the speaker. */
const FORMATS = [
  { format: "csv", label: "CSV", title: "A spreadsheet: one row per claim, with its sentence and article" },
  { format: "jsonl", label: "JSON Lines", title: "One JSON object per claim, for notebooks and scripts" },
  { format: "claimlens", label: "Claimlens JSON", title: "The lossless, re-importable format, with the articles' texts" },
] as const;

/** Download links for every claim of a speaker (the filters of the page do not apply). */
export function SpeakerExportLinks({ speakerId, speakerName }: { speakerId: string; speakerName: string }) {
  return (
    <div className={styles.export} role="group" aria-label={`Download ${speakerName}'s claims`}>
      <span className={styles.exportLabel}>Download all claims</span>
      {FORMATS.map(({ format, label, title }) => (
        <a key={format} className="button small" href={exportHref(format, { speakerIds: [speakerId] })} download title={title}>
          {label}
        </a>
      ))}
    </div>
  );
}
