# Reads every register file of a folder the way a user's tools would:
# XLSX with openpyxl, CSV with the csv module (UTF-8 with BOM, `;`), and
# works out from the casus YAML which activities each party must have.
import csv, json, os, sys
import openpyxl, yaml

out, casus = sys.argv[1], sys.argv[2]
partijen, groepen, stromen = [], {}, []
for root, _, files in os.walk(casus):
    for f in sorted(files):
        if f.endswith(".yaml"):
            doc = yaml.safe_load(open(os.path.join(root, f), encoding="utf-8")) or {}
            partijen += [p["id"] for p in doc.get("partijen") or []]
            for g in doc.get("groepen") or []:
                groepen[g["id"]] = g["leden"]
            stromen += doc.get("stromen") or []

def leden(i, seen=None):
    seen = seen or set()
    if i in seen:
        return []
    seen.add(i)
    if i in groepen:
        return [p for l in groepen[i] for p in leden(l, seen)]
    return [i]

naam = os.path.basename(os.path.normpath(casus))
verwacht = {p: [] for p in partijen}
for s in stromen:
    for p in leden(s["van"]):
        verwacht[p].append(f"{naam}:{s['id']}:verstrekken")
    for n in s["naar"]:
        for p in leden(n):
            verwacht[p].append(f"{naam}:{s['id']}:ontvangen")

result = {"verwacht": verwacht, "stromen": len(stromen), "bestanden": {}}
for f in sorted(os.listdir(out)):
    path = os.path.join(out, f)
    if f.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        ws = wb.active
        rows = [[c.value for c in r] for r in ws.iter_rows()]
        types = sorted({c.data_type for r in ws.iter_rows(min_row=2) for c in r})
        result["bestanden"][f] = {
            "rows": rows,
            "types": types,
            "freeze": ws.freeze_panes,
            "print_titles": ws.print_title_rows,
            "created": wb.properties.created.isoformat(),
        }
    elif f.endswith(".csv"):
        raw = open(path, "rb").read()
        text = raw.decode("utf-8-sig")
        rows = list(csv.reader(text.splitlines(keepends=True), delimiter=";"))
        result["bestanden"][f] = {
            "rows": rows,
            "bom": raw.startswith(b"\xef\xbb\xbf"),
            "crlf": raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""),
        }
print(json.dumps(result))
