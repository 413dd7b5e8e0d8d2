// app/tags/aftercare-plan.tsx: a tag in a Client Component, with a ref. React 19 sets no property
// and adds no listener to a custom element while it hydrates a server-rendered page, so set them
// on the element yourself, then load its code.
"use client";
import { useEffect, useRef, useState } from "react";
import type { MesoAftercare } from "meso-widgets";
import type {} from "meso-widgets/jsx/react";

export function AftercarePlan() {
  const aftercare = useRef<MesoAftercare>(null);
  const [plans, setPlans] = useState(0);
  useEffect(() => {
    const element = aftercare.current!;
    element.durations = { makeup: 72 };
    // The event says a plan was made, never when (the detail is `{}`: the time is what the patient entered).
    const onPlan = () => setPlans((count) => count + 1);
    element.addEventListener("meso-aftercare-plan", onPlan);
    import("meso-widgets/aftercare"); // defines <meso-aftercare> once its property and listener are set
    return () => element.removeEventListener("meso-aftercare-plan", onPlan);
  }, []);
  return (
    <section>
      <meso-aftercare ref={aftercare} id="plan" treated-at="2026-01-10T09:00" now="2026-01-11T09:00"></meso-aftercare>
      <p id="plan-made">{plans ? "Your plan is ready" : "No plan yet"}</p>
    </section>
  );
}
