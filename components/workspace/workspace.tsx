"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ArticleDto, ClaimDto, Confidence } from "@/lib/model";
import type { SuggestionDto } from "@/lib/suggestions/model";
import { can } from "@/lib/auth/roles";
import { snapToWords, type Span } from "@/lib/claims/span";
import { suggestCue } from "@/lib/claims/cues";
import { ArticleText, type ArticleTextHandle } from "./article-text";
import { ArticleHistoryDialog } from "./article-history";
import { ClaimForm } from "./claim-form";
import { editForm, newForm, suggestionForm } from "./claim-form-state";
import { NO_FILTER, type ClaimFilter } from "./claim-filter";
import { ClaimPanel } from "./claim-panel";
import type { ClaimListHandle } from "./claim-list";
import { ConflictDialog } from "./conflict-dialog";
import { Legend } from "./legend";
import { whyNotChangeClaim, whyNotEditText, whyNotTag, type Me } from "./permissions";
import { TagToolbar } from "./tag-toolbar";
import { Toast } from "./toast";
import { useClaimActions, type SaveFailure } from "./use-claim-actions";
import { useClaimFilter } from "./use-claim-filter";
import { useClaimSelection } from "./use-claim-selection";
import { useClaimForm } from "./use-claim-form";
import { useFeedback } from "./use-feedback";
import { useUndo } from "./use-undo";
import { rememberSpeaker } from "./recent-speakers";
import { ArticleEditor, type ArticleEditorHandle } from "./article-editor";
import { EditBar } from "./edit-bar";
import { ReanchorReportDialog } from "./reanchor-report";
import { ReplaceTextDialog } from "./replace-text-dialog";
import { ReviewList } from "./review-list";
import { useArticleText } from "./use-article-text";
import { useReviewActions } from "./use-review-actions";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { WORKSPACE_KEYMAPS } from "./shortcuts";
import { useWorkspaceKeys } from "./use-workspace-keys";
import { SuggestionQueue } from "./suggestion-queue";
import { useSuggestions } from "./use-suggestions";
import { useSuggestionKeys } from "./use-suggestion-keys";
import { useSentences } from "./use-sentences";
import styles from "./workspace.module.css";

export interface WorkspaceProps {
  article: Pick<ArticleDto, "id" | "text" | "revision" | "formatting">;
  /** The article's claims, in text order (fetched after the page: see workspace-loader.tsx). */
  claims: ClaimDto[];
  /** A claim to open with (`?claim=`): selected, scrolled into view and flashed. */
  initialClaimId: string | null;
  /** The article's title, date and source, rendered by the page. */
  header: ReactNode;
  /** A revision just restored from the history (`?restored=`), to say so once. */
  restoredRevision?: number | null;
  /** The signed-in person: their role decides which changes the workspace offers. */
  me: Me;
  /** The suggested claims waiting for review, in text order. */
  suggestions: SuggestionDto[];
  /** What Enter gives a suggestion it accepts (the analyst's setting). */
  defaultConfidence: Confidence;
}

/**
 * The article workspace: the text with its claim highlights on the left, the claims panel on the right, and
 * the tagging flow between them (select words → Tag selection → form → Save claim).
 */
