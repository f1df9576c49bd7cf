package app.takeaways.post;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
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
 * Images that point at the media library get every stored width ({@code srcset}) and
 * their size, through {@link PictureAttributes}.
 */
@Component
public class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	/** One library address and its width, as {@link PictureAttributes} writes them. */
	private static final String SRCSET_ITEM = "/media/[0-9a-f]{32}-[0-9]{1,5}\\.(jpg|png|gif|webp) [0-9]{1,5}w";

	private static final String SRCSET = SRCSET_ITEM + "(\\s*,\\s*" + SRCSET_ITEM + ")*";

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
			.allowElements("img")
			.allowAttributes("srcset")
			.matching(Pattern.compile(SRCSET))
			.onElements("img")
			.allowAttributes("sizes")
			.matching(Pattern.compile("[a-z0-9 ():,.-]{1,80}"))
			.onElements("img")
			.allowAttributes("loading")
			.matching(true, "lazy", "eager")
			.onElements("img")
			.allowAttributes("decoding")
			.matching(true, "async")
			.onElements("img")
			.toFactory());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final PictureSource pictures;

	MarkdownRenderer(PictureSource pictures) {
		this.pictures = pictures;
	}

	private final TextContentRenderer text = TextContentRenderer.builder().extensions(EXTENSIONS).build();

	/**
	 * The text of a Markdown body without its syntax, for excerpts.
	 */
	public String toText(String markdown) {
		return this.text.render(this.parser.parse(markdown));
	}

	public String toHtml(String markdown) {
		Node document = this.parser.parse(markdown);
		Map<String, Picture> found = this.pictures.pictures(libraryPictures(document));
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.attributeProviderFactory((context) -> new PictureAttributes(this.pictures, found))
			.build();
		return POLICY.sanitize(renderer.render(document));
	}

	/** The hashes of the library pictures the body shows. */
	private Set<String> libraryPictures(Node document) {
		Set<String> hashes = new LinkedHashSet<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				MarkdownRenderer.this.pictures.hashOf(image.getDestination()).ifPresent(hashes::add);
				visitChildren(image);
			}
		});
		return hashes;
	}

}
