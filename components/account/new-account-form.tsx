"use client";

import { useId, useState, type FormEvent } from "react";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/account-schemas";
import { signIn } from "./sign-in";
import styles from "./account.module.css";

interface ApiFailure {
  error?: { message?: string; details?: { issues?: { path: string; message: string }[] } };
}

/**
 * The first visit of a new install: create the administrator account (name, email, password twice), then sign
 * in with it at once.
 */
export function SetupForm() {
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "");
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setError("The two passwords differ: type the same password twice.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const created = await fetch("/api/setup", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name, email, password }),
      });
      if (!created.ok) {
        const body = (await created.json().catch(() => null)) as ApiFailure | null;
        const issues = body?.error?.details?.issues;
        setError(issues?.length ? issues.map((i) => `${i.path === "password" ? "Password" : i.path === "email" ? "Email" : "Name"}: ${i.message}.`).join(" ") : (body?.error?.message ?? "The account could not be created."));
        setPending(false);
        return;
      }
      const signedIn = await signIn(email, password);
      window.location.assign(signedIn.ok ? "/" : "/sign-in");
    } catch {
      setError("Claimlens could not reach the server. Check that it is running, then try again.");
      setPending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Welcome to Claimlens</h1>
      <p className={styles.intro}>
        This is a new installation. Create the administrator account: it manages who else can sign in, and with which
        role.
      </p>
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <input id={`${id}-name`} name="name" autoComplete="name" required maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input id={`${id}-email`} name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input id={`${id}-password`} name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} aria-describedby={`${id}-password-hint`} />
        <span className="hint" id={`${id}-password-hint`}>
          At least {MIN_PASSWORD_LENGTH} characters.
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Password again</label>
        <input id={`${id}-confirm`} name="confirm" type="password" autoComplete="new-password" required />
      </div>
      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className={`button primary ${styles.submit}`} disabled={pending}>
        {pending ? "Creating the account…" : "Create administrator account"}
      </button>
    </form>
  );
}
