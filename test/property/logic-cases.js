// Logic calls as plain JSON, run the same way in the browser tests and in Node (the test server's
// POST /__logic, scripts/logic-middleware.mjs), so the two results can be compared exactly.
// A Date travels as {"$date": <ms or "NaN">}; a result is {ok: <value>} or {error: "<name>: <message>"}.

/** Turns {"$date": …} back into Dates, at any depth. */
export function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    if ('$date' in value) return new Date(value.$date === 'NaN' ? Number.NaN : value.$date);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  }
  return value;
}

/** Turns Dates into {"$date": …}, at any depth; leaves out functions. */
export function encode(value) {
  if (value instanceof Date) return {$date: Number.isNaN(value.getTime()) ? 'NaN' : value.getTime()};
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
  return value;
}

/** Runs one call against `logic` (the module meso-widgets/logic). */
export function run(logic, call) {
  try {
    const args = decode(call.args);
    switch (call.fn) {
      case 'assessEligibility':
        return {ok: encode(logic.assessEligibility(...args))};
      case 'aftercarePlan':
        return {ok: encode(logic.aftercarePlan(...args))};
      case 'aftercareCalendar': {
        const [planArgs, text, stamp] = args;
        const plan = logic.aftercarePlan(...planArgs);
        if (!plan) return {ok: null};
        return {ok: logic.aftercareCalendar(plan, {...text, title: (id) => `${text.title}${id}`}, stamp)};
      }
      case 'recommendTreatment':
        return {ok: encode(logic.recommendTreatment(...args))};
      default:
        return {error: `unknown call ${call.fn}`};
    }
  } catch (error) {
    return {error: `${error?.name}: ${error?.message}`};
  }
}
