"""Read an HTML page with Python's HTML parser, for tests/cli/render.rs:
print one JSON object with every heading (level, id) and every link
target, in order.
"""

import json
import sys
from html.parser import HTMLParser


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings = []
        self.links = []
        self.in_nav = 0
        self.nav_links = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append({"level": int(tag[1]), "id": a.get("id")})
        if tag == "nav":
            self.in_nav += 1
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
            if self.in_nav:
                self.nav_links.append(a["href"])
        if tag == "script":
            self.links.append("<script>")

    def handle_endtag(self, tag):
        if tag == "nav":
            self.in_nav -= 1


page = Page()
page.feed(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps({"headings": page.headings, "links": page.links, "nav": page.nav_links}))
