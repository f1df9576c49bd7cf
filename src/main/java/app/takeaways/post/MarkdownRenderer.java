package app.takeaways.post;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.stereotype.Component;

/**
 * Turns a Markdown body into HTML that is safe to put in a page: raw HTML in the source
 * is shown as text, unsafe link targets are dropped, and the result passes an allow-list.
 */
@Component
public class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(Sanitizers.IMAGES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br", "del")
			.allowAttributes("class")
			.matching(true, "language-[a-z0-9-]+")
			.onElements("code")
			.allowAttributes("align")
			.onElements("th", "td")
			.toFactory());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private final TextContentRenderer text = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	/**
	 * The text of a Markdown body without its syntax, for excerpts.
	 */
	public String toText(String markdown) {
		return this.text.render(this.parser.parse(markdown));
	}

	public String toHtml(String markdown) {
		return POLICY.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

}
