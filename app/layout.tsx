/**
 * The real root layout is app/[locale]/layout.tsx (it sets <html lang>). This one only exists so that
 * app/not-found.tsx can answer a request that never reaches a language (Next requires a layout above it).
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
