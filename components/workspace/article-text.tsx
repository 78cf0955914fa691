"use client";

import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from "react";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import type { Span } from "@/lib/claims/span";
import { createOffsetMap, posToOffset, READING_SECTION_SIZE, type OffsetMap } from "@/lib/editor/offset-map";
import { firstScreen } from "./first-screen";
import type { FormattingRange } from "@/lib/extract/formatting";
import { articleDocument, articleSchemaExtensions } from "./article-document";
import type { ClaimDto } from "@/lib/model";
import { claimHighlights } from "./claim-highlights";
import { SuggestionHighlights, suggestionHighlights, type DrawnSuggestion } from "./suggestion-highlights";
import { ClaimEmphasis, showEmphasis, type Emphasis } from "./claim-emphasis";
import { ReadOnlyDocument } from "./read-only-document";
import { CommitGuard } from "./commit-guard";
import { pickUpDomSelection } from "./dom-selection";
import { FloatingTagButton } from "./floating-tag-button";
import styles from "./article-text.module.css";

/** What the workspace can ask of the article text. */
export interface ArticleTextHandle {
  /** Scrolls a claim's highlight to the middle of the screen; false when it is not in the text. */
  scrollToClaim(id: string): boolean;
  /** The same for a suggested claim's outline. */
  scrollToSuggestion(id: string): boolean;
  /** Puts the keyboard focus back in the text. */
  focus(): void;
  /** Collapses the selection (after a claim has been saved from it). */
  collapseSelection(): void;
  /**
   * The selection as it is in the page now, as text offsets (null when empty); undefined before the editor is in
   * the page. A key pressed right after a keyboard selection (Shift+→, then T) can come before the browser's
   * `selectionchange`, which is when the workspace hears of it: this reads it at once.
   */
  currentSelection(): Span | null | undefined;
}

interface ArticleTextProps {
  text: string;
  /** The text's stand-off formatting: headings, emphasis and links rendered without moving any offset. */
  formatting: readonly FormattingRange[];
  /** The claims to highlight (those the filters show). */
  claims: readonly ClaimDto[];
  /** The pending suggested claims, outlined in a layer of their own. */
  suggestions: readonly DrawnSuggestion[];
  /** A click on a suggestion's outline. */
  onSuggestionClick(id: string): void;
  /** The selected claim, the flash and the span being tagged. */
  emphasis: Emphasis;
  /** The selection as text offsets (not yet snapped to words), or null when it is empty. */
  onSelectionChange(span: Span | null): void;
  /** A click on highlighted words: the claims under the pointer, innermost first. */
  onClaimClick(ids: string[]): void;
  /** The floating button asked to tag the selection (the T key is the workspace's shortcut). */
  onTag(): void;
  /** Whether the floating "Tag" button may show (not while the form is open). */
  canTag: boolean;
  /** The text is on screen with its highlights: claims can be scrolled to. */
  onReady?(): void;
  ref?: Ref<ArticleTextHandle>;
}

/** The editor's extensions around the claims' layer, which each editor gets seeded with the claims it opens with. */
const BEFORE_CLAIMS = [...articleSchemaExtensions, ReadOnlyDocument, CommitGuard];
const AFTER_CLAIMS = [ClaimEmphasis, SuggestionHighlights];

const reducedMotion = () => typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

function selectionSpan(editor: Editor, map: OffsetMap): Span | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const start = posToOffset(map, from, "forward");
  const end = posToOffset(map, to, "backward");
  return end > start ? { start, end } : null;
}

/** The editor's view once it is in the page (before that, TipTap hands out a stand-in without DOM). */
function mountedView(editor: Editor | null): EditorView | null {
  if (!editor || editor.isDestroyed) return null;
  return editor.view.dom instanceof HTMLElement ? editor.view : null;
}

/** Scrolls the first element matching `selector` in the text to the middle of the screen; false when there is none. */
function scrollToElement(view: EditorView | null, selector: string): boolean {
  const element = view?.dom.querySelector(selector);
  if (!element) return false;
  element.scrollIntoView({ block: "center", behavior: reducedMotion() ? "auto" : "smooth" });
  return true;
}

