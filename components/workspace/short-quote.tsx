import { shortenQuote } from "./claim-text";

/**
 * A quote in curly quotes, cut to about `max` characters for the eye; the rest stays in the text for screen
 * readers (and the accessible name of a button around it).
 */
export function ShortQuote({ quote, max, className }: { quote: string; max?: number; className?: string }) {
  const { shown, rest } = shortenQuote(quote, max);
  return (
    <span className={className}>
      “{shown}
      {rest ? (
        <>
          <span aria-hidden="true">…</span>
          <span className="visually-hidden">{rest}</span>
        </>
      ) : null}
      ”
    </span>
  );
}
