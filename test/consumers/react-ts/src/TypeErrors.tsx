// Never rendered: lines that must NOT type-check. `tsc -b` fails if any of them compiles,
// which would mean the types are too loose to catch a clinic developer's typo.
import type {} from 'meso-widgets/jsx/react';
import {MesoVsFiller} from 'meso-widgets/react';

export function TypeErrors() {
  return (
    <>
      {/* @ts-expect-error: "sideways" is not a layout */}
      <meso-eligibility layout="sideways"></meso-eligibility>
      {/* @ts-expect-error: "neon" is not a theme */}
      <MesoVsFiller theme="neon" />
      {/* @ts-expect-error: the detail's url is a string, not a number */}
      <MesoVsFiller onMesoBook={(event) => event.detail.url.toFixed(2)} />
      {/* @ts-expect-error: there is no such widget */}
      <meso-widget></meso-widget>
    </>
  );
}
