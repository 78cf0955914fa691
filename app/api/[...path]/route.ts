import { errorResponse } from "../_lib/respond";
import { AppError } from "@/lib/errors";

/**
 * Any `/api/…` address no route serves: the API's JSON error (404, `not_found`), for every method, rather than
 * the HTML page a browser gets. Next.js tries every other route first, so this never hides one.
 */
async function unknownRoute(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return errorResponse(new AppError("not_found", `No API endpoint is at ${request.method} ${pathname}. The README lists the API.`));
}

export const GET = unknownRoute;
export const HEAD = unknownRoute;
export const POST = unknownRoute;
export const PUT = unknownRoute;
export const PATCH = unknownRoute;
export const DELETE = unknownRoute;
export const OPTIONS = unknownRoute;
