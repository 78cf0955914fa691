"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { api } from "@/components/api-client";
import { countOf } from "@/components/library/format";
import type { ApiTokenDto } from "@/lib/auth/model";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { NewTokenNotice } from "./new-token-notice";
import { plainProblem } from "./plain-problem";
import { TokenRow } from "./token-row";
import { ErrorMessage } from "@/components/error-message";
import styles from "./settings.module.css";
import tables from "./tables.module.css";
import { TableHead } from "./table-head";

interface Created {
  token: string;
  info: ApiTokenDto;
  origin: string;
}

/**
 * The signed-in person's API tokens: the list (revoked ones too), a form to create one, which is then shown
 * once, and "Revoke".
 */
export function ApiTokens({ initial, role }: { initial: ApiTokenDto[]; role: Role }) {
  const [tokens, setTokens] = useState(initial);
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const nameInput = useRef<HTMLInputElement>(null);
  const id = useId();

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (name.trim() === "") {
      setError("Give the token a name, such as the script that will use it.");
      nameInput.current?.focus();
      return;
    }
    setPending(true);
    try {
      const result = await api.createToken(name.trim());
      setTokens((current) => [result.info, ...current.filter((t) => t.id !== result.info.id)]);
      setCreated({ ...result, origin: window.location.origin });
      setName("");
    } catch (caught) {
      setError(plainProblem(caught, "The token could not be created. Try again.", { name: "Name" }));
      nameInput.current?.focus();
    } finally {
      setPending(false);
    }
  }

  function revoked(token: ApiTokenDto) {
    setTokens((current) => current.map((t) => (t.id === token.id ? token : t)));
    if (created?.info.id === token.id) setCreated(null);
    setAnnouncement(`Revoked the token “${token.name}”.`);
  }

  const active = tokens.filter((t) => t.revokedAt === null).length;
  return (
    <section aria-labelledby={`${id}-heading`} className={`card ${styles.section}`}>
      <h2 id={`${id}-heading`} className={styles.sectionHeading}>
        API tokens
      </h2>
      <p className={`muted ${styles.intro}`}>
        Scripts, notebooks and other tools use a token instead of your password: they send it in an{" "}
        <code>Authorization: Bearer</code> header and act as you, with your role ({ROLE_LABELS[role].toLowerCase()}). Revoke a
        token you no longer use, or one that may have leaked.
      </p>

      {created ? (
        <NewTokenNotice
          token={created.token}
          info={created.info}
          origin={created.origin}
          onDone={() => {
            setCreated(null);
            nameInput.current?.focus();
          }}
        />
      ) : null}

      <form onSubmit={(event) => void create(event)} className={styles.createForm} aria-busy={pending}>
        <div className={`field ${styles.nameField}`}>
          <label htmlFor={`${id}-name`}>New token name</label>
          <input
            id={`${id}-name`}
            ref={nameInput}
            type="text"
            value={name}
            maxLength={100}
            autoComplete="off"
            placeholder="e.g. nightly export"
            aria-describedby={`${id}-name-hint`}
            onChange={(event) => setName(event.target.value)}
          />
          <span id={`${id}-name-hint`} className="hint">
            What will use it, so that you can tell your tokens apart.
          </span>
        </div>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
      <ErrorMessage message={error} />

      {tokens.length === 0 ? (
        <p className={tables.empty}>You have no API tokens yet.</p>
      ) : (
        <div className={tables.tableWrap}>
          <table className={tables.table}>
            <caption className="visually-hidden">
              Your API tokens: {countOf(active, "active token")}, {countOf(tokens.length - active, "revoked token")}
            </caption>
            <TableHead columns={["Name", "Token", "Created", "Last used", "Status"]} />
            <tbody>
              {tokens.map((token) => (
                <TokenRow key={token.id} token={token} onRevoked={revoked} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
