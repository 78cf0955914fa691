import styles from "@/components/account/account.module.css";

/** The pages before signing in: one card in the middle of the screen. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className={styles.page}>
      <div className={`card ${styles.card}`}>
        <p className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true">
            ❝
          </span>
          Claimlens
        </p>
        {children}
      </div>
    </main>
  );
}
