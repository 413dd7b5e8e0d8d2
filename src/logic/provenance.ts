import {type CommonContent, type ConfigErrorDetail, type Provenance} from '../types/common.js';

const isIsoDate = (text: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) && date.getUTCMonth() === Number(match[2]) - 1;
};

/**
 * "Reviewed by … on …" only when a clinic set both a valid review date and a reviewer; otherwise
 * the date the content was last updated. A half-set or malformed review is reported, never shown.
 */
export function contentProvenance(content: Pick<CommonContent, 'updated' | 'reviewed'>): {
  value: Provenance;
  errors: ConfigErrorDetail[];
} {
  const errors: ConfigErrorDetail[] = [];
  const date = content.reviewed.date.trim();
  const by = content.reviewed.by.trim();
  const next = content.reviewed.next.trim();
  if (date && !isIsoDate(date)) errors.push({path: 'content.reviewed.date', message: `"${date}" is not a date such as 2026-12-01`});
  if (date && !by) errors.push({path: 'content.reviewed.by', message: 'say who reviewed the content; showing the updated date instead'});
  if (by && !date) errors.push({path: 'content.reviewed.date', message: 'say when the content was reviewed; showing the updated date instead'});
  if (next && !isIsoDate(next)) errors.push({path: 'content.reviewed.next', message: `"${next}" is not a date such as 2027-12-01`});
  if (date && by && isIsoDate(date)) {
    return {value: {kind: 'reviewed', date, by, next: next && isIsoDate(next) ? next : null}, errors};
  }
  return {value: {kind: 'updated', date: content.updated}, errors};
}
