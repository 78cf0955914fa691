import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimlens", template: "%s · Claimlens" },
  description: "Annotate attributed claims and reporter statements in news articles.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand" aria-label="Claimlens home">
            <span className="brand-mark" aria-hidden="true">
              ❝
            </span>
            Claimlens
          </Link>
          <nav aria-label="Main">
            <Link href="/">Articles</Link>
            <Link href="/speakers">Speakers</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
