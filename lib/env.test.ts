import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** A fresh copy of the module, since env() caches what it read. */
async function freshEnv() {
  vi.resetModules();
  return (await import("./env")).env;
}

const VARIABLES = ["DATABASE_URL", "CLAIMLENS_DATA_DIR", "PORT", "CLAIMLENS_SKIP_SAMPLE", "CLAIMLENS_FETCH_ALLOW_HOSTS", "CLAIMLENS_TRUSTED_PROXIES"] as const;

describe("env", () => {
  beforeEach(() => {
    for (const name of VARIABLES) vi.stubEnv(name, undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("has defaults for everything", async () => {
    const env = await freshEnv();
    expect(env()).toEqual({
      databaseUrl: undefined,
      dataDir: path.join(process.cwd(), "data", "pglite"),
      port: 3000,
      skipSample: false,
      fetchAllowHosts: [],
      trustedProxies: expect.objectContaining({ entries: [] }),
    });
  });

  it("reads every variable", async () => {
    vi.stubEnv("DATABASE_URL", " postgres://root@127.0.0.1:5432/claimlens ");
    vi.stubEnv("CLAIMLENS_DATA_DIR", "/var/lib/claimlens");
    vi.stubEnv("PORT", "8080");
    vi.stubEnv("CLAIMLENS_SKIP_SAMPLE", "1");
    const env = await freshEnv();
    expect(env()).toEqual({
      databaseUrl: "postgres://root@127.0.0.1:5432/claimlens",
      dataDir: "/var/lib/claimlens",
      port: 8080,
      skipSample: true,
      fetchAllowHosts: [],
      trustedProxies: expect.objectContaining({ entries: [] }),
    });
  });

  it.each([
    ["postgresql://db.example/claimlens", "postgresql://db.example/claimlens"],
    ["", undefined],
  ])("accepts DATABASE_URL=%j", async (value, expected) => {
    vi.stubEnv("DATABASE_URL", value);
    expect((await freshEnv())().databaseUrl).toBe(expected);
  });

  it("resolves a relative data folder against the working directory", async () => {
    vi.stubEnv("CLAIMLENS_DATA_DIR", "tmp/db");
    expect((await freshEnv())().dataDir).toBe(path.join(process.cwd(), "tmp", "db"));
  });

  it("keeps PGlite's in-memory URL as it is", async () => {
    vi.stubEnv("CLAIMLENS_DATA_DIR", "memory://");
    expect((await freshEnv())().dataDir).toBe("memory://");
  });

  it("reads the trusted proxies: addresses and CIDR ranges, IPv4 and IPv6", async () => {
    vi.stubEnv("CLAIMLENS_TRUSTED_PROXIES", " 10.0.0.1, 172.16.0.0/12 ,fd00::/8");
    expect((await freshEnv())().trustedProxies.entries).toEqual(["10.0.0.1", "172.16.0.0/12", "fd00::/8"]);
  });

  it.each([
    ["true", true],
    ["0", false],
    ["false", false],
  ])("reads CLAIMLENS_SKIP_SAMPLE=%s", async (value, expected) => {
    vi.stubEnv("CLAIMLENS_SKIP_SAMPLE", value);
    expect((await freshEnv())().skipSample).toBe(expected);
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/claimlens"],
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["CLAIMLENS_SKIP_SAMPLE", "yes"],
    ["CLAIMLENS_FETCH_ALLOW_HOSTS", "127.0.0.1"],
    ["CLAIMLENS_FETCH_ALLOW_HOSTS", "http://127.0.0.1:3261/"],
    ["CLAIMLENS_TRUSTED_PROXIES", "10.0.0.1, proxy.example"],
    ["CLAIMLENS_TRUSTED_PROXIES", "10.0.0.0/33"],
  ])("refuses %s=%s with a message naming the variable", async (name, value) => {
    vi.stubEnv(name, value);
    const env = await freshEnv();
    expect(() => env()).toThrow(new RegExp(`^Claimlens configuration is invalid: ${name}: `));
  });

  it("reads the test-only hosts the web import may fetch from", async () => {
    vi.stubEnv("CLAIMLENS_FETCH_ALLOW_HOSTS", " 127.0.0.1:3261, [::1]:3262 ,Example.test:80");
    expect((await freshEnv())().fetchAllowHosts).toEqual(["127.0.0.1:3261", "::1:3262", "example.test:80"]);
  });

  it("reads the environment once", async () => {
    vi.stubEnv("PORT", "4000");
    const env = await freshEnv();
    const first = env();
    vi.stubEnv("PORT", "5000");
    expect(env()).toBe(first);
    expect(env().port).toBe(4000);
  });
});
