// app/tags/clinic-widgets.tsx: listens to the widgets inside it (their events bubble), then loads
// their code, so each widget starts with the listener already there.
"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

export function ClinicWidgets({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [booking, setBooking] = useState("");
  useEffect(() => {
    const element = box.current!;
    const onBook = (event: HTMLElementEventMap["meso-book"]) => {
      event.preventDefault(); // the clinic's own booking form instead of leaving the page
      setBooking(event.detail.url);
    };
    element.addEventListener("meso-book", onBook);
    import("meso-widgets"); // defines the tags: after the listener, never before
    return () => element.removeEventListener("meso-book", onBook);
  }, []);
  return (
    <div ref={box}>
      {children}
      {booking && (
        <p role="status" id="booked">
          Booking a consultation: {booking}
        </p>
      )}
    </div>
  );
}
