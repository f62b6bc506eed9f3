"""Strict Draft 7 check of the casus schema, for tests/cli/schema.rs.

Usage: schema_toets.py SCHEMA.json CASES.json
CASES is {"goed": [[name, instance], ...], "fout": [[name, instance], ...]}.
Checks the schema against the Draft 7 meta-schema, refuses what a strict
validator (ajv --strict) refuses too: keywords Draft 7 does not define and
formats it does not know; then validates every instance with format
checking on. Prints one line per problem; exit 1 if there is any.
"""

import json
import sys

from jsonschema import Draft7Validator

try:
    FORMATS = Draft7Validator.FORMAT_CHECKER
except AttributeError:  # jsonschema < 4.5
    from jsonschema import draft7_format_checker as FORMATS

KEYWORDS = set(Draft7Validator.META_SCHEMA["properties"])
# Keywords whose value is data or a list of names, not a schema.
DATA = {"enum", "const", "default", "examples", "required", "type"}
# Keywords whose value maps names to schemas.
NAMED = {"properties", "definitions", "patternProperties", "dependencies"}

problems = []


def walk(schema, path):
    if isinstance(schema, bool):
        return
    if not isinstance(schema, dict):
        problems.append(f"{path}: geen schema: {schema!r}")
        return
    for key, value in schema.items():
        here = f"{path}/{key}"
        if key not in KEYWORDS:
            problems.append(f"{here}: onbekend trefwoord in Draft 7")
        elif key == "format" and value not in FORMATS.checkers:
            problems.append(f"{here}: onbekend formaat {value!r}")
        elif key in DATA:
            continue
        elif key in NAMED:
            for name, sub in value.items():
                walk(sub, f"{here}/{name}")
        elif isinstance(value, list):
            for i, sub in enumerate(value):
                walk(sub, f"{here}/{i}")
        elif isinstance(value, dict):
            walk(value, here)


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    cases = json.load(open(sys.argv[2], encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    walk(schema, "#")
    validator = Draft7Validator(schema, format_checker=FORMATS)
    for name, instance in cases["goed"]:
        for error in validator.iter_errors(instance):
            where = "/".join(str(p) for p in error.absolute_path)
            problems.append(f"{name}: {where}: {error.message}")
    for name, instance in cases["fout"]:
        if validator.is_valid(instance):
            problems.append(f"{name}: aanvaard, maar hoort geweigerd te worden")
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


main()
