package app.takeaways.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import app.takeaways.account.Account;
import app.takeaways.takeaway.TakeawayView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Repository behaviour that must hold on every database we support; run on H2 by
 * {@link PostRepositoryTests} and on PostgreSQL by {@link PostRepositoryIT}.
 */
@Transactional
abstract class PostRepositoryContract {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	@Autowired
	PostRepository posts;

	@Autowired
	TestEntityManager entities;

	@Autowired
	DataSource dataSource;

	private Account author;

	@BeforeEach
	void createAuthor() {
		this.author = this.entities.persist(Posts.author("author"));
	}

	@Test
	void visibleSummariesAreNewestFirstAndLeaveOutDraftsAndScheduledPosts() {
		Post older = Posts.published("older", this.author, this.clock, "A", "B");
		older.publishAt(this.clock.instant().minus(Duration.ofDays(2)), this.clock);
		this.entities.persist(older);
		this.entities.persist(Posts.published("newer", this.author, this.clock, "A", "B", "C"));
		this.entities.persist(Posts.draft("draft", this.author, this.clock));
		Post scheduled = Posts.draft("scheduled", this.author, this.clock);
		scheduled.publishAt(this.clock.instant().plus(Duration.ofHours(1)), this.clock);
		this.entities.persist(scheduled);
		this.entities.flush();

		Slice<PostSummaryRow> page = this.posts.findVisibleSummaries(this.clock.instant(), PageRequest.of(0, 10));

		assertThat(page.getContent()).extracting(PostSummaryRow::slug).containsExactly("newer", "older");
		assertThat(page.getContent()).extracting(PostSummaryRow::takeawayCount).containsExactly(3, 2);
		assertThat(page.getContent().get(0).author()).isEqualTo("Author author");
		assertThat(page.hasNext()).isFalse();
	}

	/**
	 * The archive's SQL gets zone names from {@link PostArchive#zoneName}; region names
	 * and whole-hour offsets must put a post published just before midnight UTC in the
	 * same month on every database.
	 */
	@Test
	void archiveMonthsFollowRegionAndOffsetZonesAlike() {
		Post post = Posts.draft("midnight", this.author, this.clock);
		post.publishAt(Instant.parse("2026-10-31T23:30:00Z"), this.clock);
		this.entities.persistAndFlush(post);
		PostArchive archive = new PostArchive(JdbcClient.create(this.dataSource));
		Instant now = this.clock.instant();

		assertThat(archive.months(ZoneId.of("UTC"), now)).containsExactly(new MonthCount(YearMonth.of(2026, 10), 1));
		assertThat(archive.months(ZoneOffset.UTC, now)).containsExactly(new MonthCount(YearMonth.of(2026, 10), 1));
		assertThat(archive.months(ZoneId.of("Europe/Berlin"), now))
			.containsExactly(new MonthCount(YearMonth.of(2026, 11), 1));
		assertThat(archive.months(ZoneOffset.ofHours(2), now))
			.containsExactly(new MonthCount(YearMonth.of(2026, 11), 1));
		assertThat(archive.months(ZoneOffset.ofHours(-5), now))
			.containsExactly(new MonthCount(YearMonth.of(2026, 10), 1));
		assertThat(archive.months(ZoneId.of("America/New_York"), now))
			.containsExactly(new MonthCount(YearMonth.of(2026, 10), 1));
	}

	@Test
	void postLoadsWithItsTakeawaysInOrder() {
		Post post = Posts.published("ordered", this.author, this.clock, "Zeta", "Alpha", "Mu");
		this.entities.persistAndFlush(post);
		this.entities.clear();

		Post loaded = this.posts.findAuthoredBySlug("ordered").get(0).withAuthor();

		assertThat(loaded.getTakeaways()).extracting(TakeawayView::heading).containsExactly("Zeta", "Alpha", "Mu");
		assertThat(loaded.getTakeaways()).extracting(TakeawayView::anchor).containsExactly("zeta", "alpha", "mu");
		assertThat(loaded.getAuthor().displayName()).isEqualTo("Author author");
	}

