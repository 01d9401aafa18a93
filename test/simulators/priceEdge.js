/**
 * PriceEdge ("PAPI") simulator, strict as the vendor docs and the API notes describe it. Served under /papi,
 * so the credential URL looks like the real one: http://127.0.0.1:PORT/papi.
 *
 * - POST /papi/token, application/x-www-form-urlencoded, exactly
 *   `grant_type=password&username=…&password=…&client_id=…` or `grant_type=refresh_token&refresh_token=…&client_id=…`.
 *   Answers the docs' token shape; refresh tokens expire, can be revoked, and are replaced on use.
 *   Wrong username or password: 403. Unknown or missing client id, unknown/expired refresh token: 400.
 * - Every /papi/api call needs `Content-Type: application/json` and either `Authorization: Bearer <token>` with
 *   `client_id: <the client id the token was issued to>`, or `Authorization: ApiKey <username>:<password>`
 *   (case-sensitive, one colon). A missing, unknown or expired bearer: 401
 *   {"Message":"Authorization has been denied for this request."}; a wrong ApiKey: 403.
 * - GET  /papi/api/tables/{table}: column metadata (table `item` is the docs' sample, verbatim);
 *   POST /papi/api/tables/{table} and POST /papi/api/PriceObjects/pricelists: rows, with
 *   {"page","nrOfRecords","filters":[{"columnName","op","value"}],"fields","orderby","bypassTotalCount"};
 *   POST /papi/api/data/search: {"resource":"Item","searchValue","maxRows"}.
 *   Answers are the envelope {"Data": …, "Errors": [], "Succeeded": true}; `Succeeded: false` on demand with
 *   sim.fault({ path, status: 200, body: { Data: null, Errors: [...], Succeeded: false } }).
 */
const { Simulator, TokenIssuer, bearer } = require('./framework');

/** The user of the docs' example, and the client id of the docs' sample token answer. */
const DOCS_USER = { username: 'pricing@example.com', password: 'MYPASSWORD123' };
const DOCS_CLIENT_ID = 'clientId';
const DENIED = { Message: 'Authorization has been denied for this request.' };

