"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ToastMessage } from "./toast";

/** The workspace's feedback: the toast at the bottom of the screen, and the flash of a claim's highlight. */
export function useFeedback() {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [flash, setFlash] = useState<{ id: string; count: number } | null>(null);
  const toastIds = useRef(0);

  const say = useCallback((message: string, extra: Partial<Omit<ToastMessage, "id" | "text">> = {}) => {
    setToast({ id: ++toastIds.current, text: message, ...extra });
  }, []);
  const dismiss = useCallback((id: number) => setToast((t) => (t?.id === id ? null : t)), []);

  const flashClaim = useCallback((id: string) => {
    setFlash((f) => ({ id, count: (f?.count ?? 0) + 1 }));
  }, []);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash((f) => (f === flash ? null : f)), 1500);
    return () => clearTimeout(timer);
  }, [flash]);

  return { toast, say, dismiss, flash, flashClaim };
}
