import { NextResponse, type NextRequest } from "next/server";

const PUBLIC_PAGES = ["/sign-in", "/setup"];
// Invitation links (`/invite/inv_…`): the person opening one has no account yet.
const PUBLIC_PREFIXES = ["/invite/"];
// better-auth's session cookie, with the "__Secure-" prefix it takes over https. Matched by name here rather than
// with better-auth's helper, which would pull its JWT code into the Edge bundle of the middleware.
const SESSION_COOKIE = /^(__Secure-)?better-auth[.-]session_token$/;

/**
 * Pages need a signed-in person: without a session cookie, a page request goes to the sign-in page at once
 * (the page itself checks the session for real). The API answers 401 itself, so it is left alone here. The
 * requested path travels in a header, for the sign-in page to come back to.
 */
export function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const headers = new Headers(request.headers);
  headers.set("x-claimlens-path", `${pathname}${search}`);
  const isPublic = PUBLIC_PAGES.includes(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
  if (!isPublic && !request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) {
    const target = new URL("/sign-in", request.url);
    if (pathname !== "/") target.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(target);
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything but the API, Next.js's own files and the icon.
  matcher: ["/((?!api/|_next/|icon.svg|favicon.ico).*)"],
};
