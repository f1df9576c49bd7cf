package app.takeaways.post;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgets a post's cached pages, and every cached list, whenever a post row is written
 * (new post, edit, publish, takeaways, tags, comments opened or closed, delete): at once,
 * and again when the transaction ends (committed or rolled back), so no request in
 * between can put a page back that no longer matches the database.
 */
class PostCacheEvictor {

	private final ObjectProvider<PostPageCache> cache;

	/**
	 * Hibernate creates this listener through Spring; in test slices without the cache it
	 * does nothing.
	 */
	PostCacheEvictor(ObjectProvider<PostPageCache> cache) {
		this.cache = cache;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Post post) {
		PostPageCache pages = this.cache.getIfAvailable();
		if (pages == null) {
			return;
		}
		long id = post.getId();
		pages.evictPost(id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					pages.evictPost(id);
				}
			});
		}
	}

}
