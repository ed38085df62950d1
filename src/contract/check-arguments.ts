import { InvalidInputError } from '../errors.js';
import type { HostMethodSpec, RuntimeType } from './host-method-spec.js';

/** Checks the arguments of one ctx call; throws `invalid_input` naming the method and the argument. */
export type ArgumentCheck = (args: readonly unknown[]) => void;

// A check of one value: the reason it does not match (a path below the argument and what was expected), or undefined.
type ValueCheck = (value: unknown) => Mismatch | undefined;

// Whether a value matches: the path every call takes, so it allocates nothing; ValueCheck explains a failure.
type ValueTest = (value: unknown) => boolean;

interface Mismatch {
  /** Below the argument: "" for the argument itself, ".url", "[3]", ".saveItems.fields". */
  at: string;
  expected: string;
  value: unknown;
}

const anything: ValueCheck = () => undefined;

/**
 * Compiles a method's description (host-methods.generated.ts) into its argument check, once per method: a call then
 * costs a typeof per argument for the common cases, and a walk of the value only where the contract declares a
 * structure (lists of records, request objects). Matching values allocate nothing; the reason is worked out only for
 * a value that does not match.
 */
export function compileArgumentCheck(method: HostMethodSpec): ArgumentCheck {
  const where = `ctx.${method.path}`;
  const parameters = method.parameters.map((parameter) => ({
    name: parameter.name,
    optional: parameter.optional,
    test: compileTest(parameter.type),
    check: compile(parameter.type),
  }));
  const required = parameters.filter((parameter) => !parameter.optional).length;
  const most = parameters.length;
  const takes = required === most ? `${most}` : `${required} to ${most}`;
  return (args) => {
    if (args.length > most) {
      throw new InvalidInputError(
        `${where}: takes ${takes} argument${most === 1 ? '' : 's'}, got ${args.length} (${signatureOf(method)})`,
        { data: { method: where } },
      );
    }
    for (let index = 0; index < parameters.length; index += 1) {
      const parameter = parameters[index]!;
      const value = args[index];
      if (value === undefined) {
        if (parameter.optional) continue;
        throw new InvalidInputError(`${where}: argument ${parameter.name} is missing (${signatureOf(method)})`, {
          data: { method: where, argument: parameter.name },
        });
      }
      if (parameter.test(value)) continue;
      const mismatch = parameter.check(value);
      if (mismatch) {
        const argument = `${parameter.name}${mismatch.at}`;
        throw new InvalidInputError(
          `${where}: ${argument} must be ${mismatch.expected}, got ${describeValue(mismatch.value)}`,
          { data: { method: where, argument } },
        );
      }
    }
  };
}

const accept: ValueTest = () => true;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function compileTest(type: RuntimeType): ValueTest {
  switch (type.kind) {
    case 'any':
      return accept;
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number';
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'undefined':
      return (value) => value === undefined;
    case 'array': {
      if (type.items.kind === 'any') return (value) => Array.isArray(value);
      const item = compileTest(type.items);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let index = 0; index < value.length; index += 1) if (!item(value[index])) return false;
        return true;
      };
    }
    case 'object': {
      const fields = type.properties.map((property) => ({
        name: property.name,
        optional: property.optional,
        test: compileTest(property.type),
      }));
      const declared = new Set(type.properties.map((property) => property.name));
      const values = type.values && type.values.kind !== 'any' ? compileTest(type.values) : undefined;
      return (value) => {
        if (!isRecord(value)) return false;
        for (const field of fields) {
          const fieldValue = Object.hasOwn(value, field.name) ? value[field.name] : undefined;
          if (fieldValue === undefined ? !field.optional : !field.test(fieldValue)) return false;
        }
        if (values) {
          for (const key in value) {
            if (Object.hasOwn(value, key) && !declared.has(key) && !values(value[key])) return false;
          }
        }
        return true;
      };
    }
    case 'union': {
      const options = type.options.map(compileTest);
      return (value) => {
        for (const option of options) if (option(value)) return true;
        return false;
      };
    }
  }
}

