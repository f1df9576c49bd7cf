#!/usr/bin/env python3
"""Times editor saves at one connection: signs in, then N times loads a post's edit form (for its CSRF token and
version) and posts it back unchanged but for one character of the lead; only the POST (answered with a redirect) is
timed. Usage: editor_save.py BASE_URL USERNAME PASSWORD [SAVES] [POST_ID]. Prints the median and 90th percentile."""
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FormFields(HTMLParser):
    """The fields of the editor form, as a browser would send them."""

    def __init__(self):
        super().__init__()
        self.fields, self.textarea, self.inside = [], None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and "editor" in (a.get("action") or "") and not self.inside:
            self.inside = a.get("id") != "delete"
        if not self.inside or "name" not in a:
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("radio", "checkbox") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file"):
                self.fields.append((a["name"], a.get("value") or ""))
        elif tag == "textarea":
            self.textarea = [a["name"], ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        if tag == "form":
            self.inside = False


def main():
    base, user, password = sys.argv[1:4]
    saves = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def get(path):
        return opener.open(base + path).read().decode()

    def post(path, fields):
        data = urllib.parse.urlencode(fields).encode()
        started = time.perf_counter()
        try:
            opener.open(base + path, data)
            status = 200
        except urllib.error.HTTPError as ex:
            status = ex.code
        return status, (time.perf_counter() - started) * 1000

    token = re.search(r'name="_csrf"[^>]*value="([^"]+)"', get("/login")).group(1)
    post("/login", {"username": user, "password": password, "_csrf": token})
    post_id = sys.argv[5] if len(sys.argv) > 5 else re.search(r'href="/editor/posts/(\d+)"', get("/editor")).group(1)
    times = []
    for i in range(saves + 5):
        form = FormFields()
        form.feed(get(f"/editor/posts/{post_id}"))
        fields = [(k, (v.rstrip(".") + ("." if i % 2 else "")) if k == "lead" else v) for k, v in form.fields]
        fields.append(("action", "save"))
        status, ms = post(f"/editor/posts/{post_id}", fields)
        if status != 302:
            sys.exit(f"save {i} answered {status}, not a redirect")
        if i >= 5:  # the first saves warm up
            times.append(ms)
    times.sort()
    print(f"editor-save post {post_id}: {saves} saves at one connection, p50 {statistics.median(times):.1f} ms, "
          f"p90 {times[int(len(times) * 0.9) - 1]:.1f} ms")


if __name__ == "__main__":
    main()
