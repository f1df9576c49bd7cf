package app.takeaways.discovery;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.web.util.HtmlUtils;

/**
 * A text cut into parts, some of which matched the search. {@link #html()} is what pages
 * and the API print: every part escaped first, then matches wrapped in {@code <mark>}, so
 * no text of a post is ever printed unescaped.
 */
record Highlighted(@JsonIgnore List<Part> parts) {

	@JsonProperty("text")
	String text() {
		return this.parts.stream().map(Part::text).collect(Collectors.joining());
	}

	@JsonProperty("html")
	public String html() {
		return this.parts.stream().map((part) -> {
			String escaped = HtmlUtils.htmlEscape(part.text(), "UTF-8");
			return part.match() ? "<mark>" + escaped + "</mark>" : escaped;
		}).collect(Collectors.joining());
	}

	boolean hasMatch() {
		return this.parts.stream().anyMatch(Part::match);
	}

	record Part(String text, boolean match) {
	}

}
