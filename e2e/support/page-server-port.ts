/**
 * The port of the page server the web-import spec starts on 127.0.0.1: one above the app's, so that
 * playwright.config.ts can name it in CLAIMLENS_FETCH_ALLOW_HOSTS before the app starts.
 */
export const PAGE_SERVER_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
