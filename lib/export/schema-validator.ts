import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import schema from "./claimlens-1.schema.json";

/**
 * Validates a document against the published `claimlens/1` JSON Schema with ajv, for tests (ajv is a
 * development dependency): returns the errors as `path: message` lines, empty when the document is valid.
 */
export function claimlensSchemaErrors(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "(document)"}: ${e.message ?? "is not valid"}`);
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);
