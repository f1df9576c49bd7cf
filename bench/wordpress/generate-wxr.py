#!/usr/bin/env python3
"""Writes a WordPress export (WXR 1.2) of N posts with M comments in all, for the import benchmark.

Usage: generate-wxr.py OUT.xml [--posts 10000] [--comments 100000]
Each post has Gutenberg markup: a lead, an ordered list of four takeaways with bold headings, two more
paragraphs, two tags; every fifth comment answers the one before it; one comment in twenty is spam.
"""
import argparse
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--posts", type=int, default=10000)
parser.add_argument("--comments", type=int, default=100000)
args = parser.parse_args()

WORDS = ("grid storage permit transit harbour market summit budget policy energy river city council school "
         "farm harvest bridge rail port wind solar water forest road health trade").split()
rng = random.Random(12)


def sentence(n=12):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


with open(args.out, "w", encoding="utf-8") as out:
    out.write("""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>Bench blog</title>
	<link>https://bench.example.org</link>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://bench.example.org</wp:base_site_url>
	<wp:base_blog_url>https://bench.example.org</wp:base_blog_url>
""")
    for a in range(5):
        out.write(f"\t<wp:author><wp:author_id>{a + 1}</wp:author_id><wp:author_login>{cdata(f'writer{a}')}</wp:author_login>"
                  f"<wp:author_display_name>{cdata(f'Writer {a}')}</wp:author_display_name></wp:author>\n")
    comment_id = 1
    per_post = args.comments // args.posts
    extra = args.comments - per_post * args.posts
    for p in range(1, args.posts + 1):
        items = "".join(f"<li><strong>{w.capitalize()} {p}-{i}:</strong> {sentence()}</li>"
                        for i, w in enumerate(rng.sample(WORDS, 4)))
        content = (f"<!-- wp:paragraph -->\n<p>{sentence(20)}</p>\n<!-- /wp:paragraph -->\n\n"
                   f"<!-- wp:list {{\"ordered\":true}} -->\n<ol>{items}</ol>\n<!-- /wp:list -->\n\n"
                   f"<!-- wp:heading -->\n<h2>More</h2>\n<!-- /wp:heading -->\n\n"
                   f"<!-- wp:paragraph -->\n<p>{sentence(40)} <a href=\"https://example.org/{p}\">link</a></p>\n<!-- /wp:paragraph -->\n\n"
                   f"<!-- wp:paragraph -->\n<p>{sentence(40)}</p>\n<!-- /wp:paragraph -->")
        day = 1 + p % 28
        month = 1 + p % 12
        date = f"2023-{month:02d}-{day:02d} {p % 24:02d}:{p % 60:02d}:00"
        t1, t2 = rng.sample(WORDS, 2)
        out.write(f"""	<item>
		<title>{cdata(f"Post {p}: {sentence(6)}")}</title>
		<dc:creator>{cdata(f"writer{p % 5}")}</dc:creator>
		<content:encoded>{cdata(content)}</content:encoded>
		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
		<wp:post_id>{p}</wp:post_id>
		<wp:post_date>{cdata(date)}</wp:post_date>
		<wp:post_date_gmt>{cdata(date)}</wp:post_date_gmt>
		<wp:comment_status><![CDATA[open]]></wp:comment_status>
		<wp:post_name>{cdata(f"bench-post-{p}")}</wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="{t1}"><![CDATA[{t1.capitalize()}]]></category>
		<category domain="post_tag" nicename="{t2}-tag"><![CDATA[{t2.capitalize()} tag]]></category>
""")
        count = per_post + (1 if p <= extra else 0)
        for c in range(count):
            parent = comment_id - 1 if c % 5 == 4 else 0
            approved = "spam" if comment_id % 20 == 0 else "1"
            out.write(f"""		<wp:comment>
			<wp:comment_id>{comment_id}</wp:comment_id>
			<wp:comment_author>{cdata(f"Reader {comment_id % 997}")}</wp:comment_author>
			<wp:comment_author_email>{cdata(f"reader{comment_id % 997}@example.org")}</wp:comment_author_email>
			<wp:comment_author_url></wp:comment_author_url>
			<wp:comment_date>{cdata(date)}</wp:comment_date>
			<wp:comment_date_gmt>{cdata(date)}</wp:comment_date_gmt>
			<wp:comment_content>{cdata(sentence(25))}</wp:comment_content>
			<wp:comment_approved>{cdata(approved)}</wp:comment_approved>
			<wp:comment_type><![CDATA[comment]]></wp:comment_type>
			<wp:comment_parent>{parent}</wp:comment_parent>
		</wp:comment>
""")
            comment_id += 1
        out.write("\t</item>\n")
    out.write("</channel>\n</rss>\n")
