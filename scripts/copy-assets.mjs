// `npm run build`, second step: the files the compiled server reads beside
// its code, copied where the same relative paths find them under dist/.
import { cpSync } from 'node:fs';

cpSync('openapi.yaml', 'dist/openapi.yaml');
cpSync('src/docs', 'dist/src/docs', { recursive: true });
