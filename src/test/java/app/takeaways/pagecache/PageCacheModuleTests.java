package app.takeaways.pagecache;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.takeaways.comment.CommentsChanged;
import app.takeaways.comment.DiscussionRulesChanged;
import app.takeaways.common.ChangesMissed;
import app.takeaways.post.PostChanged;
import app.takeaways.post.PostKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The rendered-page cache started as a module of its own: nothing of the post, comment or
 * media features is loaded, only their events reach it (and the post feature's
 * {@link PostKeys}, stood in for). What each change evicts, and that nothing goes before
 * the change is committed.
 */
@ApplicationModuleTest
class PageCacheModuleTests {

	private static final long POST = 7;

	private static final long OTHER_POST = 8;

	@MockitoBean
	PostKeys posts;

	@Autowired
	PageCache cache;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void cachePagesOfTwoPostsAndAList() {
		given(this.posts.nextPublication()).willReturn(Optional.empty());
		this.cache.evictAll();
		keep("/posts/seven", POST);
		keep("/posts/eight", OTHER_POST);
		keep("/", PageCache.LIST);
	}

	@Test
	void aChangedPostLosesItsPageAndTheListsOnlyOnceCommitted() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((tx) -> {
			this.events.publishEvent(new PostChanged(POST, Set.of("seven"), true));
			assertThat(cached("/posts/seven")).as("before commit").isTrue();
		});

		assertThat(cached("/posts/seven")).isFalse();
		assertThat(cached("/")).isFalse();
		assertThat(cached("/posts/eight")).isTrue();
	}

	@Test
	void aChangeRolledBackEvictsNothing() {
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		transactions.executeWithoutResult((tx) -> {
			this.events.publishEvent(new PostChanged(POST, Set.of("seven"), true));
			tx.setRollbackOnly();
		});

		assertThat(cached("/posts/seven")).isTrue();
		assertThat(cached("/")).isTrue();
	}

	@Test
	void aDraftThatStaysADraftLeavesTheLists() {
		this.events.publishEvent(new PostChanged(POST, Set.of("seven"), false));

		assertThat(cached("/posts/seven")).isFalse();
		assertThat(cached("/")).isTrue();
	}

	@Test
	void anApprovedCommentChangesItsPostAndTheCountsOnTheLists() {
		this.events.publishEvent(new CommentsChanged(OTHER_POST));

		assertThat(cached("/posts/eight")).isFalse();
		assertThat(cached("/")).isFalse();
		assertThat(cached("/posts/seven")).isTrue();
	}

	@Test
	void newDiscussionRulesOrMissedChangesEvictEverything() {
		this.events.publishEvent(new DiscussionRulesChanged());
		assertThat(cached("/posts/seven") || cached("/posts/eight") || cached("/")).isFalse();

		cachePagesOfTwoPostsAndAList();
		this.events.publishEvent(new ChangesMissed());
		assertThat(cached("/posts/seven") || cached("/posts/eight") || cached("/")).isFalse();
	}

	private void keep(String path, long owner) {
		this.cache.put(path, CachedAnswer.of(owner, "text/html", "no-cache", Map.of(), path.getBytes()),
				this.cache.generation());
	}

	private boolean cached(String path) {
		return this.cache.get(path).isPresent();
	}

}
