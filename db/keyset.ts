import { and, or, sql, type SQL } from "drizzle-orm";

/** One column (or expression) of a keyset order, its direction, and the last row's value of it. */
export interface KeyPart {
  expr: SQL;
  dir: "asc" | "desc";
  value: unknown;
  /** An ascending column that may hold nulls, which sort after every value (claims.start of an orphan). */
  nullsLast?: boolean;
}

/**
 * The rows after the last row of a page in a keyset order whose columns may go in different directions
 * (`date desc, start asc`): k0 beyond v0, or k0 = v0 and k1 beyond v1, and so on. The first column's bound is
 * repeated on its own (`k0 <= v0`) so that the planner can start the index scan there.
 */
export function keysetAfter(parts: readonly KeyPart[]): SQL | undefined {
  const [first] = parts;
  if (!first) return undefined;
  const beyond = (p: KeyPart) => {
    if (p.nullsLast && p.value === null) return sql`false`;
    if (p.nullsLast) return sql`(${p.expr} > ${p.value} or ${p.expr} is null)`;
    return p.dir === "asc" ? sql`${p.expr} > ${p.value}` : sql`${p.expr} < ${p.value}`;
  };
  const equal = (p: KeyPart) => (p.nullsLast && p.value === null ? sql`${p.expr} is null` : sql`${p.expr} = ${p.value}`);
  const branches = parts.map((part, i) => and(...parts.slice(0, i).map(equal), beyond(part)));
  const lead = first.dir === "asc" ? sql`${first.expr} >= ${first.value}` : sql`${first.expr} <= ${first.value}`;
  return and(lead, or(...branches));
}

/** `order by` terms matching the indexes, which drizzle-kit writes as `desc nulls last`. */
export function orderTerms(parts: readonly Pick<KeyPart, "expr" | "dir">[], descNulls: "first" | "last" = "last"): SQL[] {
  return parts.map((p) => (p.dir === "asc" ? sql`${p.expr} asc` : descNulls === "last" ? sql`${p.expr} desc nulls last` : sql`${p.expr} desc`));
}
