package app.takeaways.pagecache;

import app.takeaways.comment.CommentsChanged;
import app.takeaways.comment.DiscussionRulesChanged;
import app.takeaways.common.ChangesMissed;
import app.takeaways.post.PostChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every rule for what a change makes stale in the rendered-page cache. Runs synchronously
 * after commit, so the editor's redirect already sees the new page; changes made on other
 * instances arrive here too (through {@link ClusterChanges}).
 */
@Component
class PageCacheEviction {

	private final PageCache cache;

	private final Counter evictions;

	PageCacheEviction(PageCache cache, MeterRegistry meters) {
		this.cache = cache;
		this.evictions = Counter.builder("takeaways.page.cache.evictions")
			.description("Changes that evicted cached pages")
			.register(meters);
	}

	/**
	 * A post's own pages always go; lists only when a list may show the change (a draft
	 * that stays a draft changes nothing public).
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PostChanged changed) {
		this.cache.evictPost(changed.postId());
		if (changed.listsAffected()) {
			this.cache.evictLists();
		}
		this.evictions.increment();
	}

	/**
	 * The post's thread changes, and so does its comment count on every list.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CommentsChanged changed) {
		this.cache.evictPost(changed.postId());
		this.cache.evictLists();
		this.evictions.increment();
	}

	/**
	 * Which posts take comments may have changed everywhere.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(DiscussionRulesChanged changed) {
		this.cache.evictAll();
		this.evictions.increment();
	}

	/**
	 * Changes may have been missed (the connection that hears other instances was lost):
	 * nothing cached can be trusted.
	 */
	@EventListener
	void on(ChangesMissed missed) {
		this.cache.evictAll();
		this.evictions.increment();
	}

}
