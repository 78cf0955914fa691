import http, { type Server } from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";

/**
 * A local web server for tests of the web import, on 127.0.0.1 and a free port, serving the saved pages of
 * lib/extract/fixtures and the awkward answers the fetch guard must handle. Test code only.
 */
export interface PageServer {
  origin: string;
  /** host:port, for the test-only allow list. */
  hostPort: string;
  close(): Promise<void>;
}

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "lib", "extract", "fixtures", name));

/**
 * Starts the server; `privateTarget` is where /redirect-private sends the client (a refused address). The port
 * is a free one unless named (the end-to-end tests name theirs, for the app's allow list).
 */
export async function startPageServer(privateTarget = "http://10.0.0.1/", port = 0): Promise<PageServer> {
  const server: Server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (type: string, body: string | Buffer) => res.writeHead(200, { "content-type": type }).end(body);
    switch (url.pathname) {
      case "/news":
        return send("text/html; charset=utf-8", fixture("news-jsonld.html"));
      case "/blog":
        return send("text/html", fixture("blog-comments.html"));
      case "/og":
        return send("application/xhtml+xml", fixture("og-only.html"));
      case "/headers":
        return send("text/plain", JSON.stringify(req.headers));
      case "/latin1":
        return send("text/html; charset=iso-8859-1", Buffer.from("<p>Caf\xe9 cr\xe8me</p>", "latin1"));
      case "/chain": {
        const n = Number(url.searchParams.get("n") ?? "0");
        return res.writeHead(302, { location: n > 0 ? `/chain?n=${n - 1}` : "/news" }).end();
      }
      case "/redirect-private":
        return res.writeHead(301, { location: privateTarget }).end();
      case "/oversize": {
        // Six 1 MB chunks without a Content-Length: only counting while streaming can stop it.
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(1024 * 1024, "a");
        let sent = 0;
        const more = () => {
          while (sent < 6 && res.write(chunk)) sent++;
          if (sent >= 6) res.end();
          else res.once("drain", () => { sent++; more(); });
        };
        return more();
      }
      case "/slow":
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>The beginning");
        return void setTimeout(() => res.end("</p>"), 5_000).unref();
      case "/pdf":
        return send("application/pdf", Buffer.from("%PDF-1.4\n%âãÏÓ\n"));
      default:
        return res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${bound}`,
    hostPort: `127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
