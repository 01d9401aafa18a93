import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * What the user typed into Pruvan's integration set-up for the web service that Pruvan calls. Nothing is
 * sent with it: the Pruvan Trigger compares every incoming call against it, so there is no Test button
 * (n8n cannot call Pruvan to check values that only Pruvan sends).
 */
export class PruvanWebServiceApi implements ICredentialType {
	name = 'pruvanWebServiceApi';

	displayName = 'Pruvan Web Service API';

	icon = { light: 'file:../nodes/Pruvan/pruvan.svg', dark: 'file:../nodes/Pruvan/pruvan.dark.svg' } as const;

	documentationUrl = 'https://github.com/business-connectors/n8n-nodes-business-connectors#connect-pruvan-to-n8n';

	properties: INodeProperties[] = [
		{
			displayName:
				"Type the same values as in Pruvan: Integrations → select your integration → Edit → the web service page (Web Service URL, Web Service Extension, Username, Password, Token). Pruvan sends them with every call, and the Pruvan Trigger answers only calls that match.",
			name: 'whereNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			required: true,
			default: '',
			description: "The username typed into Pruvan's integration set-up",
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				"The password typed into Pruvan's integration set-up. A call is accepted when Pruvan sends it as typed or as its SHA-1 code.",
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				"The token from Pruvan's integration set-up, if it shows one. Left empty, the token Pruvan sends is not checked.",
		},
	];
}
