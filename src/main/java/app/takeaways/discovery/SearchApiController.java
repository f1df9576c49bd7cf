package app.takeaways.discovery;

import java.util.List;

import app.takeaways.common.CachedPage;
import app.takeaways.common.CachedPage.Shows;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search as JSON: the same results as the page, with marked texts as plain text and
 * as escaped HTML. A query that cannot be run is a 400 problem.
 */
@RestController
class SearchApiController {

	private final SearchService search;

	private final MessageSource messages;

	SearchApiController(SearchService search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@CachedPage(value = Shows.LIST, params = "q")
	@GetMapping("/api/search")
	SearchResults search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "1") int page) {
		SearchOutcome outcome = this.search.search(q, page);
		if (outcome.problem() != null) {
			throw new UnusableQueryException(outcome.problem());
		}
		return new SearchResults(outcome.query(), page, outcome.results().hasNext(), outcome.results().getContent());
	}

	@ExceptionHandler(UnusableQueryException.class)
	ProblemDetail unusable(UnusableQueryException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages
			.getMessage(ex.getMessage(), new Object[] { SearchQuery.MAX_LENGTH }, LocaleContextHolder.getLocale()));
		problem.setTitle("Unusable search");
		return problem;
	}

	/**
	 * One page of results.
	 *
	 * @param query the text searched for
	 * @param page this page's number, from 1
	 * @param hasNext whether page {@code page + 1} has more results (matches are not
	 * counted: counting every match of a common word cost more than finding a page)
	 * @param results the posts found, best first
	 */
	record SearchResults(String query, int page, boolean hasNext, List<SearchResult> results) {
	}

	static class UnusableQueryException extends RuntimeException {

		UnusableQueryException(String messageKey) {
			super(messageKey);
		}

	}

}
