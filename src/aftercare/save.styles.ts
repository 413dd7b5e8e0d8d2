import {css} from 'lit';

/** The course's sessions, the save and share part (in-app hint, calendar links, live region) and their print. */
export const saveStyles = css`
  .course,
  .save {
    display: grid;
    gap: var(--_space);
  }
  .course {
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border-subtle);
  }
  .course-heading {
    margin: 0;
    font-size: 1.125em;
  }
  .course-list {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .course-confirm {
    font-weight: 700;
  }
  .in-app {
    padding: var(--_space) calc(var(--_space) * 2);
    border-inline-start: 5px solid var(--_info);
    background: var(--_surface-alt);
  }
  .calendar-links ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .calendar-links a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
  }
  .share-status {
    font-weight: 700;
  }
  .share-status:empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  @media print {
    .course-list {
      gap: 2px;
    }
    .course {
      padding-block-start: 4px;
      gap: 2px;
    }
  }
`;
