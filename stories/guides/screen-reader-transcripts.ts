/// <reference types="vite/client" />
// The screen-reader transcripts committed in test/screen-reader/transcripts/, for the accessibility
// guide: every flow's file, as the test compares it, so a new flow shows up here with no change.
import versions from '../../test/screen-reader/transcripts/versions.json';

const files = import.meta.glob<string>('../../test/screen-reader/transcripts/*.txt', {query: '?raw', import: 'default', eager: true});

/** One flow's transcript: its file name, the title and summary from its first lines, and the text. */
export interface Transcript {
  /** The flow's id, e.g. `eligibility-steps.en`; the file is `test/screen-reader/transcripts/<id>.txt`. */
  id: string;
  title: string;
  about: string;
  /** `en` or `ar`: the last part of the id. */
  lang: string;
  keys: number;
  text: string;
}

const LANGUAGES: Record<string, string> = {en: 'English', ar: 'Arabic'};

/** The flows in the order a reader meets them; a flow not named here comes after, by name. */
const FLOW_ORDER = [
  'eligibility-steps',
  'eligibility-list-no-concerns',
  'eligibility-list-not-recommended',
  'eligibility-list-ask-doctor',
  'eligibility',
  'aftercare',
  'vs-filler',
];

/** Sort key: the flow's place in FLOW_ORDER (its longest matching prefix), its id, English first. */
function order(t: Transcript): string {
  const flow = t.id.slice(0, t.id.lastIndexOf('.'));
  const rank = FLOW_ORDER.findIndex((name) => flow === name || flow.startsWith(`${name}-`));
  return `${String(rank === -1 ? 99 : rank).padStart(2, '0')} ${flow} ${t.lang === 'en' ? 0 : 1}${t.lang}`;
}

/** Every transcript, grouped by flow and then by language (English first). */
export const transcripts: Transcript[] = Object.entries(files)
  .map(([path, text]) => {
    const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.txt$/, '');
    const [title = id, about = ''] = text.split('\n').map((line) => line.replace(/^# /, ''));
    const lang = id.slice(id.lastIndexOf('.') + 1);
    const keys = text.split('\n').filter((line) => line.startsWith('> ')).length;
    return {id, title: title.replace(/ \((\w+)\)$/, ''), about, lang, keys, text};
  })
  .sort((a, b) => order(a).localeCompare(order(b)));

/** "English", "Arabic", or the code. */
export const languageName = (lang: string): string => LANGUAGES[lang] ?? lang;

/** The Orca and Firefox ESR versions the transcripts were recorded with (Debian package versions). */
export const recordedWith = {orca: versions.orca, firefox: versions['firefox-esr']};