/** Claim ids of the highlights around a clicked element, innermost first. */
function claimIdsAround(target: EventTarget | null, root: HTMLElement): string[] {
  const ids: string[] = [];
  let node = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  for (; node && node !== root; node = node.parentElement) {
    const id = node.getAttribute("data-claim-id") ?? node.getAttribute("data-marker-for");
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The article, rendered by TipTap as a read-only document whose text can still be selected with the mouse,
 * the keyboard or the DOM Selection API. Claims are decorations over it, never part of it.
 */
export function ArticleText({ text, formatting, claims, suggestions, emphasis, onSelectionChange, onClaimClick, onSuggestionClick, onTag, canTag, onReady, ref }: ArticleTextProps) {
  // The paragraphs in sections, so that the browser skips far-off text by sections (article-text.module.css).
  const map = useMemo(() => createOffsetMap(text, READING_SECTION_SIZE), [text]);
  const content = useMemo(() => articleDocument(text, formatting, READING_SECTION_SIZE), [text, formatting]);
  const wrapper = useRef<HTMLDivElement>(null);
  const [floating, setFloating] = useState<{ top: number; left: number } | null>(null);
  // The editor is created once; its handlers read the latest callbacks through this ref.
  const latest = useRef({ onSelectionChange, onClaimClick, onSuggestionClick, onTag, onReady, map });
  latest.current = { onSelectionChange, onClaimClick, onSuggestionClick, onTag, onReady, map };
  const latestClaims = useRef(claims);
  latestClaims.current = claims;
  // The editor starts with the claims it opens with already highlighted: 5,000 claims added after the first
  // drawing of a 100,000-word text redrew nearly every paragraph (about 100 ms of the opening).
  const seededClaims = useMemo(
    () => claimHighlights.seeded(() => latestClaims.current, () => latest.current.map),
    // A new editor (new text) starts from the claims of its moment.
    [text, formatting],
  );

  const placeFloating = (view: EditorView) => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!box || view.state.selection.empty) return setFloating(null);
    const end = view.coordsAtPos(view.state.selection.to, -1);
    setFloating({ top: end.bottom - box.top + 6, left: Math.max(0, Math.min(end.left - box.left - 20, box.width - 90)) });
  };

  const editor = useEditor(
    {
      // The workspace renders in the browser only (the page sends a stand-in, workspace-loader.tsx), so the editor
      // can be made as the text first renders: its view is then drawn in the same commit as the rest of the
      // workspace. Made after it (TipTap's default under Next.js), the page was laid out and painted once without
      // the text, and the claims list's first measurements forced a second layout with it (~60 ms of opening).
      immediatelyRender: true,
      extensions: [...BEFORE_CLAIMS, seededClaims.extension, ...AFTER_CLAIMS],
      content,
      enableInputRules: false,
      enablePasteRules: false,
      editorProps: {
        decorations: seededClaims.decorations,
        attributes: {
          class: styles.prose ?? "",
          role: "textbox",
          "aria-label": "Article text",
          "aria-readonly": "true",
          "aria-multiline": "true",
          spellcheck: "false",
          autocorrect: "off",
          autocapitalize: "off",
          // No on-screen keyboard on touch devices: there is nothing to type.
          inputmode: "none",
        },
        handleClick: (view, _pos, event) => {
          // A suggestion clicked is a suggestion to review, even over a claim's words.
          const suggestion = event.target instanceof Element ? event.target.closest("[data-suggestion-id]") : null;
          const suggestionId = suggestion && view.dom.contains(suggestion) ? suggestion.getAttribute("data-suggestion-id") : null;
          // ProseMirror calls this for a plain click only (released within a few pixels of the press), never at the
          // end of a drag, which selects the words. The editor's selection may still be the one from before the
          // click (it is read from the page after this), so it says nothing about whether this was a drag.
          if (suggestionId) {
            latest.current.onSuggestionClick(suggestionId);
            return false;
          }
          const ids = claimIdsAround(event.target, view.dom);
          if (ids.length > 0) latest.current.onClaimClick(ids);
          return false;
        },
      },
      onCreate: () => latest.current.onReady?.(),
      onSelectionUpdate: ({ editor: current }) => {
        latest.current.onSelectionChange(selectionSpan(current, latest.current.map));
        placeFloating(current.view);
      },
    },
    [text, formatting],
  );

  // Claims and emphasis are separate: selecting or flashing a claim never walks the list of claims.
  // (Before the view is in the page, TipTap's stand-in view keeps the state, and the highlights are in it.)
  useEffect(() => {
    if (editor && !editor.isDestroyed) claimHighlights.sync(editor.view, map, claims);
  }, [editor, map, claims]);
  useEffect(() => {
    if (editor && !editor.isDestroyed) showEmphasis(editor.view, map, emphasis);
  }, [editor, map, emphasis]);
  useEffect(() => {
    if (editor && !editor.isDestroyed) suggestionHighlights.sync(editor.view, map, suggestions);
  }, [editor, map, suggestions]);

  // ProseMirror only reads DOM selections while the editor has focus; a selection made by a script (or by
  // assistive technology) without focusing the text is picked up here.
  useEffect(() => {
    if (!editor) return;
    const onChange = () => {
      const view = mountedView(editor);
      if (view && !view.hasFocus()) pickUpDomSelection(view);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [editor]);

  useEffect(() => {
    const hide = () => setFloating(null);
    window.addEventListener("resize", hide);
    return () => window.removeEventListener("resize", hide);
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      scrollToClaim(id) {
        const element = mountedView(editor)?.dom.querySelector(`[data-claim-id="${CSS.escape(id)}"]`);
        if (!element) return false;
        if (reducedMotion()) {
          element.scrollIntoView({ block: "center" });
          return true;
        }
        element.scrollIntoView({ block: "center", behavior: "smooth" });
        // Sections far off are laid out only as they come near the screen (content-visibility), so a long
        // smooth scroll can end short of its target: finish the way there at once.
        window.addEventListener(
          "scrollend",
          () => {
            const box = element.getBoundingClientRect();
            if (box.bottom < 0 || box.top > window.innerHeight) element.scrollIntoView({ block: "center" });
          },
          { once: true },
        );
        return true;
      },
      scrollToSuggestion(id) {
        return scrollToElement(mountedView(editor), `[data-suggestion-id="${CSS.escape(id)}"]`);
      },
      focus() {
        mountedView(editor)?.focus();
      },
      currentSelection() {
        const view = mountedView(editor);
        if (!editor || !view) return undefined;
        (view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
        return selectionSpan(editor, map);
      },
      collapseSelection() {
        const view = mountedView(editor);
        if (!view) return;
        const { state } = view;
        view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, state.selection.to)));
      },
    }),
    [editor, map],
  );

  return (
    <div className={styles.wrapper} ref={wrapper}>
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        // Until the editor mounts in the browser, the first screenful of words is there to read (the whole text
        // would be sent twice, in the HTML and in the page's data, and laid out twice).
        <div className={styles.prose} aria-busy="true">
          {firstScreen(text).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
      {canTag && floating ? (
        <FloatingTagButton top={floating.top} left={floating.left} onTag={onTag} />
      ) : null}
    </div>
  );
}
