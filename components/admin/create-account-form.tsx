"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { api } from "@/components/api-client";
import { CopyButton } from "@/components/settings/copy-button";
import { plainProblem } from "@/components/settings/plain-problem";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/account-schemas";
import type { InvitationDto, UserDto } from "@/lib/auth/model";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, roleWithArticle, type Role } from "@/lib/auth/roles";
import { GENERATED_PASSWORD_LENGTH, generatePassword } from "./generate-password";
import { INVITATION_DAYS } from "@/lib/auth/invitations";
import { ErrorMessage } from "@/components/error-message";
import styles from "./admin.module.css";

const LABELS = { name: "Name", email: "Email", password: "Password", role: "Role" };

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** How the new person gets in: a one-time link where they choose their password, or a password set here. */
type Method = "invite" | "password";

/** What the administrator hands over, shown until dismissed. */
type Handover = { kind: "account"; user: UserDto; password: string } | { kind: "invitation"; invitation: InvitationDto; link: string };

/**
 * The "Create account" form: name, email, role (each with what it allows), and how the person gets in: an
 * invitation link (they choose their own password; the default) or a password typed or generated here. The link
 * or the sign-in details stay on screen until dismissed, for the administrator to hand over.
 */
export function CreateAccountForm({ onCreated, onInvited }: { onCreated: (user: UserDto) => void; onInvited: (invitation: InvitationDto) => void }) {
  const [method, setMethod] = useState<Method>("invite");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [password, setPassword] = useState("");
  const [showPassword, setShowPassword] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Handover | null>(null);
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
      if (method === "invite") {
        const { path, invitation } = await api.createInvitation({ name: name.trim(), email: email.trim(), role });
        onInvited(invitation);
        setCreated({ kind: "invitation", invitation, link: `${window.location.origin}${path}` });
        setAnnouncement(`Invited ${invitation.name} as ${roleWithArticle(invitation.role)}. The invitation link is above the form.`);
      } else {
        const user = await api.createUser({ name: name.trim(), email: email.trim(), password, role });
        onCreated(user);
        setCreated({ kind: "account", user, password });
        setAnnouncement(`Created ${user.name}'s account, as ${roleWithArticle(user.role)}. Their sign-in details are above the form.`);
      }
      setName("");
      setEmail("");
      setPassword("");
      setShowPassword(false);
      setRole("viewer");
    } catch (caught) {
      setError(plainProblem(caught, method === "invite" ? "The invitation could not be created. Try again." : "The account could not be created. Try again.", LABELS));
    } finally {
      setPending(false);
    }
  }

  function done() {
    setCreated(null);
    nameInput.current?.focus();
  }

  return (
    <section aria-labelledby={`${id}-heading`} className={`card ${styles.panel}`} id="create-account" tabIndex={-1}>
      <h2 id={`${id}-heading`} className={styles.panelHeading}>
        Create account
      </h2>
      <p className={`muted ${styles.panelIntro}`}>Claimlens has no public sign-up: each person gets an account here.</p>

      {created?.kind === "account" ? (
        <div className={styles.handover} role="region" aria-labelledby={`${id}-created`}>
          <p id={`${id}-created`} className={styles.handoverLead}>
            Created {created.user.name}&rsquo;s account, as {roleWithArticle(created.user.role)}.
          </p>
          <p className={styles.handoverIntro}>Hand over these sign-in details, privately:</p>
          <dl className={styles.handoverFacts}>
            <dt>Email</dt>
            <dd>{created.user.email}</dd>
            <dt>
              <label htmlFor={`${id}-handover-secret`}>Password</label>
            </dt>
            <dd className={styles.handoverSecret}>
              <HandoverSecret id={`${id}-handover-secret`} value={created.password} copyLabel="Copy password" />
            </dd>
          </dl>
          <DoneButton onDone={done} />
        </div>
      ) : null}
      {created?.kind === "invitation" ? (
        <div className={styles.handover} role="region" aria-labelledby={`${id}-created`}>
          <p id={`${id}-created`} className={styles.handoverLead}>
            Invited {created.invitation.name}, as {roleWithArticle(created.invitation.role)}.
          </p>
          <p className={styles.handoverIntro}>
            Send them this link, privately. It works once, for {INVITATION_DAYS} days; they choose their own password. It will not be shown again.
          </p>
          <label htmlFor={`${id}-handover-secret`} className="visually-hidden">
            Invitation link
          </label>
          <div className={styles.handoverSecret}>
            <HandoverSecret id={`${id}-handover-secret`} value={created.link} copyLabel="Copy link" />
          </div>
          <DoneButton onDone={done} />
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
        <fieldset className={styles.methods}>
          <legend>How they sign in</legend>
          <label className={styles.method}>
            <input type="radio" name={`${id}-method`} value="invite" checked={method === "invite"} onChange={() => setMethod("invite")} />
            <span>
              Send an invitation link
              <span className="hint">They choose their own password. The link works once, for {INVITATION_DAYS} days.</span>
            </span>
          </label>
          <label className={styles.method}>
            <input type="radio" name={`${id}-method`} value="password" checked={method === "password"} onChange={() => setMethod("password")} />
            <span>
              Set a password now
              <span className="hint">You hand the password over yourself.</span>
            </span>
          </label>
        </fieldset>
        {method === "password" ? (
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
        ) : null}
        <ErrorMessage message={error} />
        <div className={styles.formActions}>
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? "Creating…" : method === "invite" ? "Create invitation link" : "Create account"}
          </button>
        </div>
      </form>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}

/** A secret to hand over (a password, an invitation link), in a read-only field that selects itself, with Copy. */
export function HandoverSecret({ id, value, copyLabel }: { id: string; value: string; copyLabel: string }) {
  return (
    <>
      <input id={id} type="text" readOnly value={value} spellCheck={false} autoComplete="off" onFocus={(event) => event.currentTarget.select()} />
      <CopyButton text={value} label={copyLabel} fieldId={id} />
    </>
  );
}

function DoneButton({ onDone }: { onDone: () => void }) {
  return (
    <button type="button" className="button small" onClick={onDone}>
      Done
    </button>
  );
}
