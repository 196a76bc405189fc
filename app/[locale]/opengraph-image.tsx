import { ImageResponse } from "next/og";

export const alt = "Untrain: keep your data out of AI training";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The site's link preview for pages without their own image. Font: the one bundled with next/og. */
export default function SiteOpenGraphImage() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "center", padding: 80, background: "#f0faf6", color: "#0b2b22" }}>
        <div style={{ fontSize: 40, fontWeight: 700, color: "#0f6b52" }}>Untrain</div>
        <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1, marginTop: 24 }}>Keep your data out of AI training</div>
        <div style={{ fontSize: 34, marginTop: 24 }}>Where each switch is, what it does, and what it cannot do.</div>
      </div>
    ),
    size,
  );
}
