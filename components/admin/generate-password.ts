/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand (no 0/O, 1/l/I). */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
export const GENERATED_PASSWORD_LENGTH = 16;
// Bytes at or above the largest multiple of the alphabet's size are drawn again, so that every character is
// equally likely (a plain `byte % 57` would favour the first characters).
const LIMIT = 256 - (256 % ALPHABET.length);

/**
 * A random password for a new account, for the administrator to hand over: 16 characters of a 57-character
 * alphabet (about 93 bits), from the browser's (or Node's) cryptographic random source.
 */
export function generatePassword(
  length = GENERATED_PASSWORD_LENGTH,
  fill: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  let password = "";
  while (password.length < length) {
    for (const byte of fill(new Uint8Array(length * 2))) {
      if (byte < LIMIT) password += ALPHABET[byte % ALPHABET.length];
      if (password.length === length) break;
    }
  }
  return password;
}
