// The compiled validator of each schema of schemas.ts. This module compiles them with ajv on first
// use; the bundle (scripts/bundle.mjs) puts in its place the same validators compiled at bundle
// time (scripts/schema-validators.mjs), so the CLI and the actions neither load ajv's compiler
// nor spend 60 ms compiling four schemas on every build. Both are made with AJV_OPTIONS, and a
// test holds them to the same verdicts and errors.
import { Ajv, type ValidateFunction } from 'ajv';
import { AJV_OPTIONS, SCHEMAS, type SchemaName } from './schemas.js';

let ajv: Ajv | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

export function validatorOf(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (v) return v;
  ajv ??= new Ajv(AJV_OPTIONS);
  v = ajv.compile(SCHEMAS[name]);
  compiled.set(name, v);
  return v;
}