/** The docs' "Expected Response" to GET /api/tables/item, verbatim. */
const ITEM_METADATA = [
	{
		"column_id": 12,
		"name": "_dtLastModifiedDate",
		"typeName": "datetime2",
		"max_length": 8,
		"precision": 27,
		"scale": 7,
		"is_nullable": true,
		"default_value": "(sysdatetime())",
		"is_unique": null,
		"is_primary_key": false,
		"enableInABC": null,
		"typeName_display": "datetime2",
		"precision_display": null,
		"table_name": "Item",
		"DATA_TYPE": "Text",
		"FORMATTING": "",
		"ALIGN": "Left",
		"ViewSecurityRightID": null,
		"EditSecurityRightID": null,
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": true,
		"IsKey": false,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	},
	{
		"column_id": 6,
		"name": "cd_PriceGroup",
		"typeName": "varchar",
		"max_length": 20,
		"precision": 0,
		"scale": 0,
		"is_nullable": true,
		"default_value": null,
		"is_unique": null,
		"is_primary_key": false,
		"enableInABC": null,
		"typeName_display": "fk(PriceGroup.Code)",
		"precision_display": "20",
		"table_name": "Item",
		"DATA_TYPE": "Text",
		"FORMATTING": "",
		"ALIGN": "Left",
		"ViewSecurityRightID": null,
		"EditSecurityRightID": null,
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": true,
		"IsKey": false,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	},
	{
		"column_id": 4,
		"name": "CostForPricing",
		"typeName": "decimal",
		"max_length": 9,
		"precision": 18,
		"scale": 4,
		"is_nullable": true,
		"default_value": null,
		"is_unique": null,
		"is_primary_key": false,
		"enableInABC": null,
		"typeName_display": "decimal(18,4)",
		"precision_display": "18,4",
		"table_name": "Item",
		"DATA_TYPE": "Number",
		"FORMATTING": "###,###,##0.00",
		"ALIGN": "Right",
		"ViewSecurityRightID": "dataadmin-item_CostForPricing_view",
		"EditSecurityRightID": "dataadmin-item_CostForPricing_edit",
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": true,
		"IsKey": false,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	},
	{
		"column_id": 5,
		"name": "Description",
		"typeName": "nvarchar",
		"max_length": 0,
		"precision": 0,
		"scale": 0,
		"is_nullable": true,
		"default_value": null,
		"is_unique": null,
		"is_primary_key": false,
		"enableInABC": null,
		"typeName_display": "nvarchar(0)",
		"precision_display": "0",
		"table_name": "Item",
		"DATA_TYPE": "Text",
		"FORMATTING": "",
		"ALIGN": "Left",
		"ViewSecurityRightID": null,
		"EditSecurityRightID": null,
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": true,
		"IsKey": false,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	},
	{
		"column_id": 10,
		"name": "ImageUrl",
		"typeName": "nvarchar",
		"max_length": 1000,
		"precision": 0,
		"scale": 0,
		"is_nullable": true,
		"default_value": null,
		"is_unique": null,
		"is_primary_key": false,
		"enableInABC": null,
		"typeName_display": "nvarchar(1000)",
		"precision_display": "1000",
		"table_name": "Item",
		"DATA_TYPE": "Text",
		"FORMATTING": "",
		"ALIGN": "Left",
		"ViewSecurityRightID": null,
		"EditSecurityRightID": null,
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": true,
		"IsKey": false,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	},
	{
		"column_id": 8,
		"name": "InsertDate",
		"typeName": "datetime",
		"max_length": 8,
		"precision": 23,
		"scale": 3,
		"is_nullable": false,
		"default_value": "(getdate())",
		"is_unique": null,
		"is_primary_key": false,
		"enableInABC": null,
		"typeName_display": "datetime",
		"precision_display": null,
		"table_name": "Item",
		"DATA_TYPE": "Date",
		"FORMATTING": "Short Date",
		"ALIGN": "Right",
		"ViewSecurityRightID": null,
		"EditSecurityRightID": null,
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": true,
		"IsKey": false,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	},
	{
		"column_id": 2,
		"name": "Name",
		"typeName": "nvarchar",
		"max_length": 1000,
		"precision": 0,
		"scale": 0,
		"is_nullable": true,
		"default_value": null,
		"is_unique": null,
		"is_primary_key": false,
		"enableInABC": null,
		"typeName_display": "nvarchar(1000)",
		"precision_display": "1000",
		"table_name": "Item",
		"DATA_TYPE": "Text",
		"FORMATTING": "",
		"ALIGN": "Left",
		"ViewSecurityRightID": null,
		"EditSecurityRightID": null,
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": true,
		"IsKey": false,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	},
	{
		"column_id": 9,
		"name": "NeedsPrice",
		"typeName": "bit",
		"max_length": 1,
		"precision": 1,
		"scale": 0,
		"is_nullable": false,
		"default_value": "(isnull([dbo].[usfGetSystemSetting]('DefaultNeedsPrice'),(0)))",
		"is_unique": null,
		"is_primary_key": false,
		"enableInABC": null,
		"typeName_display": "bit",
		"precision_display": null,
		"table_name": "Item",
		"DATA_TYPE": "Number",
		"FORMATTING": "True/False",
		"ALIGN": "Right",
		"ViewSecurityRightID": null,
		"EditSecurityRightID": null,
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": true,
		"IsKey": false,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	},
	{
		"column_id": 1,
		"name": "Number",
		"typeName": "nvarchar",
		"max_length": 128,
		"precision": 0,
		"scale": 0,
		"is_nullable": false,
		"default_value": null,
		"is_unique": true,
		"is_primary_key": true,
		"enableInABC": null,
		"typeName_display": "nvarchar(128)",
		"precision_display": "128",
		"table_name": "Item",
		"DATA_TYPE": "Text",
		"FORMATTING": "",
		"ALIGN": "Left",
		"ViewSecurityRightID": null,
		"EditSecurityRightID": null,
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": false,
		"IsKey": true,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	},
	{
		"column_id": 3,
		"name": "SearchName",
		"typeName": "nvarchar",
		"max_length": 1024,
		"precision": 0,
		"scale": 0,
		"is_nullable": true,
		"default_value": null,
		"is_unique": null,
		"is_primary_key": false,
		"enableInABC": null,
		"typeName_display": "nvarchar(1024)",
		"precision_display": "1024",
		"table_name": "Item",
		"DATA_TYPE": "Text",
		"FORMATTING": "",
		"ALIGN": "Left",
		"ViewSecurityRightID": null,
		"EditSecurityRightID": null,
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": true,
		"IsKey": false,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	},
	{
		"column_id": 11,
		"name": "Url",
		"typeName": "nvarchar",
		"max_length": 1000,
		"precision": 0,
		"scale": 0,
		"is_nullable": true,
		"default_value": null,
		"is_unique": null,
		"is_primary_key": false,
		"enableInABC": null,
		"typeName_display": "nvarchar(1000)",
		"precision_display": "1000",
		"table_name": "Item",
		"DATA_TYPE": "Text",
		"FORMATTING": "",
		"ALIGN": "Left",
		"ViewSecurityRightID": null,
		"EditSecurityRightID": null,
		"EditTableSecurityRightID": "dataadmin-item_edit",
		"canEdit": true,
		"IsKey": false,
		"Condition": "and Number = '@Data.Number~'",
		"isPriceColumn": null
	}
];
;

