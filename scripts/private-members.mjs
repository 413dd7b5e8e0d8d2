// The names of our classes' members that terser may shorten in the browser bundles (the npm build
// keeps every name). Terser renames a property name everywhere in a bundle, Lit included, so a name
// qualifies only when every place it can be read as a property is ours:
//
// - it is declared as a member of a class in src/: `private` or `protected`, or public in a
//   ReactiveController (a class that `implements ReactiveController`, whose members only its host
//   reaches); never `override`, never decorated, never a Lit reactive property (those are keys of
//   `static properties`, and Lit keeps them as strings), never a hook Lit or the browser calls by name;
// - every other mention in src/ is `this.name`, or `this.field.name` where `field` holds one of our
//   ReactiveControllers that declares `name`, or a plain variable, function, parameter or import of the
//   same name (an identifier, which property renaming leaves alone);
// - it is never a property of anything else: not quoted ('name', `name`), not a key of an object
//   literal, a destructuring pattern or an interface (content, event data, options), not read off
//   another object (`s.name`, `detail.name`, `super.name`), not a property binding in a template
//   (`.name=${…}`), and not a property Lit's own code uses.
//
// The source is read with the TypeScript parser (syntax only, no type checking): comments never count.
import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import ts from 'typescript';

/** Names Lit or the browser call on our objects by name: never shortened. */
const HOOKS = new Set(['hostConnected', 'hostDisconnected', 'hostUpdate', 'hostUpdated', 'handleEvent', 'then', 'toJSON', 'toString', 'valueOf', 'constructor']);

/** The Lit packages the browser bundles inline. */
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

function files(dir, ending) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? entry.name === 'development' || entry.name === 'node' || entry.name === 'node_modules'
        ? []
        : files(join(dir, entry.name), ending)
      : entry.name.endsWith(ending) && !entry.name.endsWith('.d.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The code of the Lit packages the bundles inline (their minified production modules). */
function litSources() {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return LIT_PACKAGES.map((name) => {
    try {
      const dir = require.resolve(`${name}/package.json`).replace(/package\.json$/, '');
      return files(dir, '.js').map((file) => readFileSync(file, 'utf8')).join('\n');
    } catch {
      return '';
    }
  }).join('\n');
}

const hasModifier = (node, kind) => !!ts.getModifiers?.(node)?.some((modifier) => modifier.kind === kind);
const isThis = (node) => node.kind === ts.SyntaxKind.ThisKeyword;
const isMember = (node) =>
  ts.isPropertyDeclaration(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node) ||
  (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent) && ts.isClassLike(node.parent.parent) &&
    (hasModifier(node, ts.SyntaxKind.PrivateKeyword) || hasModifier(node, ts.SyntaxKind.ProtectedKeyword) ||
      hasModifier(node, ts.SyntaxKind.PublicKeyword) || hasModifier(node, ts.SyntaxKind.ReadonlyKeyword)));