export function Workspace({ article, claims: initialClaims, initialClaimId, header, restoredRevision = null, me, suggestions: initialSuggestions, defaultConfidence }: WorkspaceProps) {
  const { claims, removals, put, create, update, remove, restore, replaceAll, place } = useClaimActions(article.id, initialClaims);
  const source = useArticleText(article, replaceAll);
  const { text, editing } = source;
  const root = useRef<HTMLDivElement>(null);
  const editorRef = useRef<ArticleEditorHandle>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const suggestionsHeading = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<ArticleTextHandle>(null);
  const panelList = useRef<ClaimListHandle>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const sentences = useSentences(text);

  const [selection, setSelection] = useState<Span | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const { toast, say, dismiss, flash, flashClaim } = useFeedback();
  const tagBlocked = whyNotTag(me);
  const whyNotChange = useCallback((claim: ClaimDto) => whyNotChangeClaim(me, claim), [me]);

  const placed = useMemo(() => claims.filter((c) => c.status === "anchored"), [claims]);
  const orphans = useMemo(() => claims.filter((c) => c.status === "orphaned"), [claims]);
  const fuzzy = useMemo(() => placed.filter((c) => c.fuzzy !== null), [placed]);
  const filters = useClaimFilter(placed, me.id);
  const { selectedId, setSelectedId, select, show: showClaim, onClaimClick, onReady } = useClaimSelection({
    claims,
    initialClaimId,
    textRef,
    panelList,
    flashClaim,
    unhide: (claim) => {
      if (!filters.shows(claim)) filters.setFilter(NO_FILTER);
    },
    onMissing: () => setNotice("The linked claim is no longer in this article."),
  });

  const undo = useUndo({
    claims,
    enabled: !editing,
    root,
    remove,
    update,
    restore,
    onUndone: (message, claim) => {
      say(message);
      if (claim) showClaim(claim, true);
    },
    onError: (message) => say(message, { tone: "error" }),
  });
  const undoLast = () => void undo.undo();

  const suggestions = useSuggestions({
    articleId: article.id,
    initial: initialSuggestions,
    text,
    claimRemovals: removals,
    onAccepted: (accepted, message) => {
      for (const claim of accepted) {
        put(claim);
        undo.record({ type: "create", claim });
        if (claim.speaker) rememberSpeaker(claim.speaker);
      }
      say(message, { undo: undoLast });
    },
    onCurrent: (suggestion) => textRef.current?.scrollToSuggestion(suggestion.id),
    // The review goes on from the queue's heading: there Enter accepts, where on a button it would press it.
    onStart: () => suggestionsHeading.current?.focus({ preventScroll: true }),
    say,
    onError: (message) => say(message, { tone: "error" }),
  });
  // The suggestion the open form accepts (E): saving the form accepts it, with the form's values.
  const formSuggestion = useRef<SuggestionDto | undefined>(undefined);

  const claimForm = useClaimForm({
    create: async (fields) => {
      const suggestion = formSuggestion.current;
      if (!suggestion) return create(fields);
      const claim = await suggestions.acceptFromForm(suggestion, fields);
      put(claim);
      return claim;
    },
    update,
    put,
    onSaved: (saved, change, mode) => {
      if (saved.speaker) rememberSpeaker(saved.speaker);
      undo.record(change);
      if (mode === "new") textRef.current?.collapseSelection();
      say(mode === "new" ? "Claim saved." : "Claim updated.", { undo: undoLast });
      closeForm(mode === "new" ? "text" : saved.id);
      showClaim(saved, false);
    },
    onTookTheirs: (claim) => {
      say(claim.updatedBy ? `Kept ${claim.updatedBy.name}’s version.` : "Kept the current version.");
      closeForm(claim.id);
      showClaim(claim, false);
    },
  });
  const { form, setForm } = claimForm;
  formSuggestion.current = form?.suggestion;

  const pending = form?.span ?? null;
  const emphasis = useMemo(() => ({ selectedId, flash, pending }), [selectedId, flash, pending]);

  useEffect(() => {
    if (restoredRevision === null) return;
    say(`Revision ${restoredRevision} restored: it is the current text again.`);
    const url = new URL(window.location.href);
    url.searchParams.delete("restored");
    window.history.replaceState(null, "", url);
  }, [restoredRevision, say]);

  const onSelectionChange = useCallback((span: Span | null) => {
    setSelection(span);
    setNotice(null);
  }, []);

  const tagSelection = useCallback(() => {
    // The selection in the page now: the state may not have heard of the last Shift+arrow yet.
    const live = textRef.current?.currentSelection();
    const chosen = live === undefined ? selection : live;
    if (!chosen) return;
    if (tagBlocked) return setNotice(tagBlocked);
    const span = snapToWords(text, chosen);
    if (!span) {
      setNotice("Select some words to tag.");
      return;
    }
    setNotice(null);
    setForm(newForm(span, suggestCue(text, span, sentences()), Date.now()));
  }, [selection, text, sentences, tagBlocked, setForm]);

  function closeForm(focus: "text" | string) {
    setForm(null);
    requestAnimationFrame(() => {
      if (focus === "text") textRef.current?.focus();
      else panelList.current?.focus(focus);
    });
  }

  const deleteClaim = (claim: ClaimDto) => {
    const index = filters.shown.findIndex((c) => c.id === claim.id);
    const next = filters.shown[index + 1] ?? filters.shown[index - 1];
    if (form?.claim?.id === claim.id) setForm(null);
    const deleting = remove(claim);
    // Keep the keyboard focus in the panel: on the next claim, or on the heading when none is left.
    requestAnimationFrame(() => {
      if (next) panelList.current?.focus(next.id);
      else panelHeading.current?.focus();
    });
    undo.record({ type: "delete", claim }, deleting);
    say(claim.status === "orphaned" ? "Orphaned claim deleted." : "Claim deleted.", { undo: undoLast });
    deleting.catch((failure: SaveFailure) => say(failure.message, { tone: "error" }));
  };

  const restoreFromHistory = async (claimId: string) => {
    const claim = await restore(claimId);
    undo.record({ type: "restore", claim });
    say("Claim restored.", { undo: undoLast });
    return claim;
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

  // While reviewing suggestions (the form closed), J, K and E are the review's: see use-suggestion-keys.ts.
  const reviewing = suggestions.reviewing && !editing && form === null && tagBlocked === null;
  const editSuggestion = (suggestion: SuggestionDto) => {
    if (tagBlocked) return setNotice(tagBlocked);
    if (suggestion.start === null || suggestion.end === null) return;
    setForm(suggestionForm(suggestion, { start: suggestion.start, end: suggestion.end }, defaultConfidence, Date.now()));
  };
  const { helpOpen, setHelpOpen } = useWorkspaceKeys({
    shown: filters.shown,
    selectedId,
    select,
    panelList,
    whyNotChange,
    edit: (claim) => setForm(editForm(claim, Date.now())),
    tag: tagSelection,
    notice: setNotice,
    editing: editing !== null,
    reviewing,
  });
  useSuggestionKeys({ suggestions, enabled: reviewing, defaultConfidence, edit: editSuggestion, notice: setNotice });
  const drawnSuggestions = useMemo(
    () => suggestions.items.map((suggestion) => ({ suggestion, current: suggestion.id === suggestions.currentId, flash: suggestions.flash })),
    [suggestions.items, suggestions.currentId, suggestions.flash],
  );

  const reviewOrphans = () => {
    source.closeReport();
    requestAnimationFrame(() => reviewHeading.current?.focus());
  };

  const changeFilter = (value: ClaimFilter) => {
    filters.setFilter(value);
    const selected = claims.find((c) => c.id === selectedId);
    if (selected && !filters.shows(selected, value)) setSelectedId(null);
  };

  return (
    <div className={styles.layout} ref={root}>
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
            tagBlocked={tagBlocked}
            textBlocked={whyNotEditText(me)}
            onTag={tagSelection}
            onEditText={startEditing}
            onReplaceText={() => source.setReplacing(true)}
            onShortcuts={() => setHelpOpen(true)}
          />
        )}
        <Legend />
        <div className={`card ${styles.textCard}`}>
          {editing ? (
            <ArticleEditor ref={editorRef} text={text} formatting={source.formatting} claims={filters.shown} onDirtyChange={source.setDirty} />
          ) : (
            <ArticleText
              ref={textRef}
              text={text}
              formatting={source.formatting}
              claims={filters.shown}
              suggestions={drawnSuggestions}
              onSuggestionClick={suggestions.show}
              emphasis={emphasis}
              onSelectionChange={onSelectionChange}
              onClaimClick={onClaimClick}
              onTag={tagSelection}
              canTag={form === null && tagBlocked === null}
              onReady={onReady}
            />
          )}
        </div>
      </div>
      <ClaimPanel
        claims={placed}
        byAuthor={filters.byAuthor}
        shown={filters.shown}
        total={claims.length}
        review={
          <>
            <SuggestionQueue
              suggestions={suggestions}
              defaultConfidence={defaultConfidence}
              blocked={tagBlocked}
              onEdit={editSuggestion}
              headingRef={suggestionsHeading}
            />
            <ReviewList
              orphans={orphans}
              fuzzy={fuzzy}
              hasSelection={selection !== null}
              busyId={review.busyId}
              whyNotChange={whyNotChange}
              onReattach={review.reattach}
              onDelete={deleteClaim}
              onConfirm={review.confirm}
              onShow={(claim) => select(claim.id, "panel")}
              headingRef={reviewHeading}
            />
          </>
        }
        filter={filters.filter}
        authors={filters.authors}
        onFilter={changeFilter}
        selectedId={selectedId}
        onSelect={(claim) => select(claim.id, "panel")}
        onEdit={(claim) => setForm(editForm(claim, Date.now()))}
        onDelete={deleteClaim}
        whyNotChange={whyNotChange}
        onHistory={() => setHistoryOpen(true)}
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
              serverError={form.conflict ? null : form.error}
              conflict={form.conflict !== null}
              onSave={claimForm.save}
              onCancel={() => closeForm(form.mode === "new" || !form.claim ? "text" : form.claim.id)}
              onCompare={() => claimForm.compare(true)}
              suggestFor={form.span ? { articleId: article.id, span: form.span } : undefined}
              onHelp={() => setHelpOpen(true)}
            />
          ) : null
        }
      />
      {form?.claim && form.conflict?.comparing ? (
        <ConflictDialog
          original={form.claim}
          conflict={form.conflict}
          saving={form.saving}
          error={form.error}
          onKeepMine={claimForm.keepMine}
          onTakeTheirs={claimForm.takeTheirs}
          onSaveMerged={claimForm.saveMerged}
          onClose={() => claimForm.compare(false)}
        />
      ) : null}
      {historyOpen ? (
        <ArticleHistoryDialog
          articleId={article.id}
          canRestore={can(me.role, "claims:write")}
          onRestore={restoreFromHistory}
          onShow={(claimId) => {
            setHistoryOpen(false);
            const claim = claims.find((c) => c.id === claimId);
            if (claim) showClaim(claim, true);
          }}
          onClose={() => setHistoryOpen(false)}
        />
      ) : null}
      {source.replacing ? <ReplaceTextDialog onReplace={source.replace} onClose={() => source.setReplacing(false)} /> : null}
      {source.report ? <ReanchorReportDialog report={source.report} onClose={source.closeReport} onReview={reviewOrphans} /> : null}
      {helpOpen ? <ShortcutsDialog keymaps={WORKSPACE_KEYMAPS} onClose={() => setHelpOpen(false)} /> : null}
      <Toast toast={toast} onDismiss={dismiss} />
    </div>
  );
}
