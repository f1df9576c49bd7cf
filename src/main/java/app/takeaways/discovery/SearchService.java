package app.takeaways.discovery;

import java.time.Clock;
import java.util.List;

import app.takeaways.common.TakeawaysProperties;
import app.takeaways.post.PageNotFoundException;
import app.takeaways.post.PostLists;
import app.takeaways.post.PostText;
import app.takeaways.takeaway.TakeawayView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches visible posts and marks what matched. An empty, over-long or wordless query is
 * not run; the outcome says why. Pages are 1-based slices (nothing counts every match); a
 * page past the last one is not found.
 */
@Service
class SearchService {

	private static final int EXCERPT_LENGTH = 240;

	private static final int TAKEAWAY_EXCERPT_LENGTH = 160;

	private static final int MAX_TAKEAWAYS = 3;

	private final PostSearch search;

	private final SearchResultCache cache;

	private final PostLists lists;

	private final Clock clock;

	private final int pageSize;

	SearchService(PostSearch search, SearchResultCache cache, PostLists lists, Clock clock,
			TakeawaysProperties properties) {
		this.search = search;
		this.cache = cache;
		this.lists = lists;
		this.clock = clock;
		this.pageSize = properties.pageSize();
	}

	/**
	 * A page of results, from the cache when the same page was asked for since posts last
	 * changed.
	 */
	@Transactional(readOnly = true)
	public SearchOutcome search(@Nullable String text, int page) {
		PageRequest request = PageNotFoundException.request(page, this.pageSize);
		SearchQuery.Parsed parsed = SearchQuery.parse(text);
		String shown = (text != null) ? text.strip() : "";
		SearchQuery query = parsed.query();
		if (query == null) {
			return new SearchOutcome(shown, parsed.problem(), new SliceImpl<>(List.of(), request, false));
		}
		SearchOutcome cached = this.cache.get(shown, page).orElse(null);
		if (cached != null) {
			return cached;
		}
		long generation = this.cache.generation();
		SearchOutcome outcome = run(query, shown, request);
		this.cache.put(shown, page, outcome, generation);
		return outcome;
	}

	/**
	 * Asks for one post more than a page holds: if it comes, another page follows.
	 */
	private SearchOutcome run(SearchQuery query, String shown, PageRequest request) {
		List<Long> ids = this.search.find(query, this.clock.instant(), (int) request.getOffset(), this.pageSize + 1);
		if (request.getPageNumber() > 0 && ids.isEmpty()) {
			throw new PageNotFoundException(request.getPageNumber() + 1);
		}
		boolean hasNext = ids.size() > this.pageSize;
		Highlighter highlighter = new Highlighter(query.stems());
		List<SearchResult> results = this.lists.texts(hasNext ? ids.subList(0, this.pageSize) : ids)
			.stream()
			.map((post) -> result(post, highlighter))
			.toList();
		return new SearchOutcome(shown, null, new SliceImpl<>(results, request, hasNext));
	}

	private SearchResult result(PostText post, Highlighter highlighter) {
		String excerptSource = (highlighter.matches(post.lead()) || !highlighter.matches(post.body())) ? post.lead()
				: post.body();
		List<SearchResult.MatchedTakeaway> takeaways = post.takeaways()
			.stream()
			.filter((t) -> highlighter.matches(t.heading()) || highlighter.matches(t.body()))
			.limit(MAX_TAKEAWAYS)
			.map((t) -> matched(t, highlighter))
			.toList();
		return new SearchResult(post.slug(), highlighter.mark(post.title()),
				highlighter.excerpt(excerptSource, EXCERPT_LENGTH), takeaways, post.author(), post.publishedAt(),
				post.tags());
	}

	private static SearchResult.MatchedTakeaway matched(TakeawayView takeaway, Highlighter highlighter) {
		return new SearchResult.MatchedTakeaway(takeaway.position(), takeaway.anchor(),
				highlighter.mark(takeaway.heading()), highlighter.excerpt(takeaway.body(), TAKEAWAY_EXCERPT_LENGTH));
	}

}