	@Test
	void reorderedTakeawaysKeepTheirAnchors() {
		Post post = Posts.published("reorder", this.author, this.clock, "First", "Second");
		this.entities.persistAndFlush(post);
		List<PostContent.Item> reversed = List.of(new PostContent.Item("second", "Second, renamed", "b"),
				new PostContent.Item("first", "First", "a"));
		post.replaceTakeaways(List.of());
		this.entities.flush();
		post.replaceTakeaways(reversed);
		this.entities.flush();
		this.entities.clear();

		Post loaded = this.posts.findWithTakeawaysBySlug("reorder").orElseThrow();

		assertThat(loaded.getTakeaways()).extracting(TakeawayView::anchor).containsExactly("second", "first");
		assertThat(loaded.getTakeaways()).extracting(TakeawayView::heading).containsExactly("Second, renamed", "First");
	}

	@Test
	void postsByIdReadTextsTakeawaysAndTagsOfVisiblePostsOnly() {
		Tag energy = this.entities.persist(new Tag("energy", "Energy"));
		Tag asia = this.entities.persist(new Tag("asia", "Asia"));
		Post one = Posts.published("one", this.author, this.clock, "Zeta", "Alpha");
		one.tagWith(Set.of(energy, asia));
		Post two = Posts.published("two", this.author, this.clock, "Mu");
		two.tagWith(Set.of(energy));
		Post draft = Posts.draft("draft", this.author, this.clock);
		this.entities.persist(one);
		this.entities.persist(two);
		this.entities.persist(draft);
		this.entities.flush();
		PostsById byId = new PostsById(JdbcClient.create(this.dataSource));
		List<Long> ids = List.of(one.getId(), two.getId(), draft.getId());

		List<PostTextRow> texts = byId.visibleTexts(ids, this.clock.instant());
		Map<Long, List<TakeawayView>> takeaways = byId.takeaways(ids);
		Map<Long, List<TagView>> tags = byId.tags(ids);

		assertThat(texts).extracting(PostTextRow::slug).containsExactlyInAnyOrder("one", "two");
		PostTextRow first = texts.stream().filter((row) -> row.id() == one.getId()).findFirst().orElseThrow();
		assertThat(first.title()).isEqualTo(one.getTitle());
		assertThat(first.lead()).isEqualTo(one.getLead());
		assertThat(first.body()).isEqualTo(one.getBody());
		assertThat(first.publishedAt()).isEqualTo(one.getPublishedAt());
		assertThat(first.author()).isEqualTo("Author author");
		assertThat(takeaways.get(one.getId())).extracting(TakeawayView::position, TakeawayView::heading)
			.containsExactly(tuple(1, "Zeta"), tuple(2, "Alpha"));
		assertThat(takeaways.get(two.getId())).extracting(TakeawayView::anchor).containsExactly("mu");
		assertThat(tags.get(one.getId())).extracting(TagView::slug).containsExactly("asia", "energy");
		assertThat(tags.get(two.getId())).extracting(TagView::slug).containsExactly("energy");
		assertThat(byId.visibleTexts(List.of(), this.clock.instant())).isEmpty();
		assertThat(byId.tags(List.of())).isEmpty();
	}

	@Test
	void slugsAreUnique() {
		this.entities.persistAndFlush(Posts.published("same", this.author, this.clock));

		assertThatThrownBy(() -> this.posts.saveAndFlush(Posts.published("same", this.author, this.clock)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void twoTakeawaysOfOnePostCannotShareAnAnchor() {
		Post post = Posts.published("dupe", this.author, this.clock);
		post.replaceTakeaways(List.of(new PostContent.Item("same", "A", "a"), new PostContent.Item("same", "B", "b")));

		assertThatThrownBy(() -> this.posts.saveAndFlush(post)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesABodyLongerThanTheEditorAllows() {
		Post longest = Posts.published("longest", this.author, this.clock);
		longest.revise(longest.getTitle(), longest.getLead(), "x".repeat(100_000), this.clock);
		this.posts.saveAndFlush(longest);
		Post tooLong = Posts.published("too-long", this.author, this.clock);
		tooLong.revise(tooLong.getTitle(), tooLong.getLead(), "x".repeat(100_001), this.clock);

		assertThatThrownBy(() -> this.posts.saveAndFlush(tooLong)).isInstanceOf(DataIntegrityViolationException.class);
	}

}
