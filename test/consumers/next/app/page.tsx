// app/page.tsx: a Server Component. The React components render each widget's content into the
// HTML on the server, once; in the browser each widget takes its static copy over.
import { MesoAftercare, MesoEligibility } from "meso-widgets/react";
import { CompareAndBook } from "./compare-and-book";

export default function Page() {
  return (
    <main>
      <h1>Mesotherapy at Bright Skin Clinic</h1>
      <MesoEligibility clinicName="Bright Skin Clinic" clinicPhone="+44 20 7946 0000" />
      <CompareAndBook />
      <MesoAftercare
        clinicPhone="+44 20 7946 0000"
        durations={{ makeup: 72 }}
        content={{ heading: "After your treatment at Bright Skin" }}
      />
    </main>
  );
}
