/** How long an invitation link works: long enough for a week away, short enough not to linger in inboxes. */
export const INVITATION_DAYS = 7;
