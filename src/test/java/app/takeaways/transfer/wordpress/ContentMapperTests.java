package app.takeaways.transfer.wordpress;

import java.util.Map;

import app.takeaways.post.PostContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentMapperTests {

	@Test
	void orderedListWithBoldHeadingsBecomesTakeawaysAndFirstParagraphTheLead() {
		ContentMapper.Mapped mapped = ContentMapper.map("""
				<!-- wp:paragraph --><p>The lead, <em>plainly</em>.</p><!-- /wp:paragraph -->
				<ol><li><strong>Grids first:</strong> Money goes to wires.</li>
				<li><b>Storage.</b> Cheap now.</li></ol>
				<h2>After</h2><p>See <a href="https://example.org/x">this</a>.</p>""");
		assertThat(mapped.lead()).isEqualTo("The lead, plainly.");
		assertThat(mapped.takeaways()).containsExactly(
				new PostContent.Item(null, "Grids first", "Money goes to wires."),
				new PostContent.Item(null, "Storage", "Cheap now."));
		assertThat(mapped.body()).isEqualTo("## After\n\nSee [this](https://example.org/x).");
	}

	@Test
	void orderedListWithoutBoldHeadingsStaysInTheBody() {
		ContentMapper.Mapped mapped = ContentMapper.map("<p>Lead.</p><ol><li>one</li><li>two</li></ol>");
		assertThat(mapped.takeaways()).isEmpty();
		assertThat(mapped.body()).contains("1. one").contains("2. two");
	}

	@Test
	void numberedParagraphsOfTheSeedShapeBecomeTakeaways() {
		ContentMapper.Mapped mapped = ContentMapper
			.map("Lead here.\n\n1. Prices rose: Fish cost more.\n\n2. Boats are fewer: Only twelve.\n\nAfter.");
		assertThat(mapped.lead()).isEqualTo("Lead here.");
		assertThat(mapped.takeaways()).extracting(PostContent.Item::heading)
			.containsExactly("Prices rose", "Boats are fewer");
		assertThat(mapped.takeaways()).extracting(PostContent.Item::body)
			.containsExactly("Fish cost more.", "Only twelve.");
		assertThat(mapped.body()).isEqualTo("After.");
	}

	@Test
	void keyTakeawaysHeadingFollowedByAListBecomesTakeaways() {
		ContentMapper.Mapped mapped = ContentMapper.map(
				"<p>Lead.</p><h3>Key takeaways</h3><ul><li>Start early: The first week.</li><li>Write it down</li></ul><p>More.</p>");
		assertThat(mapped.takeaways()).containsExactly(new PostContent.Item(null, "Start early", "The first week."),
				new PostContent.Item(null, "Write it down", ""));
		assertThat(mapped.body()).isEqualTo("More.");
	}

	@Test
	void listItemIdsAreKeptAsAnchors() {
		ContentMapper.Mapped mapped = ContentMapper
			.map("<p>Lead.</p><ol><li id=\"grids\"><strong>Grids:</strong> wires.</li></ol>");
		assertThat(mapped.takeaways()).containsExactly(new PostContent.Item("grids", "Grids", "wires."));
	}

	@Test
	void scriptsAndEventHandlersAreSanitizedAway() {
		ContentMapper.Mapped mapped = ContentMapper.map(
				"<p>Lead.</p><p onclick=\"x()\">Text<script>alert(1)</script></p><iframe src=\"https://evil\"></iframe>");
		assertThat(mapped.body()).isEqualTo("Text");
	}

	@Test
	void captionBecomesImageWithCaptionAndOtherShortcodesAreRemovedAndCounted() {
		Shortcodes shortcodes = new Shortcodes();
		ContentMapper.Mapped mapped = ContentMapper
			.map("""
					Lead.

					[caption id="a" width="300"]<img src="https://example.org/b.jpg" alt="Boats" /> Boats at dawn[/caption]

					Code a[i] stays. [gallery ids="1,2"] [embed]https://v.example.org/1[/embed] [pullquote]The sea.[/pullquote] [contact-form-7 id="3"]""",
					shortcodes);
		assertThat(mapped.body()).contains("![Boats](https://example.org/b.jpg)")
			.contains("*Boats at dawn*")
			.contains("a\\[i\\] stays")
			.contains("The sea.")
			.doesNotContain("gallery")
			.doesNotContain("v.example.org")
			.doesNotContain("contact-form");
		assertThat(shortcodes.removed())
			.isEqualTo(Map.of("gallery", 1, "embed", 1, "pullquote", 1, "contact-form-7", 1));
	}

	@Test
	void postWithoutParagraphsHasAnEmptyLead() {
		ContentMapper.Mapped mapped = ContentMapper.map("<h2>Only a heading</h2>");
		assertThat(mapped.lead()).isEmpty();
		assertThat(mapped.body()).isEqualTo("## Only a heading");
	}

}
