import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const APP_ROUTES = join(ROOT, 'apps/dashboard/src/app/app.routes.ts');

/**
 * Every page path of the dashboard, read from its router configuration as written (the app's routes
 * and the lazily loaded children of each library), so a page added to a route table is visited by
 * the tests that use this list without anyone having to name it. Redirects are left out; parameters
 * stay in the path (`indicators/:key`); the wildcard route is given as `**`.
 */
export function dashboardRoutePaths(): string[] {
  return routesOf(arrayNamed(APP_ROUTES, 'appRoutes'), '');
}

function routesOf(routes: { file: string; array: ts.ArrayLiteralExpression }, prefix: string): string[] {
  const paths: string[] = [];
  for (const element of routes.array.elements) {
    if (!ts.isObjectLiteralExpression(element)) throw new Error(`${routes.file}: a route that is not an object literal`);
    const property = (name: string) =>
      element.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === name)?.initializer;
    const path = property('path');
    if (!path || !ts.isStringLiteral(path)) throw new Error(`${routes.file}: a route without a literal path`);
    const full = [prefix, path.text].filter(Boolean).join('/');
    if (property('redirectTo')) continue;
    const children = property('children');
    const loadChildren = property('loadChildren');
    if (children && ts.isArrayLiteralExpression(children)) paths.push(...routesOf({ file: routes.file, array: children }, full));
    else if (loadChildren) paths.push(...routesOf(lazyChildren(routes.file, loadChildren), full));
    else if (property('component') || property('loadComponent')) paths.push(full);
  }
  return paths;
}

/** `() => import('@kem/lib').then((m) => m.someRoutes)`: the array `someRoutes` exported by that library. */
function lazyChildren(file: string, loader: ts.Expression): { file: string; array: ts.ArrayLiteralExpression } {
  const text = loader.getText();
  const match = /import\('([^']+)'\)\.then\(\(?(\w+)\)? => \2\.(\w+)\)/.exec(text);
  if (!match) throw new Error(`${file}: loadChildren not in the form import('…').then((m) => m.routes): ${text}`);
  const [, specifier, , name] = match;
  const libSrc = join(ROOT, 'libs', specifier.replace('@kem/', ''), 'src');
  const source = filesUnder(libSrc).find((f) => f.endsWith('.routes.ts') && readFileSync(f, 'utf8').includes(`export const ${name}`));
  if (!source) throw new Error(`${file}: no ${name} in a *.routes.ts file of ${specifier}`);
  return arrayNamed(source, name);
}

function arrayNamed(file: string, name: string): { file: string; array: ts.ArrayLiteralExpression } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText() === name && declaration.initializer && ts.isArrayLiteralExpression(declaration.initializer)) {
        return { file, array: declaration.initializer };
      }
    }
  }
  throw new Error(`${file}: no array ${name}`);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
