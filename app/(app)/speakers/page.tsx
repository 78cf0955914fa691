import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireActor } from "@/app/_lib/session";
import { listSpeakerDirectory } from "@/db/speakers/speakers";
import { SpeakerDirectory } from "@/components/speakers/speaker-directory";
import { SPEAKER_PAGE_SIZE } from "@/components/speakers/directory-size";
import { SPEAKER_SORTS, type SpeakerSort } from "@/lib/speakers/model";
import styles from "@/components/speakers/speakers.module.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Speakers" };

interface PageProps {
  searchParams: Promise<{ q?: string | string[]; sort?: string | string[] }>;
}

/** The speaker directory: everyone claims are attributed to, with aliases and claim counts. `?q=&sort=` */
export default async function SpeakersPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.trim().slice(0, 200) : "";
  // An unknown sort in a hand-edited address falls back to the default rather than failing the page.
  const sort: SpeakerSort = SPEAKER_SORTS.find((s) => s === params.sort) ?? "claims";
  const [db, viewer] = await Promise.all([getDb(), requireActor()]);
  const page = await listSpeakerDirectory(db, { q, sort, limit: SPEAKER_PAGE_SIZE }, viewer);
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
      <SpeakerDirectory initial={page} initialQuery={q} initialSort={sort} />
    </div>
  );
}