function compile(type: RuntimeType): ValueCheck {
  switch (type.kind) {
    case 'any':
      return anything;
    case 'string':
      return (value) => (typeof value === 'string' ? undefined : { at: '', expected: 'a string', value });
    case 'number':
      return (value) => (typeof value === 'number' ? undefined : { at: '', expected: 'a number', value });
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? undefined : { at: '', expected: 'a boolean', value });
    case 'null':
      return (value) => (value === null ? undefined : { at: '', expected: 'null', value });
    case 'undefined':
      return (value) => (value === undefined ? undefined : { at: '', expected: 'undefined', value });
    case 'array':
      return compileArray(type.items);
    case 'object':
      return compileObject(type.properties, type.values);
    case 'union':
      return compileUnion(type.options);
  }
}

function compileArray(items: RuntimeType): ValueCheck {
  const expected = `a list${items.kind === 'any' ? '' : ` of ${plural(items)}`}`;
  const checkItem = compile(items);
  const each = items.kind !== 'any';
  return (value) => {
    if (!Array.isArray(value)) return { at: '', expected, value };
    if (!each) return undefined;
    for (let index = 0; index < value.length; index += 1) {
      const mismatch = checkItem(value[index]);
      if (mismatch) return { ...mismatch, at: `[${index}]${mismatch.at}` };
    }
    return undefined;
  };
}

function compileObject(
  properties: readonly { name: string; optional: boolean; type: RuntimeType }[],
  values: RuntimeType | undefined,
): ValueCheck {
  const expected = values && values.kind !== 'any' ? `an object of ${plural(values)}` : 'an object';
  const fields = properties.map((property) => ({ ...property, check: compile(property.type) }));
  const declared = new Set(properties.map((property) => property.name));
  const checkValue = values && values.kind !== 'any' ? compile(values) : undefined;
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { at: '', expected, value };
    const record = value as Record<string, unknown>;
    for (const field of fields) {
      const fieldValue = Object.hasOwn(record, field.name) ? record[field.name] : undefined;
      if (fieldValue === undefined) {
        if (field.optional) continue;
        return { at: `.${field.name}`, expected: describeType(field.type), value: undefined };
      }
      const mismatch = field.check(fieldValue);
      if (mismatch) return { ...mismatch, at: `.${field.name}${mismatch.at}` };
    }
    if (checkValue) {
      for (const key of Object.keys(record)) {
        if (declared.has(key)) continue;
        const mismatch = checkValue(record[key]);
        if (mismatch) return { ...mismatch, at: `${propertyPath(key)}${mismatch.at}` };
      }
    }
    return undefined;
  };
}

function compileUnion(options: readonly RuntimeType[]): ValueCheck {
  const checks = options.map(compile);
  const expected = options.map(describeType).join(' or ');
  return (value) => {
    let deepest: Mismatch | undefined;
    for (const check of checks) {
      const mismatch = check(value);
      if (!mismatch) return undefined;
      // A value of the right kind with a wrong part says more than "expected X or Y".
      if (mismatch.at !== '' && !deepest) deepest = mismatch;
    }
    return deepest ?? { at: '', expected, value };
  };
}

/** "a string", "a list of strings", "an object of strings", "a string or null": what a type accepts, in words. */
function describeType(type: RuntimeType): string {
  switch (type.kind) {
    case 'any':
      return 'a JSON value';
    case 'string':
    case 'number':
    case 'boolean':
      return `a ${type.kind}`;
    case 'null':
    case 'undefined':
      return type.kind;
    case 'array':
      return type.items.kind === 'any' ? 'a list' : `a list of ${plural(type.items)}`;
    case 'object':
      return type.values && type.values.kind !== 'any' ? `an object of ${plural(type.values)}` : 'an object';
    case 'union':
      return type.options.map(describeType).join(' or ');
  }
}

function plural(type: RuntimeType): string {
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return `${type.kind}s`;
    case 'object':
      return 'objects';
    case 'array':
      return 'lists';
    case 'union':
      return type.options.map(plural).join(' or ');
    default:
      return 'values';
  }
}

function propertyPath(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** "a number (5)", "an object", "a list", "null", "a string ("abc…")": what a handler passed. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case 'number':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** "mirror.write(path, text)": how a method is called, for messages. */
function signatureOf(method: HostMethodSpec): string {
  const names = method.parameters.map((parameter) => (parameter.optional ? `${parameter.name}?` : parameter.name));
  return `ctx.${method.path}(${names.join(', ')})`;
}
