"""PDFium (pypdfium2) draws our PDFs for previews and printers, and it is not thread-safe: the
window, the job worker and the layout preview's reader thread all use it, and two of them at
once may crash the process. Every use of PDFium holds `lock`."""

import threading

lock = threading.RLock()
