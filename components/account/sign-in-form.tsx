"use client";

import { useId, useState, type FormEvent } from "react";
import styles from "./account.module.css";

/** Why better-auth refused a sign-in, in plain words. */
function refusal(status: number, message: string | undefined): string {
  if (status === 429) return "Too many sign-in attempts from here. Wait a minute, then try again.";
  if (status === 401) return "The email or the password is not right.";
  if (status === 403 && message) return message;
  return message ?? "Signing in failed. Try again.";
}

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
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        setError(refusal(response.status, body?.message));
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
      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className={`button primary ${styles.submit}`} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
