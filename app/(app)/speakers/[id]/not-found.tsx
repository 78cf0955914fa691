import Link from "@/components/app-link";
import styles from "@/components/speakers/speaker-page.module.css";

/** A speaker page for an id that names no speaker (deleted, merged away, or mistyped). */
export default function SpeakerNotFound() {
  return (
    <div className={styles.page}>
      <div className={`card ${styles.empty}`}>
        <h1 className={styles.emptyLead}>No such speaker</h1>
        <p>This speaker does not exist. They may have been merged into another speaker or deleted.</p>
        <p>
          <Link href="/speakers">Find them in the speaker directory</Link>
        </p>
      </div>
    </div>
  );
}
