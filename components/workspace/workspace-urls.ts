/**
 * Where the workspace reads an article's text and claims. The page preloads both addresses in its head, so that
 * the browser fetches them while the page and its scripts arrive, and the workspace then fetches the same
 * addresses (a plain module: the page, a server component, calls it too).
 */
export const articleUrl = (articleId: string) => `/api/articles/${articleId}`;
export const claimsUrl = (articleId: string) => `/api/articles/${articleId}/claims?format=table`;
