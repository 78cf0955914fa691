/**
 * The origins a change may come from: this site as the request reached it (its Host, or the proxy's forwarded
 * host and protocol), and the configured public address. Anything else is another site (cross-site request
 * forgery). Plain web `Request`, no framework.
 */
export function sameSiteOrigins(request: Request, publicUrl: string | undefined): Set<string> {
  const url = new URL(request.url);
  const allowed = new Set([url.origin]);
  if (publicUrl) allowed.add(new URL(publicUrl).origin);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
    allowed.add(`${proto}://${host}`);
  }
  return allowed;
}
