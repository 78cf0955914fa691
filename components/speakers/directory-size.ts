/** The most speakers one listing or search shows; narrowing the search finds the rest. */
export const SPEAKER_PAGE_SIZE = 100;
