// app/tags/aftercare-plan.tsx: a tag in a Client Component, with a ref. React 19 sets no property
// and adds no listener to a custom element while it hydrates a server-rendered page, so set them
// on the element yourself, then load its code.
"use client";
import { useEffect, useRef, useState } from "react";
import type { MesoAftercare } from "meso-widgets";
import type {} from "meso-widgets/jsx/react";

export function AftercarePlan() {
  const aftercare = useRef<MesoAftercare>(null);
  const [items, setItems] = useState(0);
  useEffect(() => {
    const element = aftercare.current!;
    element.durations = { makeup: 72 };
    const onPlan = (event: HTMLElementEventMap["meso-aftercare-plan"]) => setItems(event.detail.items.length);
    element.addEventListener("meso-aftercare-plan", onPlan);
    import("meso-widgets/aftercare"); // defines <meso-aftercare> once its property and listener are set
    return () => element.removeEventListener("meso-aftercare-plan", onPlan);
  }, []);
  return (
    <section>
      <meso-aftercare ref={aftercare} id="plan" treated-at="2026-01-10T09:00" now="2026-01-11T09:00"></meso-aftercare>
      <p id="plan-items">{items ? `${items} items in the plan` : "No plan yet"}</p>
    </section>
  );
}
