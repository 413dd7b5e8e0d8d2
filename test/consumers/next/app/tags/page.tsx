// app/tags/page.tsx: the plain tags in a Server Component. Settings are attributes, and objects go
// in the widget's JSON block; <ClinicWidgets> (a Client Component) listens to their events and
// loads their code.
import type {} from "meso-widgets/jsx/react";
import { ClinicWidgets } from "./clinic-widgets";
import { AftercarePlan } from "./aftercare-plan";

export default function Page() {
  return (
    <main>
      <h1>Mesotherapy at Bright Skin Clinic</h1>
      <ClinicWidgets>
        <meso-vs-filler booking-url="https://bright-skin.example/book" view="helper"></meso-vs-filler>
        <meso-aftercare clinic-phone="+44 20 7946 0000">
          <script
            type="application/json"
            dangerouslySetInnerHTML={{ __html: JSON.stringify({ durations: { makeup: 72 } }) }}
          />
        </meso-aftercare>
      </ClinicWidgets>
      <AftercarePlan />
    </main>
  );
}
