import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import { UserError } from '../errors.ts';

/** Where `mvn dependency:copy-dependencies` puts the Neo4j server jars (see db/pom.xml). */
export const neo4jLibDir = path.join(projectRoot, 'db', '.neo4j', 'lib');
const pomFile = path.join(projectRoot, 'db', 'pom.xml');

export class MissingToolError extends UserError {
  override name = 'MissingToolError';
}

/** The Neo4j version pinned in db/pom.xml. */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(pomFile, 'utf8'));
  if (!match) throw new Error(`${pomFile} has no <neo4j.version>`);
  return match[1]!;
}

function completeMarker(): string {
  return path.join(neo4jLibDir, `.complete-${neo4jVersion()}`);
}

export function isInstalled(): boolean {
  return fs.existsSync(completeMarker());
}

function requireTool(command: string, versionFlag: string, install: string): void {
  const result = spawnSync(command, [versionFlag], { stdio: 'ignore' });
  if (result.error || result.status !== 0) {
    throw new MissingToolError(
      `'${command}' was not found: install ${install}, or set NEO4J_URI to a running Neo4j instead of starting a local one.`,
    );
  }
}

/** Checks that a JVM is there; the local server runs on Java 17 or newer. */
export function requireJava(): void {
  requireTool('java', '-version', 'a Java 17 runtime (apt-get install openjdk-17-jre-headless)');
}

/** Resolves the Neo4j server and its dependencies from Maven Central, once. */
export function installNeo4j(log: (line: string) => void = console.log): void {
  if (isInstalled()) return;
  requireJava();
  requireTool('mvn', '-v', 'Apache Maven (apt-get install maven)');
  log(`Installing Neo4j ${neo4jVersion()} Community from Maven Central into ${path.relative(projectRoot, neo4jLibDir)} (once)…`);
  fs.rmSync(neo4jLibDir, { recursive: true, force: true });
  const result = spawnSync('mvn', ['-q', '-B', '-f', pomFile, 'dependency:copy-dependencies'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`mvn dependency:copy-dependencies failed (exit ${result.status}); see its output above`);
  fs.writeFileSync(completeMarker(), new Date().toISOString());
}
