// RFC 9457 "Problem Details for HTTP APIs" as used by the NL API Design Rules and the ZGW APIs: a 400/422
// carries `invalidParams: [{ name, code, reason }]`, where `name` is a dot path from the envelope root
// (`gegevens.nieuwAdres.postcode`), `code` our i18n message key and `reason` the Dutch text
// (docs/architecture.md, "Issue paths"). Back offices differ, so everything here is tolerant: a missing
// field is left out, a wrong-typed field is ignored, a body that is not JSON gives no problem at all.

export interface InvalidParam {
  /** Dot path from the envelope root with numeric indices; '' when the server sent none. */
  name: string;
  /** Machine-readable code (our `fout.*` key when the reference receiver answers); '' when absent. */
  code: string;
  /** Human-readable reason (Dutch); '' when absent. */
  reason: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Always an array, empty when the server listed no parameters. */
  invalidParams: InvalidParam[];
}

/** Reads a problem from an already parsed JSON value; `undefined` when it is not a JSON object. */
export function problemFromJson(value: unknown): Problem | undefined {
  if (!isRecord(value)) return undefined;
  const problem: Problem = { invalidParams: [] };
  const type = stringOrUndefined(value['type']);
  const title = stringOrUndefined(value['title']);
  const detail = stringOrUndefined(value['detail']);
  const instance = stringOrUndefined(value['instance']);
  if (type !== undefined) problem.type = type;
  if (title !== undefined) problem.title = title;
  if (detail !== undefined) problem.detail = detail;
  if (instance !== undefined) problem.instance = instance;
  const status = value['status'];
  if (typeof status === 'number' && Number.isInteger(status)) problem.status = status;
  // `invalidParams` is the NL/ZGW spelling; RFC 7807's own example used `invalid-params`.
  const list = Array.isArray(value['invalidParams'])
    ? value['invalidParams']
    : Array.isArray(value['invalid-params'])
      ? value['invalid-params']
      : [];
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const param: InvalidParam = {
      name: stringOrUndefined(entry['name']) ?? '',
      code: stringOrUndefined(entry['code']) ?? '',
      reason: stringOrUndefined(entry['reason']) ?? '',
    };
    // An entry that says nothing at all cannot be shown anywhere.
    if (param.name || param.code || param.reason) problem.invalidParams.push(param);
  }
  return problem;
}

/** Parses a response body as problem+json; `undefined` for an empty, non-JSON or non-object body. */
export function parseProblem(text: string): Problem | undefined {
  return problemFromJson(parseJson(text));
}

/** JSON.parse that answers `undefined` instead of throwing (HTML error pages from proxies are common). */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
