"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { api } from "@/components/api-client";
import { CopyButton } from "@/components/settings/copy-button";
import { plainProblem } from "@/components/settings/plain-problem";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/account-schemas";
import type { UserDto } from "@/lib/auth/model";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { GENERATED_PASSWORD_LENGTH, generatePassword } from "./generate-password";
import { withArticle } from "./account-row";
import styles from "./admin.module.css";

const LABELS = { name: "Name", email: "Email", password: "Password", role: "Role" };

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/**
 * The "Create account" form: name, email, role (each with what it allows) and a password, typed or generated.
 * The new account's sign-in details stay on screen until dismissed, for the administrator to hand over.
 */
export function CreateAccountForm({ onCreated }: { onCreated: (user: UserDto) => void }) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ user: UserDto; password: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const nameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const id = useId();

  function generate() {
    setPassword(generatePassword());
    setShowPassword(true);
    passwordInput.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      const user = await api.createUser({ name: name.trim(), email: email.trim(), password, role });
      onCreated(user);
      setCreated({ user, password });
      setAnnouncement(`Created ${user.name}'s account, as ${withArticle(user.role)}. Their sign-in details are above the form.`);
      setName("");
      setEmail("");
      setPassword("");
      setShowPassword(false);
      setRole("viewer");
    } catch (caught) {
      setError(plainProblem(caught, "The account could not be created. Try again.", LABELS));
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className={`card ${styles.panel}`} id="create-account" tabIndex={-1}>
      <h2 id={`${id}-heading`} className={styles.panelHeading}>
        Create account
      </h2>
      <p className={`muted ${styles.panelIntro}`}>Claimlens has no public sign-up: each person gets an account here.</p>

      {created ? (
        <div className={styles.handover} role="region" aria-labelledby={`${id}-created`}>
          <p id={`${id}-created`} className={styles.handoverLead}>
            Created {created.user.name}&rsquo;s account, as {withArticle(created.user.role)}.
          </p>
          <p className={styles.handoverIntro}>Hand over these sign-in details, privately:</p>
          <dl className={styles.handoverFacts}>
            <dt>Email</dt>
            <dd>{created.user.email}</dd>
            <dt>
              <label htmlFor={`${id}-handover-password`}>Password</label>
            </dt>
            <dd className={styles.handoverPassword}>
              <input
                id={`${id}-handover-password`}
                type="text"
                readOnly
                value={created.password}
                spellCheck={false}
                autoComplete="off"
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton text={created.password} label="Copy password" fieldId={`${id}-handover-password`} />
            </dd>
          </dl>
          <button
            type="button"
            className="button small"
            onClick={() => {
              setCreated(null);
              nameInput.current?.focus();
            }}
          >
            Done
          </button>
        </div>
      ) : null}

      <form onSubmit={(event) => void submit(event)} aria-busy={pending} className={styles.form}>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} ref={nameInput} type="text" value={name} required maxLength={200} autoComplete="off" placeholder="e.g. Nadia Haddad" onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>Email</label>
          <input id={`${id}-email`} type="email" value={email} required maxLength={254} autoComplete="off" placeholder="e.g. nadia@example.org" onChange={(event) => setEmail(event.target.value)} />
          <span className="hint">They sign in with it.</span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} aria-describedby={`${id}-role-hint`} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {ROLE_LABELS[value]}
              </option>
            ))}
          </select>
          <span id={`${id}-role-hint`} className="hint" aria-live="polite">
            {sentence(ROLE_DESCRIPTIONS[role])}
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <div className={styles.passwordRow}>
            <input
              id={`${id}-password`}
              ref={passwordInput}
              type={showPassword ? "text" : "password"}
              value={password}
              required
              minLength={MIN_PASSWORD_LENGTH}
              maxLength={128}
              autoComplete="new-password"
              spellCheck={false}
              aria-describedby={`${id}-password-hint`}
              className={showPassword ? styles.visiblePassword : undefined}
              onChange={(event) => setPassword(event.target.value)}
            />
            <button type="button" className="button small" onClick={generate}>
              Generate
            </button>
            <button type="button" className="button small ghost" aria-pressed={showPassword} onClick={() => setShowPassword((shown) => !shown)}>
              {showPassword ? "Hide" : "Show"}
              <span className="visually-hidden"> password</span>
            </button>
          </div>
          <span id={`${id}-password-hint`} className="hint">
            At least {MIN_PASSWORD_LENGTH} characters. Generate makes a random {GENERATED_PASSWORD_LENGTH}-character one and shows it, for you to
            hand over.
          </span>
        </div>
        {error ? (
          <p role="alert" className="error-message">
            {error}
          </p>
        ) : null}
        <div className={styles.formActions}>
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? "Creating…" : "Create account"}
          </button>
        </div>
      </form>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
