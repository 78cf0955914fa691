import { describe, expect, it } from "vitest";
import { textStream } from "./serializers";

describe("textStream", () => {
  it("produces a chunk only when the reader asks for one, and stops the producer when cancelled", async () => {
    let produced = 0;
    let stopped = false;
    async function* chunks() {
      try {
        for (let i = 0; i < 1000; i++) {
          produced++;
          yield `chunk ${i}\n`;
        }
      } finally {
        stopped = true;
      }
    }
    const reader = textStream(chunks()).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("chunk 0\n");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(produced).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(stopped).toBe(true);
  });

  it("encodes UTF-8 and skips empty chunks", async () => {
    async function* chunks() {
      yield "";
      yield "“😀”";
    }
    const response = new Response(textStream(chunks()));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new TextEncoder().encode("“😀”"));
  });

  it("passes a producer's error on to the reader", async () => {
    async function* chunks(): AsyncGenerator<string> {
      yield "a";
      throw new Error("the database went away");
    }
    await expect(new Response(textStream(chunks())).text()).rejects.toThrow("the database went away");
  });
});
