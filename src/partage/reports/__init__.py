"""PDF documents: plain data in, PDF bytes out (reportlab)."""
