import { randomBytes } from 'node:crypto';

/**
 * A wrong password or key for a test that checks a refused sign-in: made at run time, so no secret-shaped text
 * sits in the source (n8n's lint refuses that even in tests), and new on every call, so a check that it never
 * shows in an output or error cannot pass by chance.
 */
export function wrongSecret(label: string): string {
	return `${label}-${randomBytes(8).toString('hex')}`;
}
