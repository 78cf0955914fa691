import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listSpeakers } from "@/db/speakers";
import { SpeakerDirectory } from "@/components/speakers/speaker-directory";
import { SPEAKER_PAGE_SIZE } from "@/components/speakers/directory-size";
import styles from "@/components/speakers/speakers.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Speakers" };

/** The speaker directory: everyone claims are attributed to, with their aliases. */
export default async function SpeakersPage() {
  const speakers = await listSpeakers(await getDb(), { limit: SPEAKER_PAGE_SIZE });
  return (
    <div className={styles.page}>
      <header className={styles.pageHeader}>
        <div>
          <h1>Speakers</h1>
          <p className="muted">The people, organizations and unnamed sources that claims are attributed to.</p>
        </div>
        {/* On narrow screens the "New speaker" form sits below the list. */}
        <a href="#new-speaker" className={`button primary small ${styles.jump}`}>
          Add a speaker
        </a>
      </header>
      <SpeakerDirectory initialSpeakers={speakers} />
    </div>
  );
}
