import styles from "./library.module.css";

/** What the library says when it holds no article: what Claimlens is for and how to begin. */
export function LibraryEmpty() {
  return (
    <div className={`card ${styles.empty}`}>
      <p className={styles.emptyLead}>Claimlens helps you see who claims what in a news article.</p>
      <p>
        Mark each passage as an <span className="badge attributed">Attributed claim</span>, with the speaker it comes
        from and how confident you are in it, or as a <span className="badge reporter">Reporter statement</span>, the
        outlet&rsquo;s own assertion. The article&rsquo;s text never changes: highlights point into it.
      </p>
      <ol className={styles.steps}>
        <li>
          <strong>Import an article</strong> with the Import article form: paste its text, or upload a <code>.txt</code>{" "}
          or <code>.md</code> file.
        </li>
        <li>
          <strong>Select words</strong> in the article to start a claim.
        </li>
        <li>
          <strong>Tag the claim</strong>: its kind, the speaker, the cue (&ldquo;said&rdquo;, &ldquo;warned&rdquo;) and your
          confidence.
        </li>
      </ol>
    </div>
  );
}
