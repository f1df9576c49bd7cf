package app.takeaways.discovery;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.web.util.HtmlUtils;

/**
 * A text cut into parts, some of which matched the search. Pages print each part with
 * {@code th:text} and wrap matches in {@code <mark>}; {@link #html()} does the same for
 * the API: every part escaped first, then matches wrapped.
 */
record Highlighted(@JsonIgnore List<Part> parts) {

	@JsonProperty("text")
	String text() {
		return this.parts.stream().map(Part::text).collect(Collectors.joining());
	}

	@JsonProperty("html")
	String html() {
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
