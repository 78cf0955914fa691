// `npm run users -- COMMAND …`: accounts and API tokens from the command line (the first administrator of a
// server without a browser, a token for a script), with the same domain functions and schemas as /api/users and
// /api/tokens. Run with `--conditions=react-server` (see package.json) because db/users.ts is "server-only".
import { parseArgs, type ParseArgsConfig } from "node:util";
import { getConnection, type Database } from "../db/client";
import { createAccount, findUserByEmail, listUsers, updateAccount } from "../db/accounts/users";
import { createToken } from "../db/accounts/api-tokens";
import { createInvitation } from "../db/accounts/invitations";
import { env } from "../lib/env";
import {
  accountCreateSchema,
  accountPatchSchema,
  emailSchema,
  invitationCreateSchema,
  roleSchema,
  tokenCreateSchema,
  type AccountCreateInput,
  type InvitationCreateInput,
} from "../lib/auth/account-schemas";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, roleWithArticle } from "../lib/auth/roles";
import type { UserDto } from "../lib/auth/model";
import { isAppError, type Issue } from "../lib/errors";
import { parseInput } from "../lib/schemas";
import { runCommand } from "./run-command";

const USAGE = `Usage: npm run users -- COMMAND [options]

Commands:
  create --email E --password P --role ${ROLES.join("|")} [--name N]
                     Create an account. The name defaults to the part of the email before the @.
                     --password - reads the password from the first line of standard input, which keeps
                     it out of the shell's history.
  invite --email E --role ${ROLES.join("|")} [--name N]
                     Invite a person: print a one-time link, and nothing else, on standard output. They
                     open it, choose their own password, and the account is made; it works for 7 days.
                     The link is whole when CLAIMLENS_URL is set, else a path to put after this
                     Claimlens's address. A new invitation to the same email replaces the old link.
  token --email E [--name N]
                     Create an API token for the account and print it, and nothing else, on standard
                     output: it is shown this once only. The name (default "command line") tells tokens
                     apart on the Settings page. To capture it, keep npm quiet with -s:
                     TOKEN=$(npm run -s users -- token --email E)
  list               Every account: email, name, role, status and creation date.
  set-role --email E --role ${ROLES.join("|")}
                     Change an account's role.
  disable --email E  Disable an account: it is signed out everywhere and its API tokens stop working.
  enable --email E   Enable a disabled account again.

Roles:
${ROLES.map((role) => `  ${role.padEnd(9)}${ROLE_DESCRIPTIONS[role]}`).join("\n")}

The last active administrator can be neither demoted nor disabled.

Database: the PostgreSQL server in DATABASE_URL, or else the embedded database in CLAIMLENS_DATA_DIR
(default ./data/pglite). The embedded database may be in use by the Claimlens server: the command then
goes through the server (its socket in the data folder), and opens the folder itself only when no server runs.`;

/** A refusal worded for the person at the terminal: printed on standard error, exit code 1. */
class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;
const email = { email: { type: "string" } } satisfies Options;
const COMMANDS = {
  create: { ...email, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  invite: { ...email, role: { type: "string" }, name: { type: "string" } },
  token: { ...email, name: { type: "string" } },
  list: {},
  "set-role": { ...email, role: { type: "string" } },
  disable: email,
  enable: email,
} satisfies Record<string, Options>;
type Command = keyof typeof COMMANDS;
type Values = Partial<Record<"email" | "password" | "role" | "name", string>>;

const isCommand = (value: string | undefined): value is Command => value !== undefined && Object.hasOwn(COMMANDS, value);

/** The command and its options; every option it does not take is refused rather than ignored. */
function parseCommandLine(args: string[]): { command: Command; values: Values } | "help" {
  const [first, ...rest] = args;
  if (first === undefined) throw new UsageError(USAGE);
  if (first === "--help" || first === "-h" || first === "help") return "help";
  if (!isCommand(first)) throw new UsageError(`Unknown command “${first}”. The commands are: ${Object.keys(COMMANDS).join(", ")}.`);
  if (rest.includes("--help") || rest.includes("-h")) return "help";
  try {
    const { values } = parseArgs({ args: rest, options: COMMANDS[first], strict: true, allowPositionals: false });
    return { command: first, values: values as Values };
  } catch (error) {
    const problem = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "").replace(/\.?$/, ".");
    throw new UsageError(`${problem} Run npm run users -- --help for the usage.`);
  }
}

/**
 * Runs a schema over the options, naming each problem by its option (`--email: must be an email address…`);
 * `flag` names the option when the schema checks a single value.
 */
function parseOptions<T>(parse: () => T, flag?: string): T {
  try {
    return parse();
  } catch (error) {
    const issues = isAppError(error) ? (error.details as { issues?: Issue[] } | undefined)?.issues : undefined;
    if (!issues) throw error;
    throw new UsageError(issues.map((i) => (i.path !== "(body)" ? `--${i.path}: ${i.message}` : flag ? `--${flag}: ${i.message}` : i.message)).join("\n"));
  }
}

function required(values: Values, name: keyof Values): string {
  const value = values[name];
  if (value === undefined) throw new UsageError(`--${name} is required. Run npm run users -- --help for the usage.`);
  return value;
}

