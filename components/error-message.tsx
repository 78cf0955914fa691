/** A problem to show and announce (role="alert"), or nothing when there is none. */
export function ErrorMessage({ message, className }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={className ? `error-message ${className}` : "error-message"}>
      {message}
    </p>
  );
}
