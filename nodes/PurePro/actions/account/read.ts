import { updateDisplayOptions } from 'n8n-workflow';

import { readRequestOptions, type ItemOperation } from '../../../shared/router';
import { accountLocator, businessUnitLocator, periodLocator } from '../../descriptions';
import { asOutput } from '../../answers';
import { pureProRequest } from '../../request';
import { scope } from '../../scope';
import { periodFor } from '../../period';

const periodId = periodLocator('The payroll period: Current Period (looked up each time the workflow runs), or a period ID as Get Current Period shows it');

/** GET Account/{Action}/{account}[/{business unit} | /{period id}]. */
export function accountRead(operation: string, action: string, then: 'nothing' | 'businessUnit' | 'periodId'): ItemOperation {
	return {
		kind: 'read',
		description: updateDisplayOptions({ show: { resource: ['account'], operation: [operation] } }, [
			accountLocator,
			...(then === 'businessUnit' ? [businessUnitLocator] : then === 'periodId' ? [periodId] : []),
			readRequestOptions,
		]),
		async execute(itemIndex) {
			const { account, businessUnit, references } = await scope.call(this, itemIndex, {
				businessUnit: then === 'businessUnit',
				references: then === 'periodId' ? { Period: 'periodId' } : {},
			});
			const last = then === 'businessUnit' ? [businessUnit] : then === 'periodId' ? [await periodFor.call(this, itemIndex, account, references.Period)] : [];
			return asOutput(await pureProRequest.call(this, 'GET', [`Account/${action}`, account, ...last], {}, { itemIndex }));
		},
	};
}
