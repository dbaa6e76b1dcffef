"""Document writers: pure data in, file out (PDF with reportlab, Excel with openpyxl, CSV).

Nothing here touches the database or Qt: a service gathers the data, a writer
turns it into a file.
"""
