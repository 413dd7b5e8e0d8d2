// The system ChromeDriver, for tachometer: CHROMEDRIVER_FILEPATH, else the usual Debian path.
import {existsSync} from 'node:fs';
import {delimiter, dirname} from 'node:path';

const candidates = [process.env.CHROMEDRIVER_FILEPATH, '/usr/bin/chromedriver', '/usr/lib/chromium/chromedriver'];
export const path = candidates.find((file) => file && existsSync(file)) ?? '';
if (path && !(process.env.PATH ?? '').split(delimiter).includes(dirname(path))) {
  process.env.PATH = `${dirname(path)}${delimiter}${process.env.PATH ?? ''}`;
}
export default {path};
