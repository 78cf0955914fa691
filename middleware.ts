import { NextResponse, type NextRequest } from "next/server";
import { newNonce, securityHeaders, servedOverHttps } from "./lib/http/security-headers";

const PUBLIC_PAGES = ["/sign-in", "/setup"];
// Invitation links (`/invite/inv_…`): the person opening one has no account yet.
const PUBLIC_PREFIXES = ["/invite/"];
// Not pages: the API answers 401 itself; Next.js's files and the icon need no session.
const NOT_PAGES = ["/api/", "/_next/"];
const FILES = ["/icon.svg", "/favicon.ico"];
// better-auth's session cookie, with the "__Secure-" prefix it takes over https. Matched by name here rather than
// with better-auth's helper, which would pull its JWT code into the Edge bundle of the middleware.
const SESSION_COOKIE = /^(__Secure-)?better-auth[.-]session_token$/;

/**
 * Every response gets the security headers (lib/http/security-headers). A page gets a fresh nonce, passed to
 * Next.js in the request's Content-Security-Policy header (it stamps its scripts with it; pages render per
 * request, see app/layout.tsx), and needs a signed-in person: without a session cookie, a page request goes to
 * the sign-in page at once (the page itself checks the session for real). The requested path travels in a
 * header, for the sign-in page to come back to.
 */
export function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPage = !NOT_PAGES.some((prefix) => pathname.startsWith(prefix)) && !FILES.includes(pathname);
  // Read here rather than through lib/env, whose Node.js modules the Edge runtime of the middleware lacks.
  const https = servedOverHttps(process.env.CLAIMLENS_URL, request.headers.get("x-forwarded-proto"));
  const headers = securityHeaders({ nonce: isPage ? newNonce() : undefined, https, development: process.env.NODE_ENV === "development" });
  let response: NextResponse;
  if (!isPage) {
    response = NextResponse.next();
  } else {
    const isPublic = PUBLIC_PAGES.includes(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
    if (!isPublic && !request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) {
      const target = new URL("/sign-in", request.url);
      if (pathname !== "/") target.searchParams.set("next", `${pathname}${search}`);
      response = NextResponse.redirect(target);
    } else {
      const forwarded = new Headers(request.headers);
      forwarded.set("x-claimlens-path", `${pathname}${search}`);
      forwarded.set("content-security-policy", headers["content-security-policy"]!);
      response = NextResponse.next({ request: { headers: forwarded } });
    }
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything, so that every response carries the security headers.
  matcher: "/:path*",
};
