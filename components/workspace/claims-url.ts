/**
 * Where the workspace reads an article's claims. The page preloads this address as it sends the text, and the
 * workspace fetches it (a plain module: the page, a server component, calls it too).
 */
export const claimsUrl = (articleId: string) => `/api/articles/${articleId}/claims?format=table`;
