import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * A link inside the app: Next.js's, without prefetching. Every page here is rendered for its reader from the
 * database (none has a static part or a loading state worth fetching ahead), so prefetching each link on sight
 * made every workspace opening render the navigation's pages on the server as well, which held up the next page
 * (measured: the server answered the workspace's text and claims up to half a second later). A page is fetched
 * when its link is followed.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
