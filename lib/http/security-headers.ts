/**
 * The security headers of every response, decided per request (pure: the middleware supplies the nonce and the
 * facts). Pages get an enforcing Content-Security-Policy whose scripts must carry the request's nonce (Next.js
 * puts it on its own inline and bundle scripts); everything else (the API, files) a policy that allows nothing.
 */
export interface SecurityContext {
  /** A fresh, unguessable value per page request; absent for the API and files. */
  nonce?: string;
  /** Served over https (CLAIMLENS_URL is https, or the proxy says the request came over https). */
  https: boolean;
  /** `next dev`: React's development build evaluates code, and Fast Refresh talks over a WebSocket. */
  development: boolean;
}

/** The Content-Security-Policy for a page, or for anything else without a nonce. */
export function contentSecurityPolicy({ nonce, https, development }: SecurityContext): string {
  if (!nonce) return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': what a nonced script loads (Next.js's chunks) runs too; 'self' for browsers without it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React renders style attributes (positions, widths) and ProseMirror sets some: styles from the app's own
    // CSS files, plus inline style attributes. Scripts, not styles, are what an injection would need.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Every security header for a response (the CSP included). */
export function securityHeaders(context: SecurityContext): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(context),
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
    // Browsers ignore HSTS received over plain http, so a forged X-Forwarded-Proto cannot make it stick.
    ...(context.https ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
}

/** Whether the request reached the site over https: the configured address says so, or the proxy does. */
export function servedOverHttps(publicUrl: string | undefined, forwardedProto: string | null): boolean {
  if (publicUrl?.startsWith("https://")) return true;
  // A proxy chain appends: the first value is what the client used.
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** A nonce: 128 random bits, base64 (Web Crypto, available in the Edge runtime of the middleware). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
