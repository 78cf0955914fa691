/** The most speakers one page of the directory shows; "Load more" and the search find the rest. */
export const SPEAKER_PAGE_SIZE = 50;
