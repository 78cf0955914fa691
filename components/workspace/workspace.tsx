"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ArticleDto, ClaimDto } from "@/lib/model";
import { snapToWords, type Span } from "@/lib/claims/span";
import { suggestCue } from "@/lib/claims/cues";
import { sentenceSpans } from "@/lib/text/sentences";
import { ArticleText, type ArticleTextHandle } from "./article-text";
import { ClaimForm, type ClaimDraft } from "./claim-form";
import { editForm, newForm, type FormState } from "./claim-form-state";
import { ClaimPanel } from "./claim-panel";
import type { KindFilter } from "./kind-filter";
import { Legend } from "./legend";
import { TagToolbar } from "./tag-toolbar";
import { Toast, type ToastMessage } from "./toast";
import { fieldsOf, useClaimActions, type SaveFailure } from "./use-claim-actions";
import { rememberSpeaker } from "./recent-speakers";
import { revealInPanel, setClaimInUrl } from "./reveal";
import { ArticleEditor, type ArticleEditorHandle } from "./article-editor";
import { EditBar } from "./edit-bar";
import { ReanchorReportDialog } from "./reanchor-report";
import { ReplaceTextDialog } from "./replace-text-dialog";
import { ReviewList } from "./review-list";
import { useArticleText } from "./use-article-text";
import { useReviewActions } from "./use-review-actions";
import styles from "./workspace.module.css";

interface WorkspaceProps {
  article: Pick<ArticleDto, "id" | "text" | "revision">;
  claims: ClaimDto[];
  /** A claim to open with (`?claim=`): selected, scrolled into view and flashed. */
  initialClaimId: string | null;
  /** The article's title, date and source, rendered by the page. */
  header: ReactNode;
  /** A revision just restored from the history (`?restored=`), to say so once. */
  restoredRevision?: number | null;
}

/**
 * The article workspace: the text with its claim highlights on the left, the claims panel on the right, and
 * the tagging flow between them (select words → Tag selection → form → Save claim).
 */
