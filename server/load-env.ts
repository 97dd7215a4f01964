import dotenv from 'dotenv';
import path from 'node:path';
import { projectRoot } from './config.ts';

/** Loads `.env` from the project root into process.env; real environment variables win. */
dotenv.config({ path: path.join(projectRoot, '.env'), quiet: true });
