package app.takeaways.post;

import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgets a post's cached pages whenever the post row changes (edit, publish, takeaways,
 * tags, comments opened or closed, delete): at once, and again after the commit so no
 * request in between can put the old page back.
 */
@Component
class PostCacheEvictor {

	private final PostPageCache cache;

	PostCacheEvictor(PostPageCache cache) {
		this.cache = cache;
	}

	@PostUpdate
	@PostRemove
	void changed(Post post) {
		long id = post.getId();
		this.cache.evictPost(id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					PostCacheEvictor.this.cache.evictPost(id);
				}
			});
		}
	}

}
