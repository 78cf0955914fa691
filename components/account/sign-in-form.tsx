"use client";

import { useId, useState, type FormEvent } from "react";
import { signIn } from "./sign-in";
import { ErrorMessage } from "@/components/error-message";
import styles from "./account.module.css";

/** Email and password; on success, the page the person wanted (`next`). */
export function SignInForm({ next }: { next: string }) {
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
      if (!result.ok) {
        setError(result.message);
        setPending(false);
        return;
      }
      window.location.assign(next);
    } catch {
      setError("Claimlens could not reach the server. Check that it is running, then try again.");
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} noValidate={false}>
      <h1 id={`${id}-title`}>Sign in</h1>
      <p className={styles.intro}>Sign in with the account an administrator made for you.</p>
      <div className="field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input id={`${id}-email`} name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required />
      </div>
      <ErrorMessage message={error} />
      <button type="submit" className={`button primary ${styles.submit}`} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
