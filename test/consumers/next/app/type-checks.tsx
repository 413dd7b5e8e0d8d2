// app/type-checks.tsx: never rendered. `npm run typecheck` (and `next build`) check these lines:
// the first ones must compile, each one after a @ts-expect-error must not.
"use client";
import { useRef } from "react";
import type { MesoAftercare, MesoVsFiller as MesoVsFillerElement } from "meso-widgets";
import type {} from "meso-widgets/jsx/react";
import { MesoVsFiller } from "meso-widgets/react";

export function TypeChecks() {
  const aftercare = useRef<MesoAftercare>(null);
  const compare = useRef<MesoVsFillerElement>(null);
  return (
    <>
      <meso-aftercare
        ref={aftercare}
        treated-at="2026-01-10T09:00"
        onmeso-book={(event) => event.detail.url.toUpperCase()}
        onmeso-aftercare-plan={(event) => Object.keys(event.detail).length}
        style={{ "--meso-color-accent": "#0b6670" }}
        suppressHydrationWarning
      />
      <MesoVsFiller ref={compare} view="helper" onMesoBook={(event) => event.detail.url.toUpperCase()} />
      {/* @ts-expect-error: "sideways" is not a layout */}
      <meso-eligibility layout="sideways" />
      {/* @ts-expect-error: a ref to <meso-aftercare> on a <meso-vs-filler> */}
      <meso-vs-filler ref={aftercare} />
      {/* @ts-expect-error: the detail's url is a string, not a number */}
      <meso-vs-filler onmeso-book={(event) => event.detail.url.toFixed(2)} />
      {/* @ts-expect-error: a camelCase attribute name would not reach a server-rendered tag: write booking-url */}
      <meso-vs-filler bookingUrl="https://bright-skin.example/book" />
      {/* @ts-expect-error: "neon" is not a theme */}
      <MesoVsFiller theme="neon" />
    </>
  );
}
