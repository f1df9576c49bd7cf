package app.takeaways.post;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.takeaways.common.TakeawaysProperties;
import app.takeaways.takeaway.TakeawayView;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of visible posts other than the home page: by tag, by month, and given posts in a
 * given order (search results). Pages are 1-based slices (nothing counts every post); a
 * page past the last one is not found.
 */
@Service
public class PostLists {

	private final PostRepository posts;

	private final TagRepository tags;

	private final PostSummaries summaries;

	private final PostArchive archive;

	private final PostsById byId;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final int pageSize;

	private final ZoneId zone;

	PostLists(PostRepository posts, TagRepository tags, PostSummaries summaries, PostArchive archive, PostsById byId,
			MarkdownRenderer markdown, Clock clock, TakeawaysProperties properties) {
		this.posts = posts;
		this.tags = tags;
		this.summaries = summaries;
		this.archive = archive;
		this.byId = byId;
		this.markdown = markdown;
		this.clock = clock;
		this.pageSize = properties.pageSize();
		this.zone = properties.timeZone();
		PostArchive.zoneName(this.zone);
	}

	/**
	 * Tags of visible posts with their counts, by name.
	 */
	@Transactional(readOnly = true)
	public List<TagCount> tags() {
		return this.posts.countVisibleByTag(this.clock.instant());
	}

	/**
	 * A page of the visible posts of a tag; an unknown tag, or one only drafts carry, is
	 * not found.
	 */
	@Transactional(readOnly = true)
	public TaggedPosts tagged(String slug, int page) {
		PageRequest request = PageNotFoundException.request(page, this.pageSize);
		Tag tag = this.tags.findBySlug(slug).orElseThrow(() -> new TagNotFoundException(slug));
		Slice<PostSummaryRow> rows = this.posts.findVisibleSummariesTagged(slug, this.clock.instant(), request);
		if (!rows.hasContent()) {
			throw (page == 1) ? new TagNotFoundException(slug) : new PageNotFoundException(page);
		}
		return new TaggedPosts(tag.toView(), this.summaries.of(rows));
	}

	/**
	 * Months in which visible posts appeared, newest first, in the site's time zone.
	 */
	@Transactional(readOnly = true)
	public List<MonthCount> months() {
		return this.archive.months(this.zone, this.clock.instant());
	}

	/**
	 * A page of the posts published in a month of the site's time zone; a month without
	 * any is not found.
	 */
	@Transactional(readOnly = true)
	public Slice<PostSummary> inMonth(YearMonth month, int page) {
		PageRequest request = PageNotFoundException.request(page, this.pageSize);
		Instant from = month.atDay(1).atStartOfDay(this.zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(this.zone).toInstant();
		Slice<PostSummaryRow> rows = this.posts.findVisibleSummariesBetween(from, to, this.clock.instant(), request);
		if (!rows.hasContent()) {
			throw new PageNotFoundException(page);
		}
		return this.summaries.of(rows);
	}

	/**
	 * The visible ones of the given posts with their texts, in the order given: three
	 * statements (texts, takeaways, tags), no entities loaded.
	 */
	@Transactional(readOnly = true)
	public List<PostText> texts(List<Long> ids) {
		List<PostTextRow> rows = this.byId.visibleTexts(ids, this.clock.instant())
			.stream()
			.sorted(Comparator.comparingInt((row) -> ids.indexOf(row.id())))
			.toList();
		List<Long> visible = rows.stream().map(PostTextRow::id).toList();
		Map<Long, List<TagView>> tags = this.byId.tags(visible);
		Map<Long, List<TakeawayView>> takeaways = this.byId.takeaways(visible);
		return rows.stream()
			.map((row) -> new PostText(row.slug(), row.title(), row.author(), row.publishedAt(),
					tags.getOrDefault(row.id(), List.of()), row.lead(), this.markdown.toText(row.body()),
					takeaways.getOrDefault(row.id(), List.of())))
			.toList();
	}

}
