// Derives the handler runtime and its documentation from src/contract/handler-context.d.ts, the one place the `ctx`
// surface is written down:
//   src/contract/host-methods.generated.ts   every ctx method: its path, sync or async, parameters and their runtime
//                                            types (the sandbox builds ctx from it and checks arguments against it)
//   docs/handler-api.md                       the API reference, from the declarations and their doc comments
// Run after editing the .d.ts: `node scripts/build-contract.mjs` (a unit test fails while the outputs are stale).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const contractUrl = new URL('../src/contract/handler-context.d.ts', import.meta.url);
const methodsUrl = new URL('../src/contract/host-methods.generated.ts', import.meta.url);
const docsUrl = new URL('../docs/handler-api.md', import.meta.url);

/** The TypeScript program over the contract alone; fails when the .d.ts itself does not type-check. */
function loadContract() {
  const file = fileURLToPath(contractUrl);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
    lib: ['lib.es2022.d.ts'],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.file?.fileName === file);
  if (diagnostics.length > 0) {
    const text = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => '\n',
    });
    throw new Error(`handler-context.d.ts does not type-check:\n${text}`);
  }
  const source = program.getSourceFile(file);
  return { program, checker: program.getTypeChecker(), source };
}

function declarationNamed(source, name) {
  for (const statement of source.statements) {
    if (
      (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
      statement.name.text === name
    ) {
      return statement;
    }
  }
  throw new Error(`handler-context.d.ts declares no ${name}`);
}

/**
 * The runtime shape of a type, as plain JSON the argument checker compiles:
 * { kind: 'any' | 'string' | 'number' | 'boolean' | 'null' } | { kind: 'array', items } |
 * { kind: 'object', properties: [{ name, optional, type }], values? } | { kind: 'union', options }.
 * Recursive types (JsonValue) become 'any' where they recur.
 */
function describeType(checker, type, seen = new Set()) {
  const flags = type.flags;
  if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return { kind: 'any' };
  if (flags & ts.TypeFlags.Boolean || flags & ts.TypeFlags.BooleanLiteral) return { kind: 'boolean' };
  if (flags & ts.TypeFlags.StringLike) return { kind: 'string' };
  if (flags & ts.TypeFlags.NumberLike) return { kind: 'number' };
  if (flags & ts.TypeFlags.Null) return { kind: 'null' };
  if (flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return { kind: 'undefined' };
  if (seen.has(type)) return { kind: 'any' };
  const inner = new Set(seen).add(type);
  if (type.isUnion()) {
    const options = [];
    for (const member of type.types) {
      const described = describeType(checker, member, inner);
      if (described.kind === 'any') return described;
      if (!options.some((option) => JSON.stringify(option) === JSON.stringify(described))) options.push(described);
    }
    return options.length === 1 ? options[0] : { kind: 'union', options };
  }
  if (checker.isArrayType(type)) {
    const [item] = checker.getTypeArguments(type);
    return { kind: 'array', items: describeType(checker, item, inner) };
  }
  if (flags & ts.TypeFlags.Object) {
    if (type.getCallSignatures().length > 0) throw new Error(`a function type cannot cross the sandbox boundary`);
    const properties = checker.getPropertiesOfType(type).map((property) => {
      const propertyType = checker.getTypeOfSymbol(property);
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      return { name: property.name, optional, type: describeDeclared(checker, propertyType, optional, inner) };
    });
    const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    const described = { kind: 'object', properties };
    if (index) described.values = describeType(checker, index.type, inner);
    return described;
  }
  throw new Error(`no runtime shape for type ${checker.typeToString(type)}`);
}

// The shape of an optional member without its `| undefined` (getNonNullableType also drops null: put it back when the
// declared type allows it). Unknown and any stay as they are (NonNullable<unknown> would be `{}`).
function describeDeclared(checker, declared, optional, seen) {
  if (!optional || !declared.isUnion()) return describeType(checker, declared, seen);
  return withoutUndefined(describeType(checker, checker.getNonNullableType(declared), seen), declared);
}

function withoutUndefined(described, declared) {
  const allowsNull = declared.isUnion() && declared.types.some((member) => member.flags & ts.TypeFlags.Null);
  if (!allowsNull || described.kind === 'any' || described.kind === 'null') return described;
  const options = described.kind === 'union' ? described.options : [described];
  return options.some((option) => option.kind === 'null')
    ? described
    : { kind: 'union', options: [...options, { kind: 'null' }] };
}

function isPromise(type) {
  return type.getSymbol()?.getName() === 'Promise';
}

/** Every method reachable from HandlerContext: `mirror.read`, `log.info`, `now`, ... in declaration order. */
function collectMethods(checker, source) {
  const context = declarationNamed(source, 'HandlerContext');
  const methods = [];
  const visit = (type, prefix) => {
    for (const property of checker.getPropertiesOfType(type)) {
      const propertyType = checker.getTypeOfSymbol(property);
      const signatures = propertyType.getCallSignatures();
      const path = `${prefix}${property.name}`;
      if (signatures.length === 1) {
        methods.push(describeMethod(checker, path, signatures[0]));
      } else if (signatures.length > 1) {
        throw new Error(`ctx.${path} is overloaded; the contract allows one signature per method`);
      } else if (
        checker
          .getPropertiesOfType(propertyType)
          .some((inner) => checker.getTypeOfSymbol(inner).getCallSignatures().length)
      ) {
        visit(propertyType, `${path}.`);
      }
      // Anything else (ctx.sync) is data the sandbox freezes into ctx, not a host call.
    }
  };
  visit(checker.getTypeAtLocation(context.name), '');
  return methods;
}

function describeMethod(checker, path, signature) {
  const returnType = signature.getReturnType();
  const parameters = signature.getParameters().map((parameter) => {
    const declaration = parameter.valueDeclaration;
    const type = checker.getTypeOfSymbol(parameter);
    const optional =
      Boolean(declaration?.questionToken) || (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0;
    return { name: parameter.name, optional, type: describeDeclared(checker, type, optional, new Set()) };
  });
  const promise = isPromise(returnType);
  const value = promise ? checker.getTypeArguments(returnType)[0] : returnType;
  return {
    path,
    mode: promise ? 'async' : 'sync',
    returnsValue: !(value && value.flags & ts.TypeFlags.Void),
    parameters,
  };
}

/** The generated TypeScript module for the methods. */
export function methodsSource(methods) {
  return [
    '// Generated by scripts/build-contract.mjs from src/contract/handler-context.d.ts. Do not edit.',
    "import type { HostMethodSpec } from './host-method-spec.js';",
    '',
    '/** Every ctx method of the handler contract, in declaration order. */',
    'export const hostMethods = [',
    ...methods.map((method) => `  ${JSON.stringify(method)},`),
    '] as const satisfies readonly HostMethodSpec[];',
    '',
  ].join('\n');
}

// ---- documentation ---------------------------------------------------------------------------------------------

function docOf(node) {
  const comments = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = comments.map((comment) => ts.getTextOfJSDocComment(comment.comment) ?? '').join('\n');
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

// The file's leading /** ... */ comment, without its stars and tags, as markdown lines.
function fileComment(source) {
  const text = source.getFullText();
  const [first] = ts.getLeadingCommentRanges(text, 0) ?? [];
  if (!first) return [];
  return text
    .slice(first.pos + 3, first.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .filter((line) => !line.startsWith('@'))
    .join('\n')
    .trim()
    .split('\n');
}

function signatureText(member) {
  const printer = ts.createPrinter({ removeComments: true });
  return printer
    .printNode(ts.EmitHint.Unspecified, member, member.getSourceFile())
    .replace(/;$/, '')
    .replace(/\s+/g, ' ');
}

function cell(text) {
  return text.replace(/\|/g, '\\|');
}

/** docs/handler-api.md from the declarations and their comments. */
export function docsSource(source) {
  const lines = [
    '<!-- Generated by scripts/build-contract.mjs from src/contract/handler-context.d.ts. Do not edit. -->',
    '',
    '# Handler API',
    '',
    'The contract of `handlers/<slug>/handler.js` and of `syncagent exec` code. Its source is',
    '[`src/contract/handler-context.d.ts`](../src/contract/handler-context.d.ts), shipped in the package as',
    "`syncagent/handler` (types only): in a `// @ts-check` handler, `/** @param {import('syncagent/handler').HandlerContext} ctx */`.",
    '',
  ];
  lines.push(...fileComment(source), '');

  const context = declarationNamed(source, 'HandlerContext');
  const namespaces = [];
  lines.push('## `ctx`', '', '| member | type | description |', '| --- | --- | --- |');
  for (const member of context.members) {
    const name = member.name.getText();
    if (ts.isMethodSignature(member)) {
      lines.push(`| \`ctx.${cell(signatureText(member))}\` | method | ${cell(docOf(member))} |`);
    } else if (ts.isPropertySignature(member) && member.type) {
      const typeName = member.type.getText();
      lines.push(`| \`ctx.${name}\` | [\`${typeName}\`](#${typeName.toLowerCase()}) | ${cell(docOf(member))} |`);
      namespaces.push({ name, typeName });
    }
  }
  lines.push('');
  const documented = new Set(['HandlerContext']);
  for (const { name, typeName } of namespaces) {
    const declaration = declarationNamed(source, typeName);
    documented.add(typeName);
    lines.push(`### ${typeName}`, '', `\`ctx.${name}\`: ${docOf(declaration)}`, '');
    lines.push('| member | description |', '| --- | --- |');
    for (const member of declaration.members) {
      const text = ts.isMethodSignature(member) ? `ctx.${name}.${signatureText(member)}` : signatureText(member);
      lines.push(`| \`${cell(text)}\` | ${cell(docOf(member))} |`);
    }
    lines.push('');
  }

  lines.push('## Exports', '');
  const module = declarationNamed(source, 'HandlerModule');
  lines.push(docOf(module), '', '| export | signature | description |', '| --- | --- | --- |');
  documented.add('HandlerModule');
  const exportTypes = [...module.members.map((member) => [member.name.getText(), member.type.getText()])];
  const exec = declarationNamed(source, 'ExecModule');
  documented.add('ExecModule');
  exportTypes.push(['default (exec)', exec.members[0].type.getText()]);
  for (const [name, typeName] of exportTypes) {
    const alias = declarationNamed(source, typeName);
    documented.add(typeName);
    lines.push(`| \`${name}\` | \`${cell(alias.type.getText().replace(/\s+/g, ' '))}\` | ${cell(docOf(alias))} |`);
  }
  lines.push('');

  lines.push('## Types', '');
  for (const statement of source.statements) {
    if (!(ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))) continue;
    const name = statement.name.text;
    if (documented.has(name)) continue;
    lines.push(`### ${name}`, '', docOf(statement), '');
    if (ts.isTypeAliasDeclaration(statement)) {
      lines.push('```ts', `type ${name} = ${statement.type.getText().replace(/\s+/g, ' ')}`, '```', '');
      continue;
    }
    const base = statement.heritageClauses?.map((clause) => clause.getText()).join(' ');
    if (base) lines.push(`Everything of ${base.replace(/^extends /, '')}, and:`, '');
    lines.push('| field | description |', '| --- | --- |');
    for (const member of statement.members)
      lines.push(`| \`${cell(signatureText(member))}\` | ${cell(docOf(member))} |`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Both outputs, as the files should read. */
export async function buildContract() {
  const { checker, source } = loadContract();
  return { methods: methodsSource(collectMethods(checker, source)), docs: docsSource(source) };
}

/** The committed outputs, as they are on disk. */
export async function committedContract() {
  return {
    methods: await readFile(methodsUrl, 'utf8'),
    docs: await readFile(docsUrl, 'utf8'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = await buildContract();
  await writeFile(methodsUrl, built.methods);
  await writeFile(docsUrl, built.docs);
  console.log(`wrote ${fileURLToPath(methodsUrl)}\nwrote ${fileURLToPath(docsUrl)}`);
}
