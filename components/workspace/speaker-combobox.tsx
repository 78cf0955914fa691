"use client";

import { Fragment, useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { api, ApiError } from "@/components/api-client";
import type { Span } from "@/lib/claims/span";
import type { SpeakerDto } from "@/lib/model";
import { forgetSpeakers, loadRecentSpeakers } from "./recent-speakers";
import { speakerOptions, startingGroups, type SpeakerChoice, type SpeakerGroup, type SpeakerOption } from "./speaker-options";
import styles from "./claim-form.module.css";

interface SpeakerComboboxProps {
  inputId: string;
  /** The chosen speaker, or null while the analyst is still typing. */
  value: SpeakerChoice | null;
  query: string;
  onQueryChange(query: string): void;
  onChange(speaker: SpeakerChoice | null): void;
  invalid?: boolean;
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  /** The claim's article and span, for the speakers suggested from the text around it. */
  suggestFor?: { articleId: string; span: Span };
}

const SEARCH_DELAY_MS = 150;

/** What the list offers before anything is typed, besides the directory. */
interface Starting {
  suggested: SpeakerDto[];
  recent: SpeakerDto[];
}

/**
 * The speakers suggested from the text and the recently used ones that still exist. Neither may stop the
 * picker from working: when one cannot be loaded, its group is simply left out.
 */
async function loadStarting(suggestFor: SpeakerComboboxProps["suggestFor"]): Promise<Starting> {
  const suggested = suggestFor
    ? api.speakerSuggestions(suggestFor.articleId, suggestFor.span).then(
        ({ items }) => items,
        () => [],
      )
    : Promise.resolve([]);
  const remembered = loadRecentSpeakers();
  // One request for all of them; those that no longer exist (deleted, merged away) are forgotten.
  const recent =
    remembered.length === 0
      ? Promise.resolve([])
      : api.speakersByIds(remembered.map((s) => s.id)).then(
          ({ items }) => {
            const found = new Set(items.map((speaker) => speaker.id));
            forgetSpeakers(remembered.filter((s) => !found.has(s.id)).map((s) => s.id));
            return items;
          },
          () => [],
        );
  const [s, r] = await Promise.all([suggested, recent]);
  return { suggested: s, recent: r };
}

/**
 * The speaker picker: an ARIA 1.2 combobox whose listbox searches speakers by name and alias as the analyst
 * types, and offers to create a speaker when no name or alias matches the typed words exactly. Before anything
 * is typed it offers the speakers named near the claim, then the ones used last in this browser; it never
 * picks one by itself, but a single suggestion starts as the active option, so Enter takes it.
 */
export function SpeakerCombobox({ inputId, value, query, onQueryChange, onChange, invalid, describedBy, inputRef, suggestFor }: SpeakerComboboxProps) {
  const listboxId = useId();
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<{ query: string; speakers: SpeakerDto[] } | null>(null);
  const [starting, setStarting] = useState<Starting | null>(null);
  const [active, setActive] = useState(-1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sequence = useRef(0);
  const startingLoad = useRef<Promise<Starting> | null>(null);
  const list = useRef<HTMLDivElement>(null);

  const trimmed = query.trim();
  const groups: SpeakerGroup[] =
    trimmed === "" && results?.query === ""
      ? startingGroups(starting?.suggested ?? [], starting?.recent ?? [], results.speakers)
      : [{ label: null, options: speakerOptions(results, trimmed) }];
  const options = groups.flatMap((group) => group.options);

  useEffect(() => {
    if (!open) return;
    const ticket = ++sequence.current;
    const timer = setTimeout(
      () => {
        // The suggestions and recent speakers do not change while the form is open: loaded once.
        if (trimmed === "") startingLoad.current ??= loadStarting(suggestFor);
        Promise.all([api.searchSpeakers(trimmed, 12), trimmed === "" ? startingLoad.current : null])
          .then(([{ items }, start]) => {
            if (ticket !== sequence.current) return;
            setResults({ query: trimmed, speakers: items });
            if (start) setStarting(start);
            // A single suggestion starts active; an option the analyst already moved to stays active.
            setActive((current) => (trimmed !== "" ? 0 : current >= 0 ? current : start?.suggested.length === 1 ? 0 : -1));
            setError(null);
          })
          .catch((e: unknown) => {
            if (ticket === sequence.current) setError(e instanceof ApiError ? e.message : "Speakers could not be searched.");
          });
      },
      trimmed === "" ? 0 : SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
    // suggestFor is fixed for the life of the form.
  }, [open, trimmed]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (active < 0) return;
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const choose = async (option: SpeakerOption) => {
    if (option.type === "speaker") {
      onChange({ id: option.speaker.id, name: option.speaker.name });
      onQueryChange(option.speaker.name);
      closeList();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await api.createSpeaker({ name: option.name });
      onChange({ id: created.id, name: created.name });
      onQueryChange(created.name);
      closeList();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "The speaker could not be created.");
    } finally {
      setBusy(false);
    }
  };

  /** Opens the list with an option active (a reopened list never keeps a stale one). */
  const openList = (index: number) => {
    setOpen(true);
    setActive(index);
  };
  const closeList = () => {
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) openList(0);
      else if (count > 0) setActive((i) => (i + 1) % count);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) openList(count - 1);
      else if (count > 0) setActive((i) => (i <= 0 ? count - 1 : i - 1));
    } else if (event.key === "Enter") {
      const option = open ? options[active] : undefined;
      if (open) event.preventDefault();
      if (option && !busy) void choose(option);
    } else if (event.key === "Escape" && open) {
      // Close the list only; a second Escape reaches the form and cancels it.
      event.preventDefault();
      event.stopPropagation();
      closeList();
    }
  };

  const renderOption = (option: SpeakerOption, index: number) => (
    <div
      key={option.type === "speaker" ? option.speaker.id : "create"}
      id={`${listboxId}-${index}`}
      data-index={index}
      role="option"
      aria-selected={index === active}
      className={option.type === "create" ? `${styles.option} ${styles.createOption}` : styles.option}
      // Keep the focus in the input so the list does not close before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={() => setActive(index)}
      onClick={() => void choose(option)}
    >
      {option.type === "speaker" ? (
        <>
          <span className={styles.optionName}>{option.speaker.name}</span>
          {option.detail ? <span className={styles.optionDetail}> — {option.detail}</span> : null}
        </>
      ) : (
        <>
          <span aria-hidden="true" className={styles.plus}>
            +
          </span>
          {`Create speaker “${option.name}”`}
        </>
      )}
    </div>
  );

  const expanded = open && options.length > 0;
  const activeId = expanded && active >= 0 && active < options.length ? `${listboxId}-${active}` : undefined;

  return (
    <div className={styles.combobox}>
      <div className={styles.comboInputRow}>
        <input
          id={inputId}
          ref={inputRef}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-busy={busy || undefined}
          placeholder="Type a name or alias"
          value={query}
          onChange={(event) => {
            onQueryChange(event.target.value);
            if (value && event.target.value !== value.name) onChange(null);
            // No option is active until the results for the new words arrive.
            openList(-1);
          }}
          onClick={() => {
            if (!open) openList(-1);
          }}
          // With nothing typed yet, focusing the box shows the suggestions at once.
          onFocus={() => {
            if (!open && trimmed === "" && !value) openList(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={closeList}
        />
        {value ? (
          <span className={styles.chosen} title={`Speaker: ${value.name}`} aria-hidden="true">
            ✓
          </span>
        ) : null}
      </div>
      <div id={listboxId} ref={list} role="listbox" aria-label="Speakers" className={styles.listbox} hidden={!expanded}>
        {groups.map((group) => {
          const first = options.indexOf(group.options[0] as SpeakerOption);
          const items = group.options.map((option, offset) => renderOption(option, first + offset));
          return group.label ? (
            <div key={group.label} role="group" aria-labelledby={`${listboxId}-${first}-label`} className={styles.optionGroup}>
              <div id={`${listboxId}-${first}-label`} role="presentation" className={styles.groupLabel}>
                {group.label}
              </div>
              {items}
            </div>
          ) : (
            <Fragment key="options">{items}</Fragment>
          );
        })}
      </div>
      <span className="visually-hidden" aria-live="polite">
        {expanded ? `${options.length} ${options.length === 1 ? "choice" : "choices"}` : ""}
      </span>
      {error ? (
        <p className={styles.fieldError} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