/** Whether `name` is the key of `{state: true}` in a class's `static properties = {…}`. */
const isStateKey = (parent, name) =>
  ts.isPropertyAssignment(parent) &&
  parent.name === name &&
  ts.isObjectLiteralExpression(parent.initializer) &&
  parent.initializer.properties.length === 1 &&
  parent.initializer.properties.some((option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword) &&
  ts.isObjectLiteralExpression(parent.parent) &&
  ts.isPropertyDeclaration(parent.parent.parent) &&
  parent.parent.parent.name.getText() === 'properties' &&
  hasModifier(parent.parent.parent, ts.SyntaxKind.StaticKeyword);
const implementsController = (node) =>
  !!node.heritageClauses?.some((clause) => clause.token === ts.SyntaxKind.ImplementsKeyword && clause.types.some((type) => /\bReactiveController$/.test(type.expression.getText())));

/**
 * @param {string} dir the source folder.
 * @param {{lit?: string}} [options] `lit`: the code of the Lit packages (read from node_modules by default).
 * @returns {string[]} the member names that are safe to mangle, sorted.
 */
export function privateMembers(dir = 'src', {lit = litSources()} = {}) {
  const sources = files(dir, '.ts').map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));

  /** name → how it is declared as a class member: 'ok' (private, protected, or public in a controller) or 'no'. */
  const declared = new Map();
  /** controller class name → its member names. */
  const controllers = new Map();
  /** field name → the classes it is declared to hold (`new C(…)` or `: C`), '?' when unknown. */
  const fieldClasses = new Map();
  /** name → mentions that are neither `this.name` nor a declaration nor a plain identifier. */
  const refused = new Set();
  /** `this.field.name` mentions: [field, name]. */
  const throughFields = [];

  const mark = (name, verdict) => declared.set(name, declared.get(name) === 'no' ? 'no' : verdict);
  const holds = (field, className) => fieldClasses.set(field, new Set([...(fieldClasses.get(field) ?? []), className]));
  const classOf = (node) => {
    const init = node.initializer;
    if (init && ts.isNewExpression(init) && ts.isIdentifier(init.expression)) return init.expression.text;
    if (!init && node.type && ts.isTypeReferenceNode(node.type) && ts.isIdentifier(node.type.typeName)) return node.type.typeName.text;
    return '?';
  };

  for (const source of sources) {
    const visit = (node) => {
      if (ts.isClassLike(node) && node.name && implementsController(node)) {
        controllers.set(node.name.text, new Set(node.members.map((member) => member.name?.getText()).filter(Boolean)));
        for (const parameter of node.members.find(ts.isConstructorDeclaration)?.parameters ?? []) if (isMember(parameter)) controllers.get(node.name.text).add(parameter.name.getText());
      }
      if (isMember(node) && node.name && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name))) {
        const name = node.name.text;
        const hidden = hasModifier(node, ts.SyntaxKind.PrivateKeyword) || hasModifier(node, ts.SyntaxKind.ProtectedKeyword);
        const owner = ts.isParameter(node) ? node.parent.parent : node.parent;
        const inController = ts.isClassLike(owner) && implementsController(owner);
        const plain = !hasModifier(node, ts.SyntaxKind.OverrideKeyword) && !ts.getDecorators?.(node)?.length && !HOOKS.has(name);
        mark(name, plain && (hidden || inController) && ts.isClassLike(owner) ? 'ok' : 'no');
        if (ts.isPropertyDeclaration(node) || ts.isParameter(node)) holds(name, classOf(node));
      } else if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
        const parent = node.parent;
        const name = node.text;
        if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
          if (isThis(parent.expression)) {
            // this.name: ours.
          } else if (ts.isPropertyAccessExpression(parent.expression) && isThis(parent.expression.expression)) {
            throughFields.push([parent.expression.name.text, name]);
          } else refused.add(name);
        } else if (isStateKey(parent, node)) {
          // A key of `static properties` for internal state ({state: true}): Lit makes the accessor
          // from whatever the key is, so a renamed key and renamed `this.name` still meet.
        } else if (
          ts.isPropertyAssignment(parent) ||
          ts.isShorthandPropertyAssignment(parent) ||
          (ts.isMethodDeclaration(parent) && ts.isObjectLiteralExpression(parent.parent)) ||
          ((ts.isGetAccessorDeclaration(parent) || ts.isSetAccessorDeclaration(parent)) && ts.isObjectLiteralExpression(parent.parent)) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodSignature(parent) ||
          (ts.isBindingElement(parent) && (parent.propertyName === node || (!parent.propertyName && ts.isObjectBindingPattern(parent.parent)))) ||
          ts.isQualifiedName(parent) ||
          ts.isEnumMember(parent) ||
          ts.isJsxAttribute(parent)
        ) {
          refused.add(name);
        }
      } else if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
        refused.add(node.text);
        // Lit property bindings, `.name=${…}`, set a property by its name in the template.
        for (const [, name] of node.text.matchAll(/\.([A-Za-z_$][\w$]*)=/g)) refused.add(name);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  // this.field.name is ours only when every class the field may hold is one of our controllers declaring name.
  for (const [field, name] of throughFields) {
    const classes = fieldClasses.get(field) ?? new Set(['?']);
    if (![...classes].every((className) => controllers.get(className)?.has(name))) refused.add(name);
  }

  const usedByLit = (name) => new RegExp(`[.]${name}\\b|[{,]${name}:|['"\`]${name}['"\`]`).test(lit);
  return [...declared]
    .filter(([name, verdict]) => verdict === 'ok' && !refused.has(name) && !usedByLit(name))
    .map(([name]) => name)
    .sort();
}
