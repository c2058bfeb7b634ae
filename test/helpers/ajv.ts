// A draft-07 validator as editors and other tools would use it: ajv with the standard formats.
import { Ajv } from "ajv";
import * as formats from "ajv-formats";

// ajv-formats is CommonJS with `exports.default`; under NodeNext its plugin sits on `.default`.
const addFormats = formats.default as unknown as (ajv: Ajv) => Ajv;

export function draft07(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv;
}
