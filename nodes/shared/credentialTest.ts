import type { IAuthenticateRuleResponseCode } from 'n8n-workflow';

/**
 * The Test button never follows a redirect (it would carry the secrets to another host): a redirect is
 * reported in words instead.
 */
export function redirectRules(vendor: string, urlField: string): IAuthenticateRuleResponseCode[] {
	return [301, 302, 303, 307, 308].map((value) => ({
		type: 'responseCode' as const,
		properties: {
			value,
			message: `${vendor} answered with a redirect (HTTP ${value}) that was not followed, so your secrets stayed here. Check the ${urlField}: the service may have moved, or need https://.`,
		},
	}));
}
