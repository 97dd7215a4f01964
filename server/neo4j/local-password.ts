import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Config, localNeo4jDir } from '../config.ts';

/**
 * The local Neo4j's password: random, made at the first start and kept in `<NEO4J_LOCAL_DIR>/password`
 * (mode 0600), unless NEO4J_PASSWORD is set. Installs made before it had the fixed password below;
 * the launcher changes theirs to the random one at their next start (see waitForBolt).
 */
export const legacyLocalPassword = 'explorer-local';

export function localPasswordFile(config: Config): string {
  return path.join(localNeo4jDir(config), 'password');
}

/** Reads the local password, creating the file with a new random password when there is none. */
export function localPassword(config: Config): string {
  const file = localPasswordFile(config);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString('base64url');
  try {
    fs.writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
    return password;
  } catch (error) {
    // Another command created it at the same moment: theirs wins.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim();
    throw error;
  }
}
