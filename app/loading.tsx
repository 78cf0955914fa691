import styles from "@/components/library/library.module.css";

/** Shown while a page's data loads (the embedded database can take a moment on first use). */
export default function Loading() {
  return (
    <div className={styles.loading} role="status">
      <span className={styles.spinner} aria-hidden="true" />
      Loading…
    </div>
  );
}
