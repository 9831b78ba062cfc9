# Template-method pattern with NotImplementedError placeholders (no abc module)
class Exporter:
    def export(self, rows):
        header = self.header()
        body = [self.format_row(r) for r in rows]
        return "\n".join([header] + body + [self.footer()])
    def header(self):
        raise NotImplementedError(f"{type(self).__name__} must implement header")
    def format_row(self, row):
        raise NotImplementedError
    def footer(self):
        return f"-- {type(self).__name__} end --"

class CsvExporter(Exporter):
    def header(self):
        return "name,qty"
    def format_row(self, row):
        return ",".join(str(v) for v in row)

class TableExporter(CsvExporter):
    def header(self):
        return f"{'name':<6}|{'qty':>4}"
    def format_row(self, row):
        return f"{row[0]:<6}|{row[1]:>4}"
    def footer(self):
        return super().footer().upper()

class Incomplete(Exporter):
    def header(self):
        return "incomplete"

rows = [("apple", 3), ("kiwi", 12)]
print(CsvExporter().export(rows))
print(TableExporter().export(rows))
for exporter in (Exporter(), Incomplete()):
    try:
        exporter.export(rows)
    except NotImplementedError as e:
        print(type(e).__name__, repr(e), isinstance(e, RuntimeError))
print(Incomplete().export([]))
