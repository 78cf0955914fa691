import styles from "./speakers.module.css";

/** What the directory says before any speaker exists: where speakers come from. */
export function SpeakersEmpty() {
  return (
    <div className={`card ${styles.empty}`}>
      <p className={styles.emptyLead}>No speakers yet.</p>
      <p>
        A speaker is the person, organization or unnamed source an attributed claim comes from. Speakers are created
        while you tag claims in an article (type a new name in the speaker field) or here, with the New speaker form.
      </p>
      <p>
        Give a speaker aliases, such as &ldquo;Kirby&rdquo; for John Kirby, so that later claims find the same speaker
        whichever name the article uses.
      </p>
    </div>
  );
}
