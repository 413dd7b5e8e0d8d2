import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Bright Skin Clinic",
  description: "Mesotherapy at Bright Skin Clinic",
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
