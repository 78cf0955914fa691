"use client";

import { useEffect, useImperativeHandle, useMemo, type Ref } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import { createOffsetMap } from "@/lib/editor/offset-map";
import { articleDocument, articleSchemaExtensions, documentText } from "./article-document";
import type { ClaimDto } from "@/lib/model";
import { ClaimHighlights, claimHighlights } from "./claim-highlights";
import styles from "./article-text.module.css";

/** What the workspace asks of the text while it is being edited. */
export interface ArticleEditorHandle {
  /** The edited text in canonical form (what saving sends). */
  text(): string;
}

interface ArticleEditorProps {
  text: string;
  /** The claims as they were when editing began; their highlights move with the words while editing. */
  claims: readonly ClaimDto[];
  /** Called once the text differs from what editing began with, and again if it comes back. */
  onDirtyChange(dirty: boolean): void;
  ref?: Ref<ArticleEditorHandle>;
}

const EXTENSIONS = [...articleSchemaExtensions, ClaimHighlights];

/**
 * The article text in edit mode: the same document as the reading view, now editable. The claims' highlights
 * are mapped through every change, so the analyst sees which claims an edit touches before saving; where they
 * end up after saving is decided on the server by re-anchoring, not by this view.
 */
export function ArticleEditor({ text, claims, onDirtyChange, ref }: ArticleEditorProps) {
  const content = useMemo(() => articleDocument(text), [text]);
  const editor = useEditor(
    {
      immediatelyRender: false,
      extensions: EXTENSIONS,
      content,
      enableInputRules: false,
      enablePasteRules: false,
      autofocus: "start",
      editorProps: {
        attributes: {
          class: `${styles.prose ?? ""} ${styles.editing ?? ""}`,
          role: "textbox",
          "aria-label": "Article text (editing)",
          "aria-multiline": "true",
          spellcheck: "true",
        },
      },
      onUpdate: ({ editor: current }) => onDirtyChange(documentText(current.state.doc) !== text),
    },
    [text],
  );

  useEffect(() => {
    // Shown once: from then on the plugin maps the decorations through each edit.
    if (editor) claimHighlights.sync(editor.view, createOffsetMap(text), claims);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  useImperativeHandle(ref, () => ({ text: () => (editor ? documentText(editor.state.doc) : text) }), [editor, text]);

  return (
    <div className={styles.wrapper}>
      {editor ? <EditorContent editor={editor} /> : <div className={styles.prose} aria-busy="true" />}
    </div>
  );
}