/** A column described the way PriceEdge describes the Item columns. */
function column(table, id, name, typeName, extra = {}) {
	return {
		column_id: id,
		name,
		typeName,
		max_length: typeName === 'decimal' ? 9 : 100,
		precision: typeName === 'decimal' ? 18 : 0,
		scale: typeName === 'decimal' ? 4 : 0,
		is_nullable: true,
		default_value: null,
		is_unique: null,
		is_primary_key: false,
		enableInABC: null,
		typeName_display: typeName === 'decimal' ? 'decimal(18,4)' : `${typeName}(100)`,
		precision_display: null,
		table_name: table,
		DATA_TYPE: typeName === 'decimal' || typeName === 'bit' ? 'Number' : 'Text',
		FORMATTING: '',
		ALIGN: 'Left',
		ViewSecurityRightID: null,
		EditSecurityRightID: null,
		EditTableSecurityRightID: `dataadmin-${table.toLowerCase()}_edit`,
		canEdit: true,
		IsKey: false,
		Condition: '',
		isPriceColumn: null,
		...extra,
	};
}
const key = { is_nullable: false, is_unique: true, is_primary_key: true, IsKey: true, canEdit: false };

const PRICE_GROUPS = ['PG-A', 'PG-B', 'PG-C'];

function itemRows(count) {
	return Array.from({ length: count }, (_, n) => {
		const number = `ITEM-${String(n + 1).padStart(3, '0')}`;
		const kind = ['Chair', 'Table', 'Lamp', 'Shelf'][n % 4];
		return {
			Number: number,
			Name: `${kind} ${n + 1}`,
			SearchName: `${kind.toUpperCase()}${n + 1}`,
			Description: `${kind} number ${n + 1}`,
			CostForPricing: Math.round((10 + n * 2.5) * 100) / 100,
			cd_PriceGroup: PRICE_GROUPS[n % 3],
			InsertDate: new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 19),
			NeedsPrice: n % 5 === 0,
			ImageUrl: null,
			Url: `https://shop.example.com/items/${number}`,
			_dtLastModifiedDate: new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 19),
		};
	});
}

