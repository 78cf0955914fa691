import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimlens", template: "%s · Claimlens" },
  description: "Annotate attributed claims and reporter statements in news articles.",
};

/**
 * Every page renders per request (`connection()`), never ahead of time: its scripts must carry the nonce of the
 * request's Content-Security-Policy (middleware.ts), which a page built in advance could not know.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