async function readFirstLine(stream: NodeJS.ReadStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}

async function accountByEmail(db: Database, address: string): Promise<UserDto> {
  const user = await findUserByEmail(db, address);
  if (!user) throw new UsageError(`No account has the email ${address}. See them all with: npm run users -- list`);
  return user;
}

const describeAccount = (user: UserDto) => `${user.email} (${user.name}, ${ROLE_LABELS[user.role].toLowerCase()}${user.disabled ? ", disabled" : ""})`;

async function run(command: Command, values: Values): Promise<void> {
  // Validate what needs no database before opening it.
  let account: AccountCreateInput | undefined;
  if (command === "create") {
    const given = required(values, "email");
    let password = required(values, "password");
    if (password === "-") password = await readFirstLine(process.stdin);
    account = parseOptions(() =>
      parseInput(accountCreateSchema, { name: values.name ?? given.trim().split("@")[0], email: given, password, role: required(values, "role") }, "The account"),
    );
  }
  let invitation: InvitationCreateInput | undefined;
  if (command === "invite") {
    const given = required(values, "email");
    invitation = parseOptions(() =>
      parseInput(invitationCreateSchema, { name: values.name ?? given.trim().split("@")[0], email: given, role: required(values, "role") }, "The invitation"),
    );
  }
  const role = command === "set-role" ? parseOptions(() => parseInput(roleSchema, required(values, "role"), "The role"), "role") : undefined;
  const tokenName = command === "token" ? parseOptions(() => parseInput(tokenCreateSchema, { name: values.name ?? "command line" }, "The token")).name : undefined;
  const address = command === "list" || command === "create" || command === "invite" ? "" : parseOptions(() => parseInput(emailSchema, required(values, "email"), "The email"), "email");

  const connection = await getConnection();
  const { db } = connection;
  try {
    switch (command) {
      case "create": {
        if (!account) break;
        const user = await createAccount(db, account);
        console.log(`Created ${describeAccount(user)}. They sign in with this email and the password given.`);
        break;
      }
      case "invite": {
        if (!invitation) break;
        const made = await createInvitation(db, null, invitation);
        // Only the link on standard output, so that a script can capture it: LINK=$(npm run -s users -- invite …)
        process.stdout.write(`${env().publicUrl ?? ""}${made.path}\n`);
        const until = made.invitation.expiresAt.slice(0, 10);
        const whole = env().publicUrl ? "" : " Put this Claimlens's address in front of it (set CLAIMLENS_URL to have it printed whole).";
        console.error(`Invited ${made.invitation.email} as ${roleWithArticle(made.invitation.role)}. Send them this link privately: it works once, until ${until}.${whole}`);
        break;
      }
      case "token": {
        const user = await accountByEmail(db, address);
        if (user.disabled) throw new UsageError(`${user.email} is disabled, so a token would not work. Enable it first: npm run users -- enable --email ${user.email}`);
        const { token, info } = await createToken(db, user.id, tokenName ?? "command line");
        // Only the token on standard output, so that a script can capture it: TOKEN=$(npm run -s users -- token …)
        process.stdout.write(`${token}\n`);
        console.error(`Created the API token “${info.name}” (${info.prefix}) for ${user.email}. Copy it now: it will not be shown again.`);
        break;
      }
      case "list": {
        const users: UserDto[] = [];
        let cursor: string | undefined;
        do {
          const page = await listUsers(db, { cursor, limit: 200 });
          users.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        if (users.length === 0) {
          console.log("No accounts yet. Create the first administrator: npm run users -- create --email E --password P --role admin");
          break;
        }
        const rows = [["EMAIL", "NAME", "ROLE", "STATUS", "CREATED"], ...users.map((u) => [u.email, u.name, u.role, u.disabled ? "disabled" : "active", u.createdAt.slice(0, 10)])];
        const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
        for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
        break;
      }
      case "set-role":
      case "disable":
      case "enable": {
        const user = await accountByEmail(db, address);
        const patch = parseOptions(() =>
          parseInput(accountPatchSchema, command === "set-role" ? { role } : { disabled: command === "disable" }, "The change"),
        );
        const updated = await updateAccount(db, null, user.id, patch);
        if (command === "set-role") console.log(`${updated.email} is now ${updated.role === "viewer" ? "a" : "an"} ${ROLE_LABELS[updated.role].toLowerCase()}: ${ROLE_DESCRIPTIONS[updated.role]}.`);
        else if (command === "disable") console.log(`Disabled ${updated.email}: signed out everywhere, and their API tokens no longer work.`);
        else console.log(`Enabled ${updated.email}: they can sign in again, and their API tokens that are not revoked work again.`);
        break;
      }
    }
  } finally {
    await connection.close();
  }
}

async function main(): Promise<number> {
  // The sample article is the server's to import on its first start, not this command's.
  process.env.CLAIMLENS_SKIP_SAMPLE ??= "1";
  try {
    const parsed = parseCommandLine(process.argv.slice(2));
    if (parsed === "help") {
      console.log(USAGE);
      return 0;
    }
    await run(parsed.command, parsed.values);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || isAppError(error)) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

runCommand(main);
