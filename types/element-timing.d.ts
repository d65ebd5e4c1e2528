// The Element Timing API's attribute (the browser reports when the element's text painted); React passes it
// through, but its types do not list it.
import 'react'

declare module 'react' {
  // T is React's own parameter: the declarations merge only if they match.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string
  }
}