/** Tables: metadata and rows. */
function seedTables(itemCount) {
	return {
		item: { metadata: ITEM_METADATA, rows: itemRows(itemCount) },
		pricegroup: {
			metadata: [column('PriceGroup', 1, 'Code', 'nvarchar', key), column('PriceGroup', 2, 'Name', 'nvarchar')],
			rows: [
				{ Code: 'PG-A', Name: 'Furniture' },
				{ Code: 'PG-B', Name: 'Lighting' },
				{ Code: 'PG-C', Name: 'Storage' },
			],
		},
		customer: {
			metadata: [
				column('Customer', 1, 'Number', 'nvarchar', key),
				column('Customer', 2, 'Name', 'nvarchar'),
				column('Customer', 3, 'Country', 'nvarchar'),
			],
			rows: Array.from({ length: 12 }, (_, n) => ({
				Number: `C${1000 + n}`,
				Name: `Customer ${n + 1}`,
				Country: ['NO', 'SE', 'DK'][n % 3],
			})),
		},
	};
}

const PRICE_LIST_COLUMNS = ['Id', 'Name', 'Currency', 'ValidFrom', 'ValidTo', 'IsActive'];
const PRICE_LISTS = Array.from({ length: 7 }, (_, n) => ({
	Id: n + 1,
	Name: `Price list ${2020 + n}`,
	Currency: ['EUR', 'NOK', 'SEK'][n % 3],
	ValidFrom: `${2020 + n}-01-01`,
	ValidTo: `${2020 + n}-12-31`,
	IsActive: n === 6,
}));

const envelope = (Data) => ({ Data, Errors: [], Succeeded: true });
const failed = (status, ...Errors) => ({ status, body: { Data: null, Errors, Succeeded: false } });

const QUERY_KEYS = ['page', 'nrOfRecords', 'filters', 'fields', 'orderby', 'bypassTotalCount'];
const OPERATORS = ['equals', 'containsAny', 'greaterThan'];

/** The same key in a row, found without regard to case (SQL Server column names). */
const columnOf = (columns, name) => columns.find((c) => c.toLowerCase() === String(name).toLowerCase());

function matches(value, op, wanted) {
	const text = String(value ?? '').toLowerCase();
	if (op === 'equals') return text === String(wanted ?? '').toLowerCase();
	if (op === 'containsAny') {
		return String(wanted ?? '')
			.split(',')
			.map((w) => w.trim().toLowerCase())
			.filter(Boolean)
			.some((w) => text.includes(w));
	}
	const [a, b] = [Number(value), Number(wanted)];
	return Number.isFinite(a) && Number.isFinite(b) && String(wanted).trim() !== '' ? a > b : text > String(wanted).toLowerCase();
}

