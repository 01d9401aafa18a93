import type { ICredentialDataDecryptedObject, IExecuteFunctions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';

/** Every kind of n8n context that makes vendor requests: node runs, pickers, polling triggers. */
export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** What the shared request layer needs to know of a vendor. */
export interface Vendor {
	/** The vendor's name as users know it, used in messages. */
	name: string;
	credentialType: string;
	/** The credential field that holds the vendor's address, as the credential labels it. */
	urlField: string;
	/** The credential's token property, when it signs in for a token that n8n renews after a 401. */
	tokenField?: string;
	/** The vendor's own error text in a response body, if it has one. */
	errorMessage(body: unknown): string | undefined;
	/** A sentence telling the user what to do about a failed status, if there is one. */
	hint?(status: number, body: unknown, credentials: ICredentialDataDecryptedObject): string | undefined;
}
