package app.takeaways.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The hostile-input corpus ({@code hostile/payloads.txt}) and the check that a page
 * showing it is inert.
 */
final class HostileInputs {

	private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9A-Fa-f]{4}|n|r|t|\\\\)");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"data", "poster", "background", "srcset", "cite", "ping");

	private HostileInputs() {
	}

	/**
	 * Every payload of the corpus, escapes decoded and repeats expanded.
	 */
	static List<String> load() {
		try (InputStream in = HostileInputs.class.getResourceAsStream("/hostile/payloads.txt")) {
			List<String> payloads = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isEmpty() || line.startsWith("# ") || line.equals("#")) {
					continue;
				}
				payloads.add(decode(line));
			}
			return List.copyOf(payloads);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String decode(String line) {
		if (line.startsWith("!repeat ")) {
			String[] parts = line.split(" ", 3);
			return parts[2].repeat(Integer.parseInt(parts[1]));
		}
		Matcher escape = ESCAPE.matcher(line);
		StringBuilder decoded = new StringBuilder();
		while (escape.find()) {
			String code = escape.group(1);
			String replacement = switch (code) {
				case "n" -> "\n";
				case "r" -> "\r";
				case "t" -> "\t";
				case "\\" -> "\\";
				default -> String.valueOf((char) Integer.parseInt(code.substring(1), 16));
			};
			escape.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
		}
		escape.appendTail(decoded);
		return decoded.toString();
	}

	/**
	 * A short, printable name of a payload for failure messages.
	 */
	static String label(String payload) {
		String shown = payload.codePoints()
			.limit(40)
			.collect(StringBuilder::new,
					(out, c) -> out.append((c < 0x20 || c == 0x7f || (c >= 0x200b && c <= 0x202e))
							? String.format("\\u%04X", c) : Character.toString(c)),
					StringBuilder::append)
			.toString();
		return (payload.length() > 40) ? shown + "… (" + payload.length() + " chars)" : shown;
	}

	/**
	 * Fails unless the page runs no script but the site's own files and its JSON-LD, has
	 * no event-handler attribute, no {@code javascript:}, {@code vbscript:} or
	 * {@code data:} address, and no element that embeds or redirects.
	 */
	static Document assertInert(String html, String where) {
		Document page = Jsoup.parse(html);
		for (Element script : page.select("script")) {
			String src = script.attr("src");
			boolean ownFile = src.startsWith("/") && !src.startsWith("//") && script.data().isBlank();
			boolean structuredData = script.attr("type").equals("application/ld+json") && src.isEmpty()
					&& script.data().strip().startsWith("{");
			if (!ownFile && !structuredData) {
				fail("%s: a script that is not the site's own: %s", where, script.outerHtml());
			}
		}
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				if (name.startsWith("on")) {
					fail("%s: event handler attribute %s on <%s>", where, name, element.tagName());
				}
				if (URL_ATTRIBUTES.contains(name) || name.endsWith(":href")) {
					String url = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
					if (url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:")) {
						fail("%s: dangerous address %s=\"%s\" on <%s>", where, name, attribute.getValue(),
								element.tagName());
					}
				}
				if (name.equals("style") && attribute.getValue().toLowerCase(Locale.ROOT).contains("url(")) {
					fail("%s: style with an address on <%s>", where, element.tagName());
				}
			}
		}
		assertThat(page.select("iframe, frame, object, embed, applet, base, style, svg, math, meta[http-equiv]"))
			.as("%s: elements that embed, restyle or redirect", where)
			.isEmpty();
		return page;
	}

	/**
	 * Text as jsoup reads it from the page: runs of white space collapsed, invisible
	 * characters (zero-width space, soft hyphen) left out.
	 */
	static String shown(String text) {
		return text.replaceAll("[\u0000\u00AD\u200B]", "").replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
	}

}
