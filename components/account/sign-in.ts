/** What a sign-in attempt came to: signed in, or refused with the words to show. */
export type SignInResult = { ok: true } | { ok: false; message: string };

/** Why better-auth refused a sign-in, in plain words. */
function refusal(status: number, message: string | undefined): string {
  // The limit's own message says how long to wait (from this address, or for this account).
  if (status === 429) return message ?? "Too many sign-in attempts. Wait a minute, then try again.";
  if (status === 401) return "The email or the password is not right.";
  if (status === 403 && message) return message;
  return message ?? "Signing in failed. Try again.";
}

/** Signs in with email and password (better-auth sets the session cookie). Throws only when the server is unreachable. */
export async function signIn(email: string, password: string): Promise<SignInResult> {
  const response = await fetch("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.ok) return { ok: true };
  // better-auth answers {message}; Claimlens's own refusals (the rate limit) the API's {error: {message}}.
  const body = (await response.json().catch(() => null)) as { message?: string; error?: { message?: string } } | null;
  return { ok: false, message: refusal(response.status, body?.message ?? body?.error?.message) };
}
