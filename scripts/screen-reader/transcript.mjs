// The transcript of one flow: a readable text file, one section per step, one "> key" marker per
// key press followed by each thing Orca said, one a line. A change in what Orca says shows as a
// line-by-line diff under the key that caused it.

/**
 * A key as flows write it: an xdotool key name (`Tab`, `shift+Tab`, `Return`, `space`, `Down`,
 * `Insert+a`, `KP_Add`), `Name*n` for n presses, or `{type: 'text'}` to type text.
 * @typedef {string | {type: string}} Key
 */

/** Expands `Tab*3` into three presses. */
export function expandKeys(keys) {
  return keys.flatMap((key) => {
    if (typeof key !== 'string') return [key];
    const match = /^(.+)\*(\d+)$/.exec(key);
    return match ? Array.from({length: Number(match[2])}, () => match[1]) : [key];
  });
}

/**
 * Whether Orca's line is "Finished loading" for a document that is not the flow's page: Firefox's
 * own untitled pages ("Finished loading."), or an earlier flow's page still held by the tab. Orca
 * 43 announces any document whose busy state ends, and checks only afterwards whether it is the
 * document in front of the patient (orca/scripts/web/script.py, onBusyChanged); when such a state
 * change reaches it depends on Firefox's timing, not on the page under test. Every page of ours has
 * a title, so its own "Finished loading <title>." (a reload in the middle of a flow) still fails.
 */
export function isOtherDocumentLoaded(line, pageTitle) {
  const match = /^Finished loading(?: (.*))?\.$/.exec(line);
  return match !== null && match[1] !== pageTitle;
}
export const keyLabel = (key) => (typeof key === 'string' ? key : `type ${JSON.stringify(key.type)}`);

/**
 * @param {{id: string, title: string, about: string}} flow
 * @param {{label: string, presses: {key: string, said: string[]}[]}[]} sections
 * @param {string} error
 */
export function formatTranscript(flow, sections, error) {
  const lines = [
    `# ${flow.title}`,
    `# ${flow.about}`,
    '# Each "> key" line is a key press (xdotool names); the lines under it are what Orca said, in order.',
  ];
  for (const {label, presses} of sections) {
    lines.push('', `## ${label}`);
    for (const {key, said} of presses) lines.push(`> ${key}`, ...(said.length ? said : ['(nothing)']));
  }
  if (error) lines.push('', `!! the flow stopped here: ${error}`);
  return lines.join('\n') + '\n';
}