/** Runs a list query on rows; a refusal is an answer to send as it is. */
function runQuery(rows, columns, query) {
	if (!query || typeof query !== 'object' || Array.isArray(query)) return { refusal: failed(400, 'The request body must be a JSON object.') };
	const unknown = Object.keys(query).filter((k) => !QUERY_KEYS.includes(k));
	if (unknown.length) return { refusal: failed(400, `Unknown query properties: ${unknown.join(', ')}`) };
	const { page, nrOfRecords } = query;
	if (!Number.isInteger(page) || page < 1) return { refusal: failed(400, 'page must be a whole number from 1') };
	if (!Number.isInteger(nrOfRecords) || nrOfRecords < 1) return { refusal: failed(400, 'nrOfRecords must be a whole number from 1') };
	const filters = query.filters ?? [];
	if (!Array.isArray(filters)) return { refusal: failed(400, 'filters must be a list') };
	for (const f of filters) {
		const keys = Object.keys(f ?? {}).sort().join(',');
		if (keys !== 'columnName,op,value') return { refusal: failed(400, 'Each filter needs exactly columnName, op and value') };
		if (!columnOf(columns, f.columnName)) return { refusal: failed(400, `Invalid column name '${f.columnName}'`) };
		if (!OPERATORS.includes(f.op)) return { refusal: failed(400, `Unknown filter operator '${f.op}'`) };
	}
	const fields = query.fields ?? [];
	if (!Array.isArray(fields)) return { refusal: failed(400, 'fields must be a list') };
	const badField = fields.find((f) => !columnOf(columns, f));
	if (badField !== undefined) return { refusal: failed(400, `Invalid column name '${badField}'`) };
	const orderby = query.orderby ?? [];
	if (!Array.isArray(orderby)) return { refusal: failed(400, 'orderby must be a list') };
	const sorts = [];
	for (const entry of orderby) {
		const match = /^\s*(\S+)(?:\s+(asc|desc))?\s*$/i.exec(String(entry));
		const name = match && columnOf(columns, match[1]);
		if (!name) return { refusal: failed(400, `Invalid order by '${entry}'`) };
		sorts.push({ name, descending: match[2]?.toLowerCase() === 'desc' });
	}
	let found = rows.filter((row) => filters.every((f) => matches(row[columnOf(columns, f.columnName)], f.op, f.value)));
	for (const { name, descending } of [...sorts].reverse()) {
		found = [...found].sort((a, b) => {
			const order = a[name] < b[name] ? -1 : a[name] > b[name] ? 1 : 0;
			return descending ? -order : order;
		});
	}
	const pageRows = found.slice((page - 1) * nrOfRecords, page * nrOfRecords).map((row) =>
		fields.length ? Object.fromEntries(fields.map((f) => [columnOf(columns, f), row[columnOf(columns, f)]])) : row,
	);
	return { data: { data: pageRows, totalRecords: query.bypassTotalCount ? 0 : found.length, page } };
}

