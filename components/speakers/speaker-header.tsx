import { SPEAKER_KIND_LABELS } from "@/lib/model";
import type { SpeakerProfileDto } from "@/lib/speakers/model";
import { SpeakerExportLinks } from "./speaker-export-links";
import styles from "./speaker-page.module.css";

/** The head of a speaker's page: name, kind, description, aliases, and the downloads of their claims. */
export function SpeakerHeader({ speaker }: { speaker: SpeakerProfileDto }) {
  return (
    <header className={styles.header}>
      <div className={styles.identity}>
        <h1>
          {speaker.name} <span className={`${styles.kind} ${styles[`kind_${speaker.kind}`] ?? ""}`}>{SPEAKER_KIND_LABELS[speaker.kind]}</span>
        </h1>
        {speaker.description ? <p className={styles.description}>{speaker.description}</p> : null}
        {speaker.aliases.length > 0 ? (
          <p className={styles.aliases}>
            Also called {speaker.aliases.map((a, i) => (
              <span key={a}>
                {i > 0 ? ", " : ""}
                <q>{a}</q>
              </span>
            ))}
          </p>
        ) : null}
      </div>
      {speaker.claimCount > 0 ? <SpeakerExportLinks speakerId={speaker.id} speakerName={speaker.name} /> : null}
    </header>
  );
}
