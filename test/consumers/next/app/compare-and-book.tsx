// app/compare-and-book.tsx: a Client Component, because it passes a function (the booking handler).
"use client";
import { useState } from "react";
import type { BookDetail } from "meso-widgets";
import { MesoVsFiller } from "meso-widgets/react";

export function CompareAndBook() {
  const [booking, setBooking] = useState<BookDetail | null>(null);
  return (
    <section>
      <MesoVsFiller
        bookingUrl="https://bright-skin.example/book"
        onMesoBook={(event) => {
          event.preventDefault(); // stay on the page: the clinic's own booking form opens instead
          setBooking(event.detail);
        }}
      />
      {booking && (
        <p role="status" id="booked">
          Booking a consultation ({booking.source}): {booking.url}
        </p>
      )}
    </section>
  );
}
