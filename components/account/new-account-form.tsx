"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/account-schemas";
import { signIn } from "./sign-in";
import { ErrorMessage } from "@/components/error-message";
import styles from "./account.module.css";

interface ApiFailure {
  error?: { message?: string; details?: { issues?: { path: string; message: string }[] } };
}

const FIELD_NAMES: Record<string, string> = { name: "Name", email: "Email", password: "Password", token: "Link" };

interface NewAccountFormProps {
  title: string;
  intro: ReactNode;
  /** Where the account is created: the first-run setup, or an invitation's acceptance. */
  endpoint: "/api/setup" | "/api/invitations/accept";
  /** Sent with what the person types (the invitation's token). */
  extra?: Record<string, string>;
  /** An email fixed in advance (the invitation's): shown, not asked. */
  fixedEmail?: string;
  defaultName?: string;
  submitLabel: string;
  footnote?: ReactNode;
}

/**
 * A person creating their own account, with their own password (typed twice), then signed in with it at once:
 * the first administrator of a new install, or someone opening an invitation link.
 */
export function NewAccountForm({ title, intro, endpoint, extra, fixedEmail, defaultName, submitLabel, footnote }: NewAccountFormProps) {
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "");
    const email = fixedEmail ?? String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setError("The two passwords differ: type the same password twice.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const created = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...extra, name, ...(fixedEmail ? {} : { email }), password }),
      });
      if (!created.ok) {
        const body = (await created.json().catch(() => null)) as ApiFailure | null;
        const issues = body?.error?.details?.issues;
        setError(issues?.length ? issues.map((i) => `${FIELD_NAMES[i.path] ?? "Form"}: ${i.message}.`).join(" ") : (body?.error?.message ?? "The account could not be created."));
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
      <h1 id={`${id}-title`}>{title}</h1>
      <p className={styles.intro}>{intro}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <input id={`${id}-name`} name="name" autoComplete="name" required maxLength={200} defaultValue={defaultName} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>Email</label>
        {fixedEmail ? (
          <input id={`${id}-email`} name="email" type="email" autoComplete="username" value={fixedEmail} readOnly aria-describedby={`${id}-email-hint`} />
        ) : (
          <input id={`${id}-email`} name="email" type="email" autoComplete="username" required />
        )}
        {fixedEmail ? (
          <span className="hint" id={`${id}-email-hint`}>
            You will sign in with it.
          </span>
        ) : null}
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
      <ErrorMessage message={error} />
      <button type="submit" className={`button primary ${styles.submit}`} disabled={pending}>
        {pending ? "Creating the account…" : submitLabel}
      </button>
      {footnote ? <p className={styles.note}>{footnote}</p> : null}
    </form>
  );
}
