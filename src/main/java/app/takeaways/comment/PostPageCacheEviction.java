package app.takeaways.comment;

import app.takeaways.post.PostPageCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Cached post pages show comment counts, threads and whether comments are open: they go
 * when any of that changes.
 */
@Component
class PostPageCacheEviction {

	private final PostPageCache cache;

	PostPageCacheEviction(PostPageCache cache) {
		this.cache = cache;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void approved(CommentApproved event) {
		this.cache.evictPost(event.postId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void withdrawn(CommentWithdrawn event) {
		this.cache.evictPost(event.postId());
	}

	@EventListener
	void rulesChanged(DiscussionRulesChanged event) {
		this.cache.evictAll();
	}

}
