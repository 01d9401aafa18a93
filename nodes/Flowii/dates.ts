/**
 * FLOWii dates are local date-times without a time zone (`2026-12-31T00:00:00`). A date, a date-time
 * from n8n's date picker, or an ISO text from an expression keeps its wall-clock part; anything else
 * is not a date (undefined).
 */
export function flowiiDateTime(value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
	if (!match) return undefined;
	const [, date, hours = '00', minutes = '00', seconds = '00'] = match;
	return `${date}T${hours}:${minutes}:${seconds}`;
}

export const DATE_HELP = 'Give a date such as 2026-12-31 or a date and time such as 2026-12-31T14:30:00';
