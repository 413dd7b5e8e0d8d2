// What a clinic developer writes: the tags straight in React 19 JSX (typed by
// `meso-widgets/jsx/react`) and the @lit/react wrappers with typed event props.
import {useState} from 'react';
import type {} from 'meso-widgets/jsx/react';
import {MesoAftercare, MesoEligibility, MesoVsFiller} from 'meso-widgets/react';
import type {BookDetail} from 'meso-widgets';

export function App() {
  const [booked, setBooked] = useState('');
  const [step, setStep] = useState('');
  const onBook = (event: CustomEvent<BookDetail>) => {
    event.preventDefault();
    setBooked(`${event.detail.source} → ${event.detail.url}`);
  };

  return (
    <main>
      <h1>Bright Skin Clinic</h1>
      <p id="booked">{booked ? `Booking: ${booked}` : 'No booking yet'}</p>
      <p id="step">{step}</p>

      {/* The wrappers: typed props and typed event props. */}
      <MesoVsFiller id="compare" bookingUrl="https://bright-skin.example/book" view="both" onMesoBook={onBook} />
      <MesoEligibility
        layout="steps"
        clinicName="Bright Skin"
        onMesoEligibilityStep={(event) => setStep(`Question ${event.detail.index + 1}: ${event.detail.step}`)}
        onMesoEligibilityResult={(event) => console.info(event.detail.outcome)}
      />

      {/* The tags in JSX: attribute names and allowed values are checked. */}
      <meso-aftercare id="aftercare" treated-at="2026-01-10T09:00" theme="light" heading-level={3}></meso-aftercare>
      <meso-eligibility layout="list" theme="auto"></meso-eligibility>
      <meso-vs-filler view="compare"></meso-vs-filler>
      <MesoAftercare treatedAt="2026-01-10T09:00" />
    </main>
  );
}
