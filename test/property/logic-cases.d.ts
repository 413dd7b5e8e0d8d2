/** A logic call as JSON: the function's name and its arguments (Dates as {"$date": ms}). */
export interface LogicCall {
  fn: string;
  args: unknown[];
}
/** A call's result: its value (Dates as {"$date": ms}) or its error as "<name>: <message>". */
export type LogicResult = {ok: unknown; error?: undefined} | {error: string; ok?: undefined};
export function decode(value: unknown): unknown;
export function encode(value: unknown): unknown;
export function run(logic: object, call: LogicCall): LogicResult;