export function Workspace({ article, claims: initialClaims, initialClaimId, header, restoredRevision = null }: WorkspaceProps) {
  const { claims, put, create, update, remove, replaceAll, place } = useClaimActions(article.id, initialClaims);
  const source = useArticleText(article, replaceAll);
  const { text, editing } = source;
  const editorRef = useRef<ArticleEditorHandle>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<ArticleTextHandle>(null);
  const panelList = useRef<HTMLDivElement>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const sentences = useMemo(() => sentenceSpans(text), [text]);

  const [selectedId, setSelectedId] = useState<string | null>(() =>
    initialClaims.some((c) => c.id === initialClaimId) ? initialClaimId : null,
  );
  const [filter, setFilter] = useState<KindFilter>("all");
  const [selection, setSelection] = useState<Span | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [flash, setFlash] = useState<{ id: string; count: number } | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const toastIds = useRef(0);

  const placed = useMemo(() => claims.filter((c) => c.status === "anchored"), [claims]);
  const orphans = useMemo(() => claims.filter((c) => c.status === "orphaned"), [claims]);
  const fuzzy = useMemo(() => placed.filter((c) => c.fuzzy !== null), [placed]);
  const visible = useMemo(() => (filter === "all" ? placed : placed.filter((c) => c.kind === filter)), [placed, filter]);
  const highlights = useMemo(
    () => ({ claims: visible, selectedId, flash, pending: form?.span ?? null }),
    [visible, selectedId, flash, form?.span],
  );

  const say = useCallback((message: string, extra: Partial<ToastMessage> = {}) => {
    setToast({ id: ++toastIds.current, text: message, ...extra });
  }, []);
  const dismissToast = useCallback((id: number) => setToast((t) => (t?.id === id ? null : t)), []);

  const flashClaim = useCallback((id: string) => {
    setFlash((f) => ({ id, count: (f?.count ?? 0) + 1 }));
  }, []);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash((f) => (f === flash ? null : f)), 1500);
    return () => clearTimeout(timer);
  }, [flash]);

  useEffect(() => setClaimInUrl(selectedId), [selectedId]);

  useEffect(() => {
    if (restoredRevision === null) return;
    say(`Revision ${restoredRevision} restored: it is the current text again.`);
    const url = new URL(window.location.href);
    url.searchParams.delete("restored");
    window.history.replaceState(null, "", url);
  }, [restoredRevision, say]);

  /** Selects a claim; from the panel, the text scrolls to it, and from the text, the panel does. */
  const select = useCallback(
    (id: string, from: "panel" | "text") => {
      setSelectedId(id);
      if (from === "panel") {
        textRef.current?.scrollToClaim(id);
        flashClaim(id);
      } else {
        // Wait for the item to render its details before measuring it.
        requestAnimationFrame(() => revealInPanel(panelList.current, id));
      }
    },
    [flashClaim],
  );

  const onReady = useCallback(() => {
    if (!initialClaimId) return;
    if (!claims.some((c) => c.id === initialClaimId)) {
      setNotice("The linked claim is no longer in this article.");
      return;
    }
    textRef.current?.scrollToClaim(initialClaimId);
    revealInPanel(panelList.current, initialClaimId);
    flashClaim(initialClaimId);
    // Only the claims the page opened with matter here.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const onSelectionChange = useCallback((span: Span | null) => {
    setSelection(span);
    setNotice(null);
  }, []);

  const onClaimClick = useCallback(
    (ids: string[]) => {
      // Clicking again where claims overlap moves on to the next one under the pointer.
      const at = selectedId ? ids.indexOf(selectedId) : -1;
      const id = ids[(at + 1) % ids.length];
      if (id) select(id, "text");
    },
    [selectedId, select],
  );

  const tagSelection = useCallback(() => {
    if (!selection) return;
    const span = snapToWords(text, selection);
    if (!span) {
      setNotice("Select some words to tag.");
      return;
    }
    setNotice(null);
    setForm(newForm(span, suggestCue(text, span, sentences), Date.now()));
  }, [selection, text, sentences]);

  const closeForm = (focus: "text" | string) => {
    setForm(null);
    requestAnimationFrame(() => {
      if (focus === "text") textRef.current?.focus();
      else panelList.current?.querySelector<HTMLButtonElement>(`[data-claim-item="${CSS.escape(focus)}"] button`)?.focus();
    });
  };

  const save = async (draft: ClaimDraft) => {
    if (!form || !draft.confidence) return;
    const current = form;
    setForm({ ...current, saving: true, error: null });
    const fields = {
      kind: draft.kind,
      speakerId: draft.kind === "attributed" ? (draft.speaker?.id ?? null) : null,
      cue: draft.cue.trim() || null,
      confidence: draft.confidence,
      note: draft.note.trim() || null,
    };
    try {
      let saved: ClaimDto;
      if (current.claim) saved = await update(current.claim, fields);
      else if (current.span) saved = await create({ ...current.span, ...fields });
      else return;
      if (saved.speaker) rememberSpeaker(saved.speaker);
      if (filter !== "all" && filter !== saved.kind) setFilter("all");
      setSelectedId(saved.id);
      flashClaim(saved.id);
      if (current.mode === "new") textRef.current?.collapseSelection();
      say(current.mode === "new" ? "Claim saved." : "Claim updated.");
      closeForm(current.mode === "new" ? "text" : saved.id);
      requestAnimationFrame(() => revealInPanel(panelList.current, saved.id));
    } catch (failure) {
      const { message, current: latest } = failure as SaveFailure;
      setForm((f) => (f ? { ...f, saving: false, error: message, conflict: latest } : f));
    }
  };

  const reloadConflict = () => {
    if (!form?.conflict) return;
    put(form.conflict);
    setForm(editForm(form.conflict, Date.now()));
  };

  const deleteClaim = async (claim: ClaimDto) => {
    const index = visible.findIndex((c) => c.id === claim.id);
    const next = visible[index + 1] ?? visible[index - 1];
    setSelectedId(null);
    if (form?.claim?.id === claim.id) setForm(null);
    const deleting = remove(claim);
    // Keep the keyboard focus in the panel: on the next claim, or on the heading when none is left.
    requestAnimationFrame(() => {
      const button = next && panelList.current?.querySelector<HTMLButtonElement>(`[data-claim-item="${CSS.escape(next.id)}"] button`);
      (button ?? panelHeading.current)?.focus();
    });
    const fields = fieldsOf(claim);
    // An orphan has no words to put it back on, so its deletion is final (the review asked first).
    if (!fields) {
      say("Orphaned claim deleted.");
      deleting.catch((failure: SaveFailure) => say(failure.message, { tone: "error" }));
      return;
    }
    say("Claim deleted.", {
      undo: () => {
        setToast(null);
        void deleting
          .then(() => create(fields))
          .then((restored) => {
            setSelectedId(restored.id);
            textRef.current?.scrollToClaim(restored.id);
            flashClaim(restored.id);
            say("Claim restored.");
          })
          .catch((failure: SaveFailure) => say(failure.message, { tone: "error" }));
      },
    });
    deleting.catch((failure: SaveFailure) => say(failure.message, { tone: "error" }));
  };

  const startEditing = () => {
    setForm(null);
    setSelection(null);
    setSelectedId(null);
    source.startEditing();
  };

  const review = useReviewActions({
    text,
    selection,
    place,
    onPlaced: (claim, message) => {
      textRef.current?.collapseSelection();
      setSelectedId(claim.id);
      flashClaim(claim.id);
      say(message);
    },
    onError: (message) => say(message, { tone: "error" }),
  });

  const reviewOrphans = () => {
    source.closeReport();
    requestAnimationFrame(() => reviewHeading.current?.focus());
  };

  const changeFilter = (value: KindFilter) => {
    setFilter(value);
    const selected = claims.find((c) => c.id === selectedId);
    if (selected && value !== "all" && selected.kind !== value) setSelectedId(null);
  };

  return (
    <div className={styles.layout}>
      <div className={styles.reading}>
        {header}
        {editing ? (
          <EditBar
            dirty={editing.dirty}
            saving={editing.saving}
            error={editing.error}
            onSave={() => {
              const edited = editorRef.current?.text();
              if (edited !== undefined) void source.saveEdit(edited);
            }}
            onCancel={source.cancelEditing}
          />
        ) : (
          <TagToolbar
            articleId={article.id}
            hasSelection={selection !== null}
            notice={notice}
            onTag={tagSelection}
            onEditText={startEditing}
            onReplaceText={() => source.setReplacing(true)}
          />
        )}
        <Legend />
        <div className={`card ${styles.textCard}`}>
          {editing ? (
            <ArticleEditor
              ref={editorRef}
              text={text}
              highlights={highlights}
              onDirtyChange={source.setDirty}
            />
          ) : (
            <ArticleText
              ref={textRef}
              text={text}
              highlights={highlights}
              onSelectionChange={onSelectionChange}
              onClaimClick={onClaimClick}
              onTag={tagSelection}
              canTag={form === null}
              onReady={onReady}
            />
          )}
        </div>
      </div>
      <ClaimPanel
        claims={placed}
        total={claims.length}
        review={
          <ReviewList
            orphans={orphans}
            fuzzy={fuzzy}
            hasSelection={selection !== null}
            busyId={review.busyId}
            onReattach={review.reattach}
            onDelete={(claim) => void deleteClaim(claim)}
            onConfirm={review.confirm}
            onShow={(claim) => select(claim.id, "panel")}
            headingRef={reviewHeading}
          />
        }
        filter={filter}
        onFilter={changeFilter}
        selectedId={selectedId}
        onSelect={(claim) => select(claim.id, "panel")}
        onEdit={(claim) => setForm(editForm(claim, Date.now()))}
        onDelete={(claim) => void deleteClaim(claim)}
        headingRef={panelHeading}
        listRef={panelList}
        form={
          form ? (
            <ClaimForm
              key={form.key}
              mode={form.mode}
              quote={form.span ? text.slice(form.span.start, form.span.end) : (form.claim?.quote ?? "")}
              initial={form.initial}
              saving={form.saving}
              serverError={form.error}
              conflict={form.conflict}
              onSave={(draft) => void save(draft)}
              onCancel={() => closeForm(form.mode === "new" || !form.claim ? "text" : form.claim.id)}
              onReload={reloadConflict}
              suggestFor={form.span ? { articleId: article.id, span: form.span } : undefined}
            />
          ) : null
        }
      />
      {source.replacing ? <ReplaceTextDialog onReplace={source.replace} onClose={() => source.setReplacing(false)} /> : null}
      {source.report ? <ReanchorReportDialog report={source.report} onClose={source.closeReport} onReview={reviewOrphans} /> : null}
      <Toast toast={toast} onDismiss={dismissToast} />
    </div>
  );
}
