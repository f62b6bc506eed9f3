"""Validate JSON documents against a JSON Schema, for the tests.

Usage: valideer.py SCHEMA.json DOC.json...
The draft is the one the schema names ($schema). Prints each error; exit 1
if there is any.
"""

import json
import sys

from jsonschema.validators import validator_for

schema = json.load(open(sys.argv[1], encoding="utf-8"))
cls = validator_for(schema)
cls.check_schema(schema)
validator = cls(schema, format_checker=cls.FORMAT_CHECKER if hasattr(cls, "FORMAT_CHECKER") else None)
problems = 0
for path in sys.argv[2:]:
    doc = json.load(open(path, encoding="utf-8"))
    for error in validator.iter_errors(doc):
        where = "/".join(str(p) for p in error.absolute_path)
        print(f"{path}: {where}: {error.message}")
        problems += 1
sys.exit(1 if problems else 0)
