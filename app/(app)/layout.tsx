import Link from "@/components/app-link";
import { requireActor } from "@/app/_lib/session";
import { UserMenu } from "@/components/account/user-menu";
import { can } from "@/lib/auth/roles";

/** Every page of the application: signed in only, under the site header with its navigation and the user menu. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return (
    <>
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
          <Link href="/activity">Activity</Link>
          {can(actor.role, "users:manage") ? <Link href="/admin/users">Users</Link> : null}
        </nav>
        <UserMenu name={actor.name} email={actor.email} role={actor.role} />
      </header>
      <main id="main">{children}</main>
    </>
  );
}
