const number = (n: number) => n.toLocaleString("en");

/** A byte count in words a person reads: "812 bytes", "14 KB" or "4.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${number(bytes)} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