function create({
	tokenLifetimeSeconds = 1200,
	refreshLifetimeSeconds = 5 * 24 * 3600,
	users = [DOCS_USER],
	clientIds = [DOCS_CLIENT_ID],
	itemCount = 120,
} = {}) {
	const sim = new Simulator('PriceEdge');
	const accessTokens = new TokenIssuer(tokenLifetimeSeconds);
	const refreshTokens = new TokenIssuer(refreshLifetimeSeconds);
	const settings = { tokenLifetimeSeconds, refreshLifetimeSeconds };
	let tables = seedTables(itemCount);
	/** Refresh tokens used or revoked: they must never show either. */
	const revokedRefreshTokens = [];
	sim.onReset(() => {
		accessTokens.clear();
		refreshTokens.clear();
		revokedRefreshTokens.length = 0;
		settings.tokenLifetimeSeconds = tokenLifetimeSeconds;
		settings.refreshLifetimeSeconds = refreshLifetimeSeconds;
		tables = seedTables(itemCount);
	});

	const knownUser = (username, password) => users.some((u) => u.username === username && u.password === password);

	/** Every token the simulator handed out: none may appear in any output or error. */
	const issued = () => [...accessTokens.tokens.keys(), ...refreshTokens.tokens.keys(), ...revokedRefreshTokens];

	function tokenAnswer(username, clientId) {
		const accessToken = accessTokens.issue({ username, clientId }, settings.tokenLifetimeSeconds);
		const refreshToken = refreshTokens.issue({ username, clientId }, settings.refreshLifetimeSeconds);
		const issuedAt = new Date();
		return {
			status: 200,
			body: {
				access_token: accessToken,
				token_type: 'bearer',
				expires_in: settings.tokenLifetimeSeconds,
				refresh_token: refreshToken,
				'as:client_id': clientId,
				userName: username,
				'.issued': issuedAt.toUTCString(),
				'.expires': new Date(issuedAt.getTime() + settings.tokenLifetimeSeconds * 1000).toUTCString(),
			},
		};
	}

	const tokenError = (status, error, error_description) => ({ status, body: { error, ...(error_description ? { error_description } : {}) } });

	sim.route('POST', '/papi/token', (req) => {
		if (!String(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
			return tokenError(400, 'unsupported_content_type', 'Send the token request as application/x-www-form-urlencoded.');
		}
		const form = new URLSearchParams(req.rawBody);
		const fields = [...form.keys()];
		const grant = form.get('grant_type');
		const expected = grant === 'password' ? ['grant_type', 'username', 'password', 'client_id'] : grant === 'refresh_token' ? ['grant_type', 'refresh_token', 'client_id'] : undefined;
		if (!expected) return tokenError(400, 'unsupported_grant_type');
		if (fields.join('&') !== expected.join('&')) {
			return tokenError(400, 'invalid_request', `The form body must be ${expected.map((f) => `${f}=…`).join('&')}, not ${fields.join('&')}.`);
		}
		const clientId = form.get('client_id') ?? '';
		if (!clientId) return tokenError(400, 'invalid_clientId', 'client_Id should be sent.');
		if (!clientIds.includes(clientId)) return tokenError(400, 'invalid_clientId', `Client '${clientId}' is not registered in the system.`);
		if (grant === 'password') {
			const username = form.get('username') ?? '';
			if (!knownUser(username, form.get('password'))) return tokenError(403, 'invalid_grant', 'The user name or password is incorrect.');
			return tokenAnswer(username, clientId);
		}
		const refreshToken = form.get('refresh_token') ?? '';
		if (refreshTokens.state(refreshToken) !== 'valid') return tokenError(400, 'invalid_grant', 'The refresh token is unknown or has expired.');
		const owner = refreshTokens.data(refreshToken);
		if (owner.clientId !== clientId) return tokenError(400, 'invalid_clientId', 'Refresh token is issued to a different clientId.');
		// A refresh token is used once: the answer carries a new one.
		refreshTokens.revoke(refreshToken);
		revokedRefreshTokens.push(refreshToken);
		return tokenAnswer(owner.username, clientId);
	});

	/** Checks the docs' headers; undefined when the request may go on. */
	function assertValid(req) {
		if (!String(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
			return { status: 415, body: { Message: 'The request must have Content-Type: application/json.' } };
		}
		const authorization = String(req.headers.authorization ?? '');
		const apiKey = /^ApiKey ([^:]+):(.*)$/.exec(authorization);
		if (apiKey) return knownUser(apiKey[1], apiKey[2]) ? undefined : { status: 403, body: { Message: 'invalid username or password' } };
		const token = bearer(req.headers);
		if (!token || accessTokens.state(token) !== 'valid') return { status: 401, body: DENIED };
		if (req.headers.client_id !== accessTokens.data(token).clientId) {
			return { status: 400, body: { Message: 'The client_id header must hold the client id the token was issued to.' } };
		}
		return undefined;
	}

	const tableOf = (req) => tables[String(req.params.table).toLowerCase()];
	const unknownTable = (req) => failed(404, `Table '${req.params.table}' does not exist.`);

	sim.route('GET', '/papi/api/tables/:table', (req) => {
		const refusal = assertValid(req);
		if (refusal) return refusal;
		if (req.rawBody) return failed(400, 'GET takes no body.');
		const table = tableOf(req);
		return table ? { status: 200, body: envelope(table.metadata) } : unknownTable(req);
	});

	sim.route('POST', '/papi/api/tables/:table', (req) => {
		const refusal = assertValid(req);
		if (refusal) return refusal;
		const table = tableOf(req);
		if (!table) return unknownTable(req);
		const result = runQuery(table.rows, table.metadata.map((c) => c.name), req.body);
		return result.refusal ?? { status: 200, body: envelope(result.data) };
	});

	sim.route('POST', '/papi/api/PriceObjects/pricelists', (req) => {
		const refusal = assertValid(req);
		if (refusal) return refusal;
		const result = runQuery(PRICE_LISTS, PRICE_LIST_COLUMNS, req.body);
		return result.refusal ?? { status: 200, body: envelope(result.data) };
	});

	sim.route('POST', '/papi/api/data/search', (req) => {
		const refusal = assertValid(req);
		if (refusal) return refusal;
		const body = req.body;
		if (!body || typeof body !== 'object' || Object.keys(body).sort().join(',') !== 'maxRows,resource,searchValue') {
			return failed(400, 'The search needs exactly resource, searchValue and maxRows.');
		}
		if (String(body.resource).toLowerCase() !== 'item') return failed(400, `Unknown search resource '${body.resource}'`);
		if (!Number.isInteger(body.maxRows) || body.maxRows < 1) return failed(400, 'maxRows must be a whole number from 1');
		const wanted = String(body.searchValue).toLowerCase();
		const hits = tables.item.rows.filter((row) =>
			[row.Number, row.Name, row.SearchName].some((v) => String(v).toLowerCase().includes(wanted)),
		);
		return { status: 200, body: envelope(hits.slice(0, body.maxRows)) };
	});

	const controls = {
		/** Ends every access token now: the next call answers 401. */
		expireTokens: () => accessTokens.expireAll(),
		/** Revokes every refresh token: the next refresh grant is refused. */
		revokeRefreshTokens: () => {
			revokedRefreshTokens.push(...refreshTokens.tokens.keys());
			refreshTokens.clear();
			return { revoked: true };
		},
		/** Changes token lifetimes ({tokenLifetimeSeconds, refreshLifetimeSeconds}) for tokens issued from now on. */
		configure: (values = {}) => Object.assign(settings, values),
		/** Token requests received, by grant type. */
		tokenRequests: (grant) => sim.received('POST', '/papi/token').filter((r) => !grant || r.body?.grant_type === grant),
	};
	for (const name of ['expireTokens', 'revokeRefreshTokens', 'configure']) sim.admin(name, controls[name]);
	// ---- Triggers (issue 15): rows that change over time, driven by tests and e2e runs -----------------------
	/** Minutes PriceEdge's clock is ahead of this machine's (negative: behind): triggers must not care. */
	let clockOffsetMinutes = 0;
	sim.onReset(() => (clockOffsetMinutes = 0));
	/** PriceEdge's time now, `minutesAgo` earlier, as a datetime2(7) column reads (no zone, 7 decimals). */
	const priceEdgeNow = (minutesAgo = 0) =>
		new Date(Date.now() + (clockOffsetMinutes - minutesAgo) * 60_000).toISOString().slice(0, 23) + '0000';
	const tableNamed = (name) => tables[String(name ?? 'item').toLowerCase()];
	sim.admin('clock', (body) => {
		clockOffsetMinutes = Number(body.offsetMinutes ?? 0);
		return { clockOffsetMinutes, now: priceEdgeNow() };
	});
	/** Changes a row ({table, key: {Number: …}, set: {…}}) and stamps _dtLastModifiedDate, as PriceEdge does. */
	sim.admin('updateRow', (body) => {
		const table = tableNamed(body.table);
		const [column, value] = Object.entries(body.key ?? {})[0] ?? [];
		const row = table?.rows.find((r) => String(r[column]) === String(value));
		if (!row) return { error: 'no such row' };
		Object.assign(row, body.set ?? {}, { _dtLastModifiedDate: body.modified ?? priceEdgeNow(Number(body.minutesAgo ?? 0)) });
		return { data: row };
	});
	/** Adds a row ({table, row}) stamped now (or `minutesAgo`). */
	sim.admin('addRow', (body) => {
		const table = tableNamed(body.table);
		if (!table) return { error: 'no such table' };
		const row = { ...body.row, _dtLastModifiedDate: body.modified ?? priceEdgeNow(Number(body.minutesAgo ?? 0)) };
		table.rows.push(row);
		return { data: row };
	});
	// ---- end of triggers block ---------------------------------------------------------------------------------

	return Object.assign(sim, controls, { issued });
}

module.exports = { create, DOCS_USER, DOCS_CLIENT_ID, ITEM_METADATA };
